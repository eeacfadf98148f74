import {
  type CoverageResponse,
  type RosterAgent,
  type RosterInput,
  shiftCoverage,
  type ShiftResponse,
} from '@vigie/shared';

import { ghostsByShift, type ProposalPreview } from './plan-preview';
import { toRosterShift } from './rule-feedback';

/**
 * The coverage of each shift the proposal adds agents to, counting the agents already on it and
 * the proposed ones, by the same rule as the API (`shiftCoverage`, with the agents' qualifications
 * of the roster context). Without the context, the planner's own list of uncovered shifts says
 * which stay short, and every proposed agent is counted.
 */
export function coverageWithProposal(
  shifts: readonly ShiftResponse[],
  proposal: ProposalPreview | null,
  context: RosterInput | null,
): Map<string, CoverageResponse> {
  const coverage = new Map<string, CoverageResponse>();
  if (!proposal) return coverage;
  const ghosts = ghostsByShift(shifts, proposal);
  const agents = new Map((context?.agents ?? []).map((agent) => [agent.id, agent]));
  const uncovered = new Map(proposal.uncovered.map((u) => [u.shiftId, u]));
  for (const shift of shifts) {
    const proposed = ghosts.get(shift.id);
    if (!proposed) continue;
    const ids = [...shift.assignments.map((a) => a.agentId), ...proposed];
    const known = ids.map((id) => agents.get(id)).filter((a): a is RosterAgent => a !== undefined);
    if (context && known.length === ids.length) {
      const { covered, assigned, missing } = shiftCoverage(toRosterShift(shift), known, context.ruleSet);
      coverage.set(shift.id, { covered, assigned, missing });
      continue;
    }
    const short = uncovered.get(shift.id);
    coverage.set(shift.id, {
      covered: !short,
      assigned: shift.coverage.assigned + proposed.length,
      missing: short ? [...short.missing] : [],
    });
  }
  return coverage;
}
