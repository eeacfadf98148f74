import {
  AbsenceKind,
  type AbsenceResponse,
  AbsenceStatus,
  AgentStatus,
  type AgentSummaryResponse,
  DEFAULT_RULE_SET,
  Grade,
  GRADE_CATEGORY,
  type PlanResponse,
  QualificationKind,
  type RosterAgent,
  type RosterInput,
  type ShiftResponse,
  StaffCategory,
  type UserResponse,
} from '@vigie/shared';

import { serviceUser } from '../../../testing/user.builders';
import { toRosterShift } from '../domain/rule-feedback';
import type { GridCell, SlotView, WeekGrid } from '../domain/week-grid';

/** Test data of the planning specs: agents, shifts, absences and the rules engine's input. */

export function agentOf(
  id: string,
  lastName: string,
  firstName: string,
  overrides: Partial<AgentSummaryResponse> = {},
): AgentSummaryResponse {
  const grade = overrides.grade ?? Grade.GARDIEN_BRIGADIER;
  return {
    id,
    matricule: `PM-${id}`,
    lastName,
    firstName,
    grade,
    category: GRADE_CATEGORY[grade],
    status: AgentStatus.ACTIVE,
    brigade: 'Jour A',
    hireDate: '2020-01-01',
    departureDate: null,
    contractRatio: 1,
    qualifications: [],
    continuingTraining: null,
    version: 1,
    ...overrides,
  };
}

/** A shift of a type, its instants as the API writes them (UTC). */
export function shiftOf(
  id: string,
  code: string,
  startsAt: string,
  endsAt: string,
  overrides: Partial<ShiftResponse> = {},
): ShiftResponse {
  const assignments = overrides.assignments ?? [];
  return {
    id,
    shiftTypeId: `type-${code}`,
    typeCode: code,
    label: LABELS[code] ?? code,
    colour: '#1e88e5',
    startsAt,
    endsAt,
    minAgents: 2,
    breakMinutes: 20,
    requirements: [],
    requiredForAll: [],
    categories: [StaffCategory.POLICE],
    grades: null,
    allowsTrainees: true,
    published: false,
    assignments,
    coverage: { covered: assignments.length >= 2, assigned: assignments.length, missing: [] },
    version: 1,
    ...overrides,
  };
}

/** `shift` as the API answers once `agents` are on it, its coverage counted against its minimum. */
export function staffedBy(shift: ShiftResponse, ...agents: AgentSummaryResponse[]): ShiftResponse {
  return {
    ...shift,
    assignments: agents.map((agent) => ({
      agentId: agent.id,
      agentName: `${agent.firstName} ${agent.lastName}`,
    })),
    coverage: { covered: agents.length >= shift.minAgents, assigned: agents.length, missing: [] },
  };
}

/** One agent's cell, on `date`, of a week's grid. */
export function cellOf(grid: WeekGrid, agentId: string, date: string): GridCell {
  return grid.groups
    .flatMap((group) => group.rows)
    .find((row) => row.agentId === agentId)!
    .cells.find((cell) => cell.date === date)!;
}

/** One shift's slot in the « Créneaux » row of a week's grid. */
export function slotOf(grid: WeekGrid, shiftId: string): SlotView {
  return grid.days.flatMap((day) => day.slots).find((slot) => slot.id === shiftId)!;
}

const LABELS: Record<string, string> = {
  MATIN: 'Patrouille du matin',
  APREM: 'Patrouille d’après-midi',
  NUIT: 'Patrouille de nuit',
};

export function absenceOf(
  id: string,
  agent: AgentSummaryResponse,
  startsAt: string,
  endsAt: string,
  overrides: Partial<AbsenceResponse> = {},
): AbsenceResponse {
  return {
    id,
    agentId: agent.id,
    agentName: `${agent.firstName} ${agent.lastName}`,
    kind: AbsenceKind.ANNUAL_LEAVE,
    startsAt,
    endsAt,
    status: AbsenceStatus.APPROVED,
    note: null,
    decisionNote: null,
    decidedAt: null,
    conflicts: [],
    version: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** The rules engine's view of an agent: operational, armed. */
export function rosterAgentOf(agent: AgentSummaryResponse): RosterAgent {
  return {
    id: agent.id,
    name: `${agent.firstName} ${agent.lastName}`,
    status: agent.status,
    category: agent.category,
    contractRatio: agent.contractRatio,
    qualifications: [{ kind: QualificationKind.FIREARM, from: '2020-01-01', to: null }],
  };
}

/** What `GET /api/roster/context` answers for a week holding these shifts. */
export function contextOf(
  agents: readonly AgentSummaryResponse[],
  shifts: readonly ShiftResponse[],
  from: string,
  to: string,
): RosterInput {
  return {
    ruleSet: DEFAULT_RULE_SET,
    agents: agents.map(rosterAgentOf),
    shifts: shifts.map(toRosterShift),
    assignments: shifts.flatMap((shift) =>
      shift.assignments.map((assignment) => ({ shiftId: shift.id, agentId: assignment.agentId })),
    ),
    absences: [],
    from,
    to,
  };
}

export function userOf(roles: UserResponse['roles'], agentId: string | null = null): UserResponse {
  return serviceUser(roles, { agentId });
}

/** What `POST /api/roster/plan` answers: these assignments proposed (or written, with `applied`). */
export function planOf(
  from: string,
  to: string,
  assignments: { shift: ShiftResponse; agent: AgentSummaryResponse }[],
  overrides: Partial<PlanResponse> = {},
): PlanResponse {
  const quality = {
    filledPlaces: 4,
    requiredPlaces: 4,
    hoursSpread: 12.5,
    nightsSpread: 1,
    weekendsSpread: 0,
  };
  return {
    from,
    to,
    applied: false,
    assignments: assignments.map(({ shift, agent }) => ({
      shiftId: shift.id,
      agentId: agent.id,
      agentName: `${agent.firstName} ${agent.lastName}`,
      shiftLabel: shift.label,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    })),
    uncovered: [],
    summary: {
      filled: '4 places pourvues sur 4',
      unfilled: 'Tous les créneaux sont pourvus',
      fairness: 'Écart de charge entre agents : 1 h ; nuits par agent : 0 à 1 ; week-ends par agent : 0',
    },
    stats: {
      status: 'optimal',
      mipGap: 0,
      solveSeconds: 0.4,
      firstFeasibleSeconds: 0.02,
      steps: 40,
      timeCapped: false,
      totalSeconds: 0.5,
      solver: quality,
      greedy: { ...quality, filledPlaces: 3, hoursSpread: 40, nightsSpread: 2 },
      agents: [],
    },
    ...overrides,
  };
}
