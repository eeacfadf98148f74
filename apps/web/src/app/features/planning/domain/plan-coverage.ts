import {
  type CoverageResponse,
  type RosterAgent,
  type RosterInput,
  shiftCoverage,
  type ShiftResponse,
} from '@vigie/shared';

import { ghostsByShift, plannerCoverage, type ProposalPreview } from './plan-preview';
import { toRosterShift } from './rule-feedback';

/**
 * The coverage of each shift the proposal adds agents to, counting the agents already on it and
 * the proposed ones, by the same rule as the API (`shiftCoverage`, with the agents' qualifications
 * of the roster context). Without the context (or an agent it does not know), the planner's word
 * (`plannerCoverage`).
 */
export function coverageWithProposal(
  shifts: readonly ShiftResponse[],
  proposal: ProposalPreview | null,
  context: RosterInput | null,
): Map<string, CoverageResponse> {
  const coverage = plannerCoverage(shifts, proposal);
  if (!proposal || !context) return coverage;
  const ghosts = ghostsByShift(shifts, proposal);
  const agents = new Map(context.agents.map((agent) => [agent.id, agent]));
  for (const shift of shifts) {
    const proposed = ghosts.get(shift.id);
    if (!proposed) continue;
    const ids = [...shift.assignments.map((a) => a.agentId), ...proposed];
    const known = ids.map((id) => agents.get(id)).filter((a): a is RosterAgent => a !== undefined);
    if (known.length !== ids.length) continue;
    const { covered, assigned, missing } = shiftCoverage(toRosterShift(shift), known, context.ruleSet);
    coverage.set(shift.id, { covered, assigned, missing });
  }
  return coverage;
}
