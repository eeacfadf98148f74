import type {
  CoverageResponse,
  PlannedAssignmentResponse,
  RosterAgent,
  RosterInput,
  ShiftResponse,
  UncoveredShiftResponse,
} from '@vigie/shared';
import { shiftCoverage } from '@vigie/shared';

import { dayMonth } from './paris-time';
import { toRosterShift } from './rule-feedback';
import type { GridDay } from './week-grid';

/**
 * A proposal of the planner shown in the week grid before it is written: its assignments as
 * ghosts, and the coverage each shift would have with them. Pure, tested.
 */

/** What the grid needs of a proposal (`POST /api/roster/plan`). */
export interface ProposalPreview {
  assignments: readonly Pick<PlannedAssignmentResponse, 'shiftId' | 'agentId'>[];
  uncovered: readonly Pick<UncoveredShiftResponse, 'shiftId' | 'missing'>[];
}

/** The proposed agents of each shift, those already on it left out. */
export function ghostsByShift(
  shifts: readonly ShiftResponse[],
  proposal: ProposalPreview | null,
): Map<string, string[]> {
  const ghosts = new Map<string, string[]>();
  if (!proposal) return ghosts;
  const byId = new Map(shifts.map((shift) => [shift.id, shift]));
  for (const { shiftId, agentId } of proposal.assignments) {
    const shift = byId.get(shiftId);
    if (!shift || shift.assignments.some((a) => a.agentId === agentId)) continue;
    const list = ghosts.get(shiftId) ?? [];
    if (!list.includes(agentId)) list.push(agentId);
    ghosts.set(shiftId, list);
  }
  return ghosts;
}

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

/**
 * The shifts the grid shows short although the planner did not list them as uncovered: the
 * planner counts every agent on a shift as filling a place, the coverage rule (the grid, the
 * check) does not count trainees. Told apart, in words, so that the summary matches the grid.
 */
export function shortInGrid(
  days: readonly Pick<GridDay, 'date' | 'slots'>[],
  listed: readonly Pick<UncoveredShiftResponse, 'shiftId'>[],
  publishedDays: readonly string[],
): { shiftId: string; message: string }[] {
  const known = new Set(listed.map((u) => u.shiftId));
  return days
    .filter((day) => !publishedDays.includes(day.date))
    .flatMap((day) =>
      day.slots
        .filter((slot) => !slot.covered && !known.has(slot.id))
        .map((slot) => ({
          shiftId: slot.id,
          message: $localize`${slot.label} du ${dayMonth(day.date)} : ${slot.missing ?? $localize`non couvert`}.`,
        })),
    );
}
