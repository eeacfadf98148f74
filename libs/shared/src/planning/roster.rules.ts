import { compareFrench } from '../common/french-order.rules';
import { checkAssignments } from './assignment.rules';
import { checkCoverage } from './coverage.rules';
import { checkFairness } from './fairness.rules';
import { HARD_RULES, RosterRule } from './planning.enum';
import { RosterCheck, RosterFinding, RosterInput } from './roster.types';
import { AgentRoster, compareText, RankedFinding, RosterContext } from './roster-context';
import { checkWorkingTime } from './working-time.rules';

export type { EligibilityGaps } from './assignment.rules';
export { eligibilityGaps, hasValidQualification, isEligible } from './assignment.rules';
export type { ShiftCoverage } from './coverage.rules';
export { countsTowardCoverage, shiftCoverage } from './coverage.rules';
export type { ShiftTimes } from './shift-time.rules';
export {
  formatHoursFr,
  isNightShift,
  isWeekendShift,
  localDate,
  nightHours,
  shiftHours,
} from './shift-time.rules';
export type { WorkPiece } from './working-time.rules';
export { derogationLimitFr, missesBreak } from './working-time.rules';

const SOFT_RULES: readonly RosterRule[] = [
  RosterRule.UNDERSTAFFED,
  RosterRule.REQUIREMENT_UNMET,
  RosterRule.UNFAIR_NIGHTS,
  RosterRule.UNFAIR_WEEKENDS,
  RosterRule.HOURS_FROM_CONTRACT,
  RosterRule.SECONDMENT_SHARE,
  RosterRule.WEEKLY_REST_SUNDAY,
];

const RULE_ORDER = new Map([...HARD_RULES, ...SOFT_RULES].map((rule, index) => [rule, index]));

/**
 * By rule (hard ones in HARD_RULES order, then soft), then instant, then agent, then shift; ties keep
 * the order they were found in (the sort is stable).
 */
function byOrder(a: RankedFinding, b: RankedFinding): number {
  return (
    RULE_ORDER.get(a.finding.rule)! - RULE_ORDER.get(b.finding.rule)! ||
    a.at - b.at ||
    compareFrench(a.agentName, b.agentName) ||
    compareText(a.finding.agentId ?? '', b.finding.agentId ?? '') ||
    compareText(a.finding.shiftId ?? '', b.finding.shiftId ?? '')
  );
}

function sorted(findings: RankedFinding[]): RosterFinding[] {
  return findings.sort(byOrder).map((ranked) => ranked.finding);
}

/**
 * Every hard rule about one agent's assignments, and the warnings they carry: a breach a
 * derogation covers, a weekly rest without the Sunday.
 */
function checkAgent(ctx: RosterContext, roster: AgentRoster, out: RankedFinding[]): void {
  checkAssignments(ctx, roster, out);
  checkWorkingTime(ctx, roster, out);
}

/**
 * The roster check of PRODUCT.md §3: every violation of a hard rule and every warning of a soft
 * one touching the period [from, to] (local dates, both included), in a stable order.
 *
 * What touches the period: a shift starting on one of its days, a working day that is one of
 * them, a rest next to one of them, a calendar week holding one of them, a window of weeks
 * holding one of them and one of the agent's shifts of the period. Shifts before the period
 * (passed by the caller) only feed the rests, the weekly hours and the averages.
 */
export function checkRoster(input: RosterInput): RosterCheck {
  const ctx = new RosterContext(input);
  const agents: RankedFinding[] = [];
  for (const roster of ctx.rosters.values()) checkAgent(ctx, roster, agents);
  const hard = agents.filter((ranked) => ranked.finding.severity === 'violation');
  const soft = agents.filter((ranked) => ranked.finding.severity === 'warning');
  checkCoverage(ctx, soft);
  checkFairness(ctx, soft);
  return { violations: sorted(hard), warnings: sorted(soft) };
}

/**
 * The hard violations of one agent only, as `checkRoster` reports them: what the API checks in the
 * transaction of an assignment. Only that agent's assignments and absences are looked at.
 */
export function checkAgentNeighbourhood(input: RosterInput, agentId: string): RosterFinding[] {
  const ctx = new RosterContext(input, agentId);
  const roster = ctx.rosters.get(agentId);
  if (!roster) return [];
  const found: RankedFinding[] = [];
  checkAgent(ctx, roster, found);
  return sorted(found.filter((ranked) => ranked.finding.severity === 'violation'));
}
