import { Grade, GRADE_CATEGORY, StaffCategory } from '../agents/agent.enum';
import { formatDateFr } from '../common/calendar/french-format';
import { addDays, daysBetween } from '../common/calendar/local-date';
import { RuleViolation } from '../common/problem.types';
import {
  EXIT_LABELS,
  Milestone,
  MILESTONE_LABELS,
  RecruitmentExit,
  RecruitmentRoute,
  RecruitmentStatus,
  ROUTE_LABELS,
} from './recruitment.enum';

const ALL_MILESTONES: readonly Milestone[] = [
  Milestone.APPLICATION,
  Milestone.INTERVIEW,
  Milestone.APPOINTED,
  Milestone.TRAINING_STARTED,
  Milestone.PREFECT_APPROVAL,
  Milestone.PROSECUTOR_APPROVAL,
  Milestone.SWORN_IN,
  Milestone.TRAINING_COMPLETED,
  Milestone.OPERATIONAL,
];

/** The milestones each route goes through for a police officer, in the order of the table of PRODUCT.md. */
export const ROUTE_MILESTONES: Record<RecruitmentRoute, readonly Milestone[]> = {
  [RecruitmentRoute.COMPETITIVE_EXAM]: ALL_MILESTONES,
  // A transferred agent keeps his approvals and his oath; he has been trained already.
  [RecruitmentRoute.TRANSFER]: [
    Milestone.APPLICATION,
    Milestone.INTERVIEW,
    Milestone.APPOINTED,
    Milestone.OPERATIONAL,
  ],
  // A seconded agent goes through a shortened FIA (see DEFAULT_DURATIONS).
  [RecruitmentRoute.SECONDMENT]: ALL_MILESTONES,
};

/**
 * ASVP, whatever the route: approved by the prosecutor and sworn in, no préfet, no FIA.
 * Source: code de la route, art. L130-4 3° (agrément du procureur) and L130-7 (serment, renewed on a
 * change of residence); the CSI has no article on ASVP, whom it does not arm (no préfet approval).
 */
export const ASVP_MILESTONES: readonly Milestone[] = [
  Milestone.APPLICATION,
  Milestone.INTERVIEW,
  Milestone.APPOINTED,
  Milestone.PROSECUTOR_APPROVAL,
  Milestone.SWORN_IN,
  Milestone.OPERATIONAL,
];

/** Administrative staff: a plain appointment (statut de la fonction publique territoriale), no approval, no oath. */
export const ADMINISTRATIVE_MILESTONES: readonly Milestone[] = [
  Milestone.APPLICATION,
  Milestone.INTERVIEW,
  Milestone.APPOINTED,
  Milestone.OPERATIONAL,
];

/**
 * The milestones of a recruitment: the route's for a police officer (CSI L511-2, L511-6), the
 * grade's for an ASVP or an administrative agent. No grade: a police officer.
 */
export function milestonesOf(route: RecruitmentRoute, grade?: Grade): readonly Milestone[] {
  switch (grade ? GRADE_CATEGORY[grade] : StaffCategory.POLICE) {
    case StaffCategory.ASVP:
      return ASVP_MILESTONES;
    case StaffCategory.ADMINISTRATIVE:
      return ADMINISTRATIVE_MILESTONES;
    default:
      return ROUTE_MILESTONES[route];
  }
}

/** What each milestone needs first; OPERATIONAL needs every other milestone of the route. */
const NEEDS: Record<Exclude<Milestone, Milestone.OPERATIONAL>, readonly Milestone[]> = {
  [Milestone.APPLICATION]: [],
  [Milestone.INTERVIEW]: [Milestone.APPLICATION],
  [Milestone.APPOINTED]: [Milestone.INTERVIEW],
  [Milestone.TRAINING_STARTED]: [Milestone.APPOINTED],
  [Milestone.PREFECT_APPROVAL]: [Milestone.APPOINTED],
  [Milestone.PROSECUTOR_APPROVAL]: [Milestone.APPOINTED],
  [Milestone.SWORN_IN]: [Milestone.PREFECT_APPROVAL, Milestone.PROSECUTOR_APPROVAL],
  [Milestone.TRAINING_COMPLETED]: [Milestone.TRAINING_STARTED],
};

function isOnRoute(route: RecruitmentRoute, milestone: Milestone, grade?: Grade): boolean {
  return milestonesOf(route, grade).includes(milestone);
}

/**
 * The milestones `milestone` needs first on `route` (for `grade`, a police officer without one);
 * none for a milestone the recruitment does not go through.
 */
export function prerequisitesOf(route: RecruitmentRoute, milestone: Milestone, grade?: Grade): Milestone[] {
  if (!isOnRoute(route, milestone, grade)) return [];
  if (milestone === Milestone.OPERATIONAL) return milestonesOf(route, grade).filter((m) => m !== milestone);
  return NEEDS[milestone].filter((m) => isOnRoute(route, m, grade));
}

export interface MilestoneRecord {
  milestone: Milestone;
  date: string;
}

/** What the rules need to know of a recruitment. Dates are `YYYY-MM-DD`. */
export interface RecruitmentFacts {
  route: RecruitmentRoute;
  /** The grade recruited to; absent: a police officer. */
  grade?: Grade;
  milestones: readonly MilestoneRecord[];
  exit: { kind: RecruitmentExit; date: string } | null;
}

/** A milestone, or a side exit, that HR is about to record. */
export interface MilestoneCandidate {
  milestone: Milestone | RecruitmentExit;
  date: string;
  /** Required for a side exit. */
  reason?: string;
}

function isExit(value: Milestone | RecruitmentExit): value is RecruitmentExit {
  return value === RecruitmentExit.WITHDRAWN || value === RecruitmentExit.REJECTED;
}

/** Each milestone recorded, with its date (the first record, should one be duplicated). */
function recordedDates(facts: RecruitmentFacts): Map<Milestone, string> {
  const dates = new Map<Milestone, string>();
  for (const record of facts.milestones) {
    if (!dates.has(record.milestone)) dates.set(record.milestone, record.date);
  }
  return dates;
}

function latest(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((max, date) => (max === null || date > max ? date : max), null);
}

function quoted(milestone: Milestone): string {
  return `« ${MILESTONE_LABELS[milestone]} »`;
}

/** `a`, `a et b`, `a, b et c`. */
function enumerate(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const ROUTE_ARTICLES: Record<RecruitmentRoute, string> = {
  [RecruitmentRoute.COMPETITIVE_EXAM]: 'un',
  [RecruitmentRoute.TRANSFER]: 'une',
  [RecruitmentRoute.SECONDMENT]: 'un',
};

/** Why a grade skips a police officer's milestone, with its source. */
const GRADE_REASONS: Record<Exclude<StaffCategory, StaffCategory.POLICE>, string> = {
  [StaffCategory.ASVP]:
    'un ASVP : agréé par le procureur et assermenté, il n’a ni agrément du préfet ni FIA (code de la route, art. L130-4 et L130-7)',
  [StaffCategory.ADMINISTRATIVE]: 'un agent administratif : ni agrément, ni serment, ni FIA',
};

/** « un lauréat de concours », « une mutation », « un détachement ». */
function routeWithArticle(route: RecruitmentRoute): string {
  return `${ROUTE_ARTICLES[route]} ${lowerFirst(ROUTE_LABELS[route])}`;
}

/**
 * Whether `candidate` may be recorded on this recruitment: the rules it breaks, none when it is
 * accepted. A closed recruitment (exit recorded, or OPERATIONAL reached) answers RECRUITMENT_CLOSED
 * alone; otherwise every rule broken is returned.
 */
export function checkMilestone(
  facts: RecruitmentFacts,
  candidate: MilestoneCandidate,
  today: string,
): RuleViolation[] {
  const recorded = recordedDates(facts);
  const closed = closedBy(facts, recorded);
  if (closed !== null) {
    return [
      {
        rule: 'RECRUITMENT_CLOSED',
        message: `Ce recrutement est clos (${closed}) : aucune étape ne peut plus être enregistrée.`,
      },
    ];
  }

  const violations: RuleViolation[] = [];
  const { date } = candidate;

  if (isExit(candidate.milestone)) {
    const kind = candidate.milestone;
    if (!candidate.reason?.trim()) {
      violations.push({
        rule: 'EXIT_REASON_REQUIRED',
        message: `Indiquez le motif du ${lowerFirst(EXIT_LABELS[kind])} : il est obligatoire.`,
      });
    }
    const last = latestRecord(facts.milestones);
    if (last !== null && date < last.date) {
      violations.push({
        rule: 'DATE_BEFORE_PREREQUISITE',
        message:
          `La date du ${lowerFirst(EXIT_LABELS[kind])} (${formatDateFr(date)}) ne peut pas précéder ` +
          `l’étape ${quoted(last.milestone)}, enregistrée le ${formatDateFr(last.date)}.`,
      });
    }
  } else {
    const milestone = candidate.milestone;
    if (!isOnRoute(facts.route, milestone, facts.grade)) {
      const category = facts.grade ? GRADE_CATEGORY[facts.grade] : StaffCategory.POLICE;
      violations.push(
        category !== StaffCategory.POLICE
          ? {
              rule: 'MILESTONE_NOT_FOR_GRADE',
              message: `L’étape ${quoted(milestone)} ne s’applique pas à ${GRADE_REASONS[category]}.`,
            }
          : {
              rule: 'MILESTONE_NOT_ON_ROUTE',
              message: `L’étape ${quoted(milestone)} ne s’applique pas à ${routeWithArticle(facts.route)}.`,
            },
      );
    }
    const already = recorded.get(milestone);
    if (already !== undefined) {
      violations.push({
        rule: 'MILESTONE_ALREADY_RECORDED',
        message: `L’étape ${quoted(milestone)} a déjà été enregistrée le ${formatDateFr(already)}.`,
      });
    }
    const prerequisites = prerequisitesOf(facts.route, milestone, facts.grade);
    const missing = prerequisites.filter((m) => !recorded.has(m));
    if (missing.length > 0) {
      violations.push({
        rule: 'PREREQUISITE_MISSING',
        message:
          `L’étape ${quoted(milestone)} ne peut pas encore être enregistrée : ` +
          `${missing.length > 1 ? 'il manque les étapes' : 'il manque l’étape'} ${enumerate(missing.map(quoted))}.`,
      });
    }
    // The latest prerequisite dated after the candidate is the one to name.
    const later = prerequisites
      .filter((m) => (recorded.get(m) ?? '') > date)
      .map((m) => ({ milestone: m, date: recorded.get(m) ?? '' }));
    const blocking = latestRecord(later);
    if (blocking !== null) {
      violations.push({
        rule: 'DATE_BEFORE_PREREQUISITE',
        message:
          `L’étape ${quoted(milestone)} ne peut pas être datée du ${formatDateFr(date)} : ` +
          `elle suit l’étape ${quoted(blocking.milestone)}, enregistrée le ${formatDateFr(blocking.date)}.`,
      });
    }
  }

  if (date > today) {
    violations.push({
      rule: 'DATE_IN_FUTURE',
      message: `Le ${formatDateFr(date)} est une date à venir : on n’enregistre que ce qui a déjà eu lieu.`,
    });
  }
  return violations;
}

/** The record with the latest date (the first one listed on a tie); null when none. */
function latestRecord(records: readonly MilestoneRecord[]): MilestoneRecord | null {
  return records.reduce<MilestoneRecord | null>(
    (max, record) => (max === null || record.date > max.date ? record : max),
    null,
  );
}

/** Why the recruitment is closed, in words (« désistement le 02/04/2026 »); null when it is open. */
function closedBy(facts: RecruitmentFacts, recorded: Map<Milestone, string>): string | null {
  if (facts.exit !== null) {
    return `${lowerFirst(EXIT_LABELS[facts.exit.kind])} le ${formatDateFr(facts.exit.date)}`;
  }
  const operational = recorded.get(Milestone.OPERATIONAL);
  if (operational !== undefined) return `agent opérationnel depuis le ${formatDateFr(operational)}`;
  return null;
}

export function recruitmentStatus(facts: RecruitmentFacts): RecruitmentStatus {
  if (facts.exit !== null) {
    return facts.exit.kind === RecruitmentExit.WITHDRAWN
      ? RecruitmentStatus.WITHDRAWN
      : RecruitmentStatus.REJECTED;
  }
  if (facts.milestones.some((record) => record.milestone === Milestone.OPERATIONAL)) {
    return RecruitmentStatus.COMPLETED;
  }
  return RecruitmentStatus.OPEN;
}

/** The milestones of the route not recorded yet, in route order. */
export function pendingMilestones(facts: RecruitmentFacts): Milestone[] {
  const recorded = recordedDates(facts);
  return milestonesOf(facts.route, facts.grade).filter((m) => !recorded.has(m));
}

/** The pending milestones that may be recorded now (all they need is recorded); none once closed. */
export function nextMilestones(facts: RecruitmentFacts): Milestone[] {
  if (recruitmentStatus(facts) !== RecruitmentStatus.OPEN) return [];
  const recorded = recordedDates(facts);
  return pendingMilestones(facts).filter((m) =>
    prerequisitesOf(facts.route, m, facts.grade).every((p) => recorded.has(p)),
  );
}

/** Typical days from the moment all its prerequisites are met to the milestone itself. */
export type MilestoneDays = Record<Milestone, number>;

export const DEFAULT_MILESTONE_DAYS: MilestoneDays = {
  [Milestone.APPLICATION]: 0,
  [Milestone.INTERVIEW]: 30,
  [Milestone.APPOINTED]: 30,
  [Milestone.TRAINING_STARTED]: 30,
  [Milestone.PREFECT_APPROVAL]: 90,
  [Milestone.PROSECUTOR_APPROVAL]: 90,
  [Milestone.SWORN_IN]: 15,
  [Milestone.TRAINING_COMPLETED]: 183,
  [Milestone.OPERATIONAL]: 7,
};

/** Typical durations, with overrides by route, and by route and grade. */
export interface DurationSettings {
  days: MilestoneDays;
  byRoute: Partial<Record<RecruitmentRoute, Partial<MilestoneDays>>>;
  byRouteAndGrade?: Partial<Record<RecruitmentRoute, Partial<Record<Grade, Partial<MilestoneDays>>>>>;
}

/** Three months (of 30.4 days), the FIA of a seconded agent de police municipale. */
export const SECONDMENT_FIA_DAYS = 91;
/** Four months, that of a seconded chef de service or directeur. */
export const SECONDMENT_SENIOR_FIA_DAYS = 122;

const SENIOR_SECONDMENT = { [Milestone.TRAINING_COMPLETED]: SECONDMENT_SENIOR_FIA_DAYS };

export const DEFAULT_DURATIONS: DurationSettings = {
  days: DEFAULT_MILESTONE_DAYS,
  // Source: décret n° 2020-1243 du 9 octobre 2020 (FIA of police nationale and gendarmerie officers seconded to a police municipale: 3 months for agents, 4 for chefs de service and directeurs).
  byRoute: { [RecruitmentRoute.SECONDMENT]: { [Milestone.TRAINING_COMPLETED]: SECONDMENT_FIA_DAYS } },
  byRouteAndGrade: {
    [RecruitmentRoute.SECONDMENT]: {
      [Grade.CHEF_DE_SERVICE]: SENIOR_SECONDMENT,
      [Grade.CHEF_DE_SERVICE_PRINCIPAL_2]: SENIOR_SECONDMENT,
      [Grade.CHEF_DE_SERVICE_PRINCIPAL_1]: SENIOR_SECONDMENT,
      [Grade.DIRECTEUR]: SENIOR_SECONDMENT,
    },
  },
};

/**
 * Typical days to `milestone` on `route` for `grade`: the route and grade's override, else the
 * route's, else the general duration.
 */
export function durationOf(
  settings: DurationSettings,
  route: RecruitmentRoute,
  milestone: Milestone,
  grade?: Grade,
): number {
  return (
    (grade ? settings.byRouteAndGrade?.[route]?.[grade]?.[milestone] : undefined) ??
    settings.byRoute[route]?.[milestone] ??
    settings.days[milestone]
  );
}

/**
 * When each milestone of the route happened or is expected. A recorded milestone keeps its date; a
 * pending one is expected its typical duration after the last of its prerequisites (recorded or
 * expected). An overdue one (that date is past and it has not happened) is expected a whole typical
 * duration after `today`: nothing says it is about to happen, and what follows it cannot come
 * before it. So a recruitment never ends sooner than today plus the typical durations of what
 * remains on its longest branch. Parallel branches (the FIA and the two approvals) run side by
 * side, so OPERATIONAL follows the longest one. Nothing is expected of a recruitment closed by an
 * exit.
 */
export function expectedDates(
  facts: RecruitmentFacts,
  settings: DurationSettings,
  today: string,
): Partial<Record<Milestone, string>> {
  if (facts.exit !== null) return {};
  const recorded = recordedDates(facts);
  const expected: Partial<Record<Milestone, string>> = Object.fromEntries(recorded);

  const dateOf = (milestone: Milestone): string => {
    const known = expected[milestone];
    if (known !== undefined) return known;
    const after = latest(prerequisitesOf(facts.route, milestone, facts.grade).map(dateOf)) ?? today;
    const days = durationOf(settings, facts.route, milestone, facts.grade);
    const due = addDays(after, days);
    return (expected[milestone] = due < today ? addDays(today, days) : due);
  };

  for (const milestone of milestonesOf(facts.route, facts.grade)) dateOf(milestone);
  return expected;
}

/** When the candidate is (or is expected to be) operational; null when the recruitment ended by an exit. */
export function expectedOperationalDate(
  facts: RecruitmentFacts,
  settings: DurationSettings,
  today: string,
): string | null {
  return expectedDates(facts, settings, today)[Milestone.OPERATIONAL] ?? null;
}

export interface StalledInfo {
  /** Waiting on a milestone longer than its typical duration. */
  stalled: boolean;
  /** The next milestone waited on that is the most overdue (or the nearest to be); null when closed. */
  milestone: Milestone | null;
  /** Days since what it waits on was recorded; for a closed recruitment, since its last event. */
  daysWaiting: number;
  /** Days beyond the typical duration; 0 when not stalled. */
  overdueBy: number;
}

/**
 * Whether an open recruitment is stalled: it is when one of its next milestones has been waited on
 * (since the latest of its prerequisites was recorded) longer than its typical duration. Reports the
 * most overdue one. A closed recruitment is never stalled.
 */
export function stalledInfo(facts: RecruitmentFacts, settings: DurationSettings, today: string): StalledInfo {
  const recorded = recordedDates(facts);
  const lastEvent = latest([...recorded.values(), ...(facts.exit ? [facts.exit.date] : [])]);
  const sinceLastEvent = lastEvent === null ? 0 : daysBetween(lastEvent, today);

  let worst: StalledInfo | null = null;
  for (const milestone of nextMilestones(facts)) {
    const waitedSince = latest(
      prerequisitesOf(facts.route, milestone, facts.grade).map((m) => recorded.get(m) ?? ''),
    );
    if (waitedSince === null) continue; // APPLICATION waits on nothing.
    const daysWaiting = daysBetween(waitedSince, today);
    const overdueBy = daysWaiting - durationOf(settings, facts.route, milestone, facts.grade);
    if (worst === null || overdueBy > worst.overdueBy) {
      worst = { stalled: overdueBy > 0, milestone, daysWaiting, overdueBy };
    }
  }
  if (worst === null) return { stalled: false, milestone: null, daysWaiting: sinceLastEvent, overdueBy: 0 };
  return { ...worst, overdueBy: Math.max(0, worst.overdueBy) };
}
