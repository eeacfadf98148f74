import {
  localDateOf,
  localTimeOf,
  type RecordWorkedDto,
  SERVICE_TIME_ZONE,
  shiftInstants,
  type ShiftResponse,
  todayInParis,
  type WorkedCompensation,
  type WorkedTimeResponse,
} from '@vigie/shared';

/** One agent's line of « Heures réalisées »: what the roster planned, what was recorded. */
export interface WorkedRow {
  agentId: string;
  name: string;
  /** Null for a recall: he was not on the shift. */
  planned: { startsAt: string; endsAt: string } | null;
  worked: WorkedTimeResponse | null;
}

/** What the supervisor types: the day is the shift's, times are 24 h, an end before the start is the next day's. */
export interface WorkedDraft {
  startTime: string;
  endTime: string;
  reason: string;
  compensation: WorkedCompensation;
}

/**
 * Worked hours are recorded once the shift's day has begun (the API refuses them before): a
 * shift of today may already be corrected for an agent sent home early.
 */
export function workedOpen(shift: Pick<ShiftResponse, 'startsAt'>, today = todayInParis()): boolean {
  return localDateOf(shift.startsAt) <= today;
}

/** The agents on the shift, in its order, then those recalled onto it. */
export function workedRows(shift: ShiftResponse, records: readonly WorkedTimeResponse[]): WorkedRow[] {
  const byAgent = new Map(records.map((record) => [record.agentId, record]));
  const planned = { startsAt: shift.startsAt, endsAt: shift.endsAt };
  const rows: WorkedRow[] = shift.assignments.map((assignment) => ({
    agentId: assignment.agentId,
    name: assignment.agentName,
    planned,
    worked: byAgent.get(assignment.agentId) ?? null,
  }));
  const onShift = new Set(shift.assignments.map((assignment) => assignment.agentId));
  for (const record of records) {
    if (!onShift.has(record.agentId)) {
      rows.push({ agentId: record.agentId, name: record.agentName, planned: null, worked: record });
    }
  }
  return rows;
}

/** The form's start: what was recorded, else the roster's times (a confirmation is one click). */
export function draftOf(
  shift: Pick<ShiftResponse, 'startsAt' | 'endsAt'>,
  worked: WorkedTimeResponse | null,
): WorkedDraft {
  const startsAt = worked?.startsAt ?? shift.startsAt;
  const endsAt = worked?.endsAt ?? shift.endsAt;
  return {
    startTime: localTimeOf(startsAt),
    endTime: localTimeOf(endsAt),
    reason: worked?.reason ?? '',
    compensation: worked?.compensation ?? 'PAYMENT',
  };
}

/** The body of `PUT /api/shifts/:id/worked/:agentId`; null while a time is not `HH:mm`. */
export function workedBody(
  shift: Pick<ShiftResponse, 'startsAt'>,
  draft: WorkedDraft,
  version?: number,
): RecordWorkedDto | null {
  const instants = shiftInstants(
    localDateOf(shift.startsAt),
    draft.startTime,
    draft.endTime,
    SERVICE_TIME_ZONE,
  );
  if (!instants) return null;
  return {
    ...instants,
    reason: draft.reason.trim(),
    compensation: draft.compensation,
    ...(version === undefined ? {} : { version }),
  };
}

/** Hours between two instants of the form, for « 8 h 30 réalisées ». */
export function draftHours(shift: Pick<ShiftResponse, 'startsAt'>, draft: WorkedDraft): number | null {
  const body = workedBody(shift, draft);
  return body ? (Date.parse(body.endsAt) - Date.parse(body.startsAt)) / 3_600_000 : null;
}
