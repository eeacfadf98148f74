import {
  AgentStatus,
  CATEGORY_LABELS,
  GRADE_LABELS,
  QUALIFICATION_LABELS,
  QualificationKind,
} from '../agents/agent.enum';
import { addDays } from '../common/calendar/local-date';
import { RosterRule } from './planning.enum';
import { RosterAgent, RosterShift } from './roster.types';
import {
  AbsenceInfo,
  AgentRoster,
  dayMonth,
  enumerate,
  finding,
  lowerFirst,
  RankedFinding,
  RosterContext,
  ShiftInfo,
} from './roster-context';

/** True when the agent holds `kind` on `date` (`YYYY-MM-DD`): some period has from <= date < to. */
export function hasValidQualification(
  agent: Pick<RosterAgent, 'qualifications'>,
  kind: QualificationKind,
  date: string,
): boolean {
  return agent.qualifications.some(
    (q) => q.kind === kind && q.from <= date && (q.to === null || date < q.to),
  );
}

/** What keeps an agent off a shift by the shift's own terms, on `date`; all false/empty: he may hold it. */
export interface EligibilityGaps {
  /** A trainee, on a shift that takes none. */
  trainee: boolean;
  /** His category is not among the shift's (none listed: every category may). */
  category: boolean;
  /** Set (true) when the shift lists the grades that may hold it and his is not among them. */
  grade?: true;
  /** The qualifications the shift requires of every agent that he does not hold on `date`. */
  missing: QualificationKind[];
}

type EligibleAgent = Pick<RosterAgent, 'status' | 'category' | 'grade' | 'qualifications'>;
type EligibleShift = Pick<RosterShift, 'allowsTrainees' | 'categories' | 'grades' | 'requiredForAll'>;

/**
 * Eligibility, one rule for the rules engine (so the assignment guard) and the planner: trainee,
 * category, grade, qualifications. An agent whose grade is unknown is kept off a shift that lists
 * grades: the list is a restriction, so unknown cannot pass it.
 */
export function eligibilityGaps(agent: EligibleAgent, shift: EligibleShift, date: string): EligibilityGaps {
  const grades = shift.grades;
  const grade = grades != null && (agent.grade === undefined || !grades.includes(agent.grade));
  return {
    trainee: agent.status === AgentStatus.IN_TRAINING && !shift.allowsTrainees,
    category: shift.categories.length > 0 && !shift.categories.includes(agent.category),
    ...(grade ? { grade: true as const } : {}),
    missing: [...new Set(shift.requiredForAll)].filter((kind) => !hasValidQualification(agent, kind, date)),
  };
}

/** True when nothing of the shift's own terms keeps the agent off it on `date`. */
export function isEligible(agent: EligibleAgent, shift: EligibleShift, date: string): boolean {
  const gaps = eligibilityGaps(agent, shift, date);
  return !gaps.trainee && !gaps.category && gaps.grade !== true && gaps.missing.length === 0;
}

/** The rules of each assignment taken alone, then the overlaps of the agent's assignments. */
export function checkAssignments(ctx: RosterContext, roster: AgentRoster, out: RankedFinding[]): void {
  for (const info of roster.shifts) {
    if (ctx.inPeriod(info.date)) checkAssignment(ctx, roster, info, out);
  }
  checkOverlaps(ctx, roster, out);
}

function checkAssignment(
  ctx: RosterContext,
  roster: AgentRoster,
  info: ShiftInfo,
  out: RankedFinding[],
): void {
  const { agent } = roster;
  const { shift } = info;
  const add = (rule: RosterRule, message: string) =>
    out.push(finding(rule, 'violation', message, info.start, agent, info));
  const name = ctx.shiftName(info);

  for (const absence of roster.absences) {
    if (absence.start < info.end && info.start < absence.end) {
      add(
        RosterRule.ABSENCE,
        `${agent.name} est en ${lowerFirst(absence.absence.label)} ${absenceDates(ctx, absence)} (${name})`,
      );
    }
  }
  const gaps = eligibilityGaps(agent, shift, info.date);
  if (agent.status === AgentStatus.LONG_ABSENCE) {
    add(
      RosterRule.AGENT_STATUS,
      `${agent.name} est en absence longue : aucune affectation possible (${name})`,
    );
  } else if (agent.status === AgentStatus.DEPARTED) {
    add(RosterRule.AGENT_STATUS, `${agent.name} a quitté le service : aucune affectation possible (${name})`);
  } else if (gaps.trainee) {
    add(RosterRule.TRAINEE_NOT_ALLOWED, `${agent.name} est stagiaire : ${name} n’accepte pas de stagiaire`);
  }
  if (gaps.category) {
    const allowed = enumerate(shift.categories.map((c) => lowerFirst(CATEGORY_LABELS[c])));
    add(
      RosterRule.CATEGORY_NOT_ALLOWED,
      `${agent.name} ne peut pas être affecté à ${name}, service réservé aux ${allowed}`,
    );
  }
  if (gaps.grade && !gaps.category) {
    const grade = agent.grade ? lowerFirst(GRADE_LABELS[agent.grade]) : 'grade inconnu';
    add(
      RosterRule.GRADE_NOT_ALLOWED,
      `${agent.name} (${grade}) ne peut pas être affecté à ${name} : ce grade n’est pas admis sur ce service`,
    );
  }
  const { missing } = gaps;
  if (missing.length > 0) {
    const kinds = enumerate(missing.map((kind) => `« ${QUALIFICATION_LABELS[kind]} »`));
    add(
      RosterRule.QUALIFICATION_MISSING,
      missing.length === 1
        ? `${agent.name} n’a pas la qualification ${kinds} valide le ${dayMonth(info.date)}, exigée de chaque agent (${name})`
        : `${agent.name} n’a pas les qualifications ${kinds} valides le ${dayMonth(info.date)}, exigées de chaque agent (${name})`,
    );
  }
}

/** « le 12/06 », « du 12/06 au 14/06 » for whole days; « le 12/06 de 09:00 à 12:00 » otherwise. */
function absenceDates(ctx: RosterContext, { start, end }: AbsenceInfo): string {
  const first = ctx.calendar.localDate(start);
  const last = ctx.calendar.localDate(Math.max(start, end - 1));
  const wholeDays = start === ctx.calendar.dayStart(first) && end === ctx.calendar.dayStart(addDays(last, 1));
  if (wholeDays)
    return first === last ? `le ${dayMonth(first)}` : `du ${dayMonth(first)} au ${dayMonth(last)}`;
  if (first === last) return `le ${dayMonth(first)} de ${ctx.time(start)} à ${ctx.time(end)}`;
  return `du ${ctx.dayTime(start)} au ${ctx.dayTime(end)}`;
}

/**
 * Two assignments whose intervals intersect (one ending when the other starts is fine), reported
 * on the later one when either starts in the period.
 */
function checkOverlaps(ctx: RosterContext, roster: AgentRoster, out: RankedFinding[]): void {
  const { shifts, agent } = roster;
  let longest = 0;
  for (let i = 0; i < shifts.length; i++) {
    const later = shifts[i];
    // Sorted by start: an earlier shift starting `longest` before this one has ended already.
    for (let j = i - 1; j >= 0 && shifts[j].start > later.start - longest; j--) {
      const earlier = shifts[j];
      if (earlier.end > later.start && (ctx.inPeriod(later.date) || ctx.inPeriod(earlier.date))) {
        out.push(
          finding(
            RosterRule.OVERLAP,
            'violation',
            `${agent.name} est affecté à deux services qui se chevauchent : ` +
              `${ctx.shiftWithTimes(earlier)} et ${ctx.shiftWithTimes(later)}`,
            later.start,
            agent,
            later,
          ),
        );
      }
    }
    // Equal starts overlap too (unless empty): keep the scan window open for them.
    longest = Math.max(longest, later.end - later.start + 1);
  }
}
