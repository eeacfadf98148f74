import {
  LeaveKind,
  type TimeAccountResponse,
  type TimeAccountSummaryResponse,
  TimeBasis,
  type WorkedTimeResponse,
} from '@vigie/shared';

/** Julien Lefebvre's account in December 2026: over his due hours, 8 h 30 of overtime. */
export function accountOf(overrides: Partial<TimeAccountResponse> = {}): TimeAccountResponse {
  return {
    agentId: 'a-julien',
    agentName: 'Julien Lefebvre',
    matricule: 'PM-0007',
    year: 2026,
    countedFrom: '2026-01-01',
    countedTo: '2026-12-13',
    hoursDue: 1607,
    hoursDueToDate: 1537.56,
    hoursPlanned: 1580,
    hoursDraft: 0,
    hoursWorked: 1480.5,
    projectedBalance: 12.5,
    balanceToDate: 81.94,
    hoursDuePerDay: 4.4,
    overtime: { day: 4, night: 2.5, sunday: 2, holiday: 0 },
    overtimeMonths: [
      {
        month: '2026-11',
        paid: { day: 2, night: 0, sunday: 0, holiday: 0 },
        rested: 0,
        ceiling: 25,
        overCeiling: false,
      },
      {
        month: '2026-12',
        paid: { day: 2, night: 2.5, sunday: 2, holiday: 0 },
        rested: 1,
        ceiling: 25,
        overCeiling: false,
      },
    ],
    leave: [
      { kind: LeaveKind.ANNUAL_LEAVE, unit: 'DAY', entitled: 25, taken: 11, planned: 2, remaining: 12 },
      { kind: LeaveKind.FRACTIONNEMENT, unit: 'DAY', entitled: 1, taken: 0, planned: 0, remaining: 1 },
      { kind: LeaveKind.RTT, unit: 'DAY', entitled: 0, taken: 0, planned: 0, remaining: 0 },
      { kind: LeaveKind.RECOVERY, unit: 'HOUR', entitled: 1, taken: 0, planned: 0, remaining: 1 },
    ],
    countedBy: {
      basis: TimeBasis.ROSTER,
      chosen: false,
      weekdays: [1, 2, 3, 4, 5],
      dailyHours: 7,
      training: null,
      hoursScheduled: 0,
      label: 'Planning Vigie',
    },
    opening: null,
    ...overrides,
  };
}

export function summaryOf(
  agentId: string,
  agentName: string,
  projectedBalance: number,
  overrides: Partial<TimeAccountSummaryResponse> = {},
): TimeAccountSummaryResponse {
  return {
    agentId,
    agentName,
    matricule: `PM-${agentId}`,
    hoursDue: 1607,
    hoursPlanned: 1500,
    hoursWorked: 1400,
    projectedBalance,
    balanceToDate: projectedBalance,
    countedTo: '2026-12-13',
    hoursDuePerDay: 4.4,
    overtimeTotal: 0,
    basis: TimeBasis.ROSTER,
    openingHours: 0,
    ...overrides,
  };
}

/** Julien kept 1 h 30 past the morning patrol of Saturday 05/12/2026 (07:00–15:00 in Paris). */
export function workedOf(overrides: Partial<WorkedTimeResponse> = {}): WorkedTimeResponse {
  return {
    id: 'w-1',
    shiftId: 's-morning',
    agentId: 'a-julien',
    agentName: 'Julien Lefebvre',
    plannedStartsAt: '2026-12-05T06:00:00.000Z',
    plannedEndsAt: '2026-12-05T14:00:00.000Z',
    startsAt: '2026-12-05T06:00:00.000Z',
    endsAt: '2026-12-05T15:30:00.000Z',
    reason: 'Interpellation en fin de service',
    compensation: 'PAYMENT',
    overtime: { day: 1.5, night: 0, sunday: 0, holiday: 0 },
    recordedByName: 'Karim Benali',
    recordedAt: '2026-12-05T16:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
