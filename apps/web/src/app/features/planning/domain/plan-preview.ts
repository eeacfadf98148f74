import type {
  CoverageResponse,
  PlannedAssignmentResponse,
  ShiftResponse,
  UncoveredShiftResponse,
} from '@vigie/shared';
import { dayMonth } from '@vigie/shared';

/**
 * A proposal of the planner shown in the week grid before it is written: its assignments as
 * ghosts (their coverage by the rules: plan-coverage.ts). Pure, tested.
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
 * The coverage the planner gives each shift it adds agents to: its list of uncovered shifts says
 * which stay short, every proposed agent counts. What the grid shows until the rules engine
 * (coverageWithProposal, plan-coverage.ts) can count by the agents' qualifications.
 */
export function plannerCoverage(
  shifts: readonly ShiftResponse[],
  proposal: ProposalPreview | null,
): Map<string, CoverageResponse> {
  const coverage = new Map<string, CoverageResponse>();
  if (!proposal) return coverage;
  const ghosts = ghostsByShift(shifts, proposal);
  const uncovered = new Map(proposal.uncovered.map((u) => [u.shiftId, u]));
  for (const shift of shifts) {
    const proposed = ghosts.get(shift.id);
    if (!proposed) continue;
    const short = uncovered.get(shift.id);
    coverage.set(shift.id, {
      covered: !short,
      assigned: shift.coverage.assigned + proposed.length,
      missing: short ? [...short.missing] : [],
    });
  }
  return coverage;
}

/** What `shortInGrid` reads of a day of the week grid (structural: the grid imports this file). */
export interface GridDayShown {
  date: string;
  slots: readonly { id: string; label: string; covered: boolean; missing?: string | null }[];
}

/**
 * The shifts the grid shows short although the planner did not list them as uncovered: the
 * planner counts every agent on a shift as filling a place, the coverage rule (the grid, the
 * check) does not count trainees. Told apart, in words, so that the summary matches the grid.
 */
export function shortInGrid(
  days: readonly GridDayShown[],
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
