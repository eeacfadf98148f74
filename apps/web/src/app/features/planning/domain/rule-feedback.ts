import {
  checkAgentNeighbourhood,
  findingKeys,
  introducedFindings,
  type RosterFinding,
  type RosterInput,
  type RosterShift,
  type ShiftResponse,
} from '@vigie/shared';

/**
 * Instant feedback while the chief edits the week: the same rules engine as the API, run in the
 * browser on the roster context (`GET /api/roster/context`) with the week's current assignments.
 * The API stays authoritative; this only tells at once what it is going to say. Pure, tested.
 */

/** The rules engine's view of a shift as the API shows it. */
export function toRosterShift(shift: ShiftResponse): RosterShift {
  return {
    id: shift.id,
    label: shift.label,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    minAgents: shift.minAgents,
    requirements: shift.requirements,
    requiredForAll: shift.requiredForAll,
    categories: shift.categories,
    grades: shift.grades,
    allowsTrainees: shift.allowsTrainees,
    breakMinutes: shift.breakMinutes,
  };
}

/** The context with the assignments of the shown shifts as they are now (the context may be older). */
export function liveRoster(context: RosterInput, shifts: readonly ShiftResponse[]): RosterInput {
  const shown = new Map(shifts.map((shift) => [shift.id, shift]));
  const known = new Set(context.shifts.map((shift) => shift.id));
  return {
    ...context,
    shifts: [
      ...context.shifts.map((shift) => (shown.has(shift.id) ? toRosterShift(shown.get(shift.id)!) : shift)),
      ...shifts.filter((shift) => !known.has(shift.id)).map(toRosterShift),
    ],
    assignments: [
      ...context.assignments.filter((assignment) => !shown.has(assignment.shiftId)),
      ...shifts.flatMap((shift) =>
        shift.assignments.map((assignment) => ({ shiftId: shift.id, agentId: assignment.agentId })),
      ),
    ],
  };
}

// The findings an agent already has, per roster: a dialog checks each agent against many shifts.
const existing = new WeakMap<RosterInput, Map<string, Set<string>>>();

function findingsBefore(input: RosterInput, agentId: string): Set<string> {
  let byAgent = existing.get(input);
  if (!byAgent) {
    byAgent = new Map();
    existing.set(input, byAgent);
  }
  let keys = byAgent.get(agentId);
  if (!keys) {
    keys = findingKeys(checkAgentNeighbourhood(input, agentId));
    byAgent.set(agentId, keys);
  }
  return keys;
}

/**
 * The hard rules that putting `agentId` on `shiftId` would newly break, as the API words them
 * (those the agent breaks already are not this assignment's doing, as on the API). Empty when
 * the assignment is lawful, already made, or about an agent or shift the context does not know.
 */
export function trialFindings(input: RosterInput, shiftId: string, agentId: string): RosterFinding[] {
  if (input.assignments.some((a) => a.shiftId === shiftId && a.agentId === agentId)) return [];
  if (!input.agents.some((agent) => agent.id === agentId)) return [];
  if (!input.shifts.some((shift) => shift.id === shiftId)) return [];
  const before = findingsBefore(input, agentId);
  const trial: RosterInput = { ...input, assignments: [...input.assignments, { shiftId, agentId }] };
  return introducedFindings(before, checkAgentNeighbourhood(trial, agentId));
}
