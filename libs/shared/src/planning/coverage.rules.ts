import { AgentStatus, QUALIFICATION_LABELS, QualificationKind } from '../agents/agent.enum';
import { hasValidQualification } from './assignment.rules';
import { RosterRule } from './planning.enum';
import { RosterAgent, RosterShift, RuleSet } from './roster.types';
import { count, finding, RankedFinding, RosterContext } from './roster-context';
import { localDate } from './shift-time.rules';

export interface ShiftCoverage {
  /** At least `minAgents` counted and every requirement met. */
  covered: boolean;
  /** Agents who count: operational (ACTIVE) ones; trainees never count, nor unavailable agents. */
  assigned: number;
  /** Requirements not met: how many more holders of `kind` the shift needs. */
  missing: { kind: QualificationKind; count: number }[];
}

/**
 * Whether a shift is covered by the agents assigned to it: its minimum of agents and its
 * qualification requirements, held on the shift's local start date.
 */
export function shiftCoverage(
  shift: RosterShift,
  assignedAgents: readonly RosterAgent[],
  ruleSet: Pick<RuleSet, 'timeZone'>,
): ShiftCoverage {
  const { counted, unmet } = coverageOn(shift, localDate(shift.startsAt, ruleSet), assignedAgents);
  return {
    covered: counted >= shift.minAgents && unmet.length === 0,
    assigned: counted,
    missing: unmet.map(({ kind, required, held }) => ({ kind, count: required - held })),
  };
}

/**
 * Whether an agent counts toward a shift's minimum and its requirements: operational (ACTIVE) staff
 * only. A trainee may be on a shift that allows trainees, but as an extra — never filling a place.
 */
export function countsTowardCoverage(agent: Pick<RosterAgent, 'status'>): boolean {
  return agent.status === AgentStatus.ACTIVE;
}

interface Unmet {
  kind: QualificationKind;
  required: number;
  held: number;
}

function coverageOn(
  shift: RosterShift,
  date: string,
  assignedAgents: readonly RosterAgent[],
): { counted: number; notCounted: number; unmet: Unmet[] } {
  const agents = [...new Map(assignedAgents.map((agent) => [agent.id, agent])).values()];
  const counted = agents.filter(countsTowardCoverage);
  const unmet = shift.requirements
    .map(({ kind, count: required }) => ({
      kind,
      required,
      held: counted.filter((agent) => hasValidQualification(agent, kind, date)).length,
    }))
    .filter(({ required, held }) => held < required);
  return { counted: counted.length, notCounted: agents.length - counted.length, unmet };
}

/** « agents armés », « opérateurs vidéo », else « agents qualifiés « Secourisme » ». */
function holders(kind: QualificationKind, n: number): string {
  switch (kind) {
    case QualificationKind.FIREARM:
      return count(n, 'agent armé', 'agents armés');
    case QualificationKind.VIDEO_OPERATOR:
      return count(n, 'opérateur vidéo', 'opérateurs vidéo');
    default:
      return count(
        n,
        `agent qualifié « ${QUALIFICATION_LABELS[kind]} »`,
        `agents qualifiés « ${QUALIFICATION_LABELS[kind]} »`,
      );
  }
}

/** UNDERSTAFFED and REQUIREMENT_UNMET warnings for each shift starting in the period. */
export function checkCoverage(ctx: RosterContext, out: RankedFinding[]): void {
  for (const info of ctx.periodShifts()) {
    const { shift } = info;
    const { counted, notCounted, unmet } = coverageOn(shift, info.date, ctx.assignedTo.get(shift.id) ?? []);
    const name = ctx.shiftName(info);
    if (counted < shift.minAgents) {
      const uncounted =
        notCounted > 0
          ? ` (${count(notCounted, 'stagiaire ou agent indisponible non compté', 'stagiaires ou agents indisponibles non comptés')})`
          : '';
      const message =
        `${name} : ${count(shift.minAgents, 'agent requis', 'agents requis')}, ` +
        `${count(counted, 'affecté', 'affectés')}${uncounted}`;
      out.push(finding(RosterRule.UNDERSTAFFED, 'warning', message, info.start, undefined, info));
    }
    for (const { kind, required, held } of unmet) {
      const message = `${name} : ${holders(kind, required)} requis, ${count(held, 'affecté', 'affectés')}`;
      out.push(finding(RosterRule.REQUIREMENT_UNMET, 'warning', message, info.start, undefined, info));
    }
  }
}
