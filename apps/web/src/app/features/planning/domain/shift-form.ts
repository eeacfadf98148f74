import {
  confirmationDetail,
  type CreateShiftDto,
  formatDateFr,
  localDateOf,
  localTimeOf,
  movesShift,
  needsConfirmation,
  type QualificationKind,
  requirementProblem,
  SERVICE_TIME_ZONE,
  shiftInstants,
  type ShiftResponse,
  type ShiftTypeResponse,
  type UpdateShiftDto,
} from '@vigie/shared';

/** What the shift dialog holds: a local day, wall-clock times and the needs. */
export interface ShiftDraft {
  shiftTypeId: string;
  /** YYYY-MM-DD, the day it starts. */
  date: string;
  /** HH:mm; an end at or before the start is the next day's. */
  startTime: string;
  endTime: string;
  label: string;
  minAgents: number;
  /** Minutes of break within the shift's times; absent, the API gives the statutory one for its length. */
  breakMinutes?: number;
  requirements: { kind: QualificationKind; count: number }[];
}

/** A new event shift on `date`, from a type's hours and needs (or blank without one). */
export function newDraft(date: string, type: ShiftTypeResponse | undefined): ShiftDraft {
  return {
    shiftTypeId: type?.id ?? '',
    date,
    startTime: type?.startTime ?? '',
    endTime: type?.endTime ?? '',
    label: '',
    minAgents: type?.minAgents ?? 1,
    breakMinutes: type?.breakMinutes,
    requirements: (type?.requirements ?? []).map(({ kind, count }) => ({ kind, count })),
  };
}

/** An existing shift as the dialog shows it, in the service's local time. */
export function draftOf(shift: ShiftResponse): ShiftDraft {
  return {
    shiftTypeId: shift.shiftTypeId,
    date: localDateOf(shift.startsAt, SERVICE_TIME_ZONE),
    startTime: localTimeOf(shift.startsAt, SERVICE_TIME_ZONE),
    endTime: localTimeOf(shift.endsAt, SERVICE_TIME_ZONE),
    label: shift.label,
    minAgents: shift.minAgents,
    breakMinutes: shift.breakMinutes,
    requirements: shift.requirements.map(({ kind, count }) => ({ kind, count })),
  };
}

/** The draft's instants, or null while its day or times are incomplete. */
export function instantsOf(draft: ShiftDraft): { startsAt: string; endsAt: string } | null {
  return shiftInstants(draft.date, draft.startTime, draft.endTime, SERVICE_TIME_ZONE);
}

/** Minutes from the draft's start to its end, or null while its day or times are incomplete. */
export function draftMinutes(draft: ShiftDraft): number | null {
  const instants = instantsOf(draft);
  return instants ? (Date.parse(instants.endsAt) - Date.parse(instants.startsAt)) / 60_000 : null;
}

/** What the API's rules would refuse, said beside the fields as the chief types (null: fine). */
export function needsProblem(draft: ShiftDraft): { field: string; message: string } | null {
  const problem = requirementProblem(draft.minAgents, draft.requirements);
  if (!problem) return null;
  return {
    field: problem.field.split('.')[0],
    message:
      problem.code === 'REQUIREMENT_REPEATED'
        ? $localize`Une même qualification figure deux fois.`
        : $localize`Une qualification est demandée à plus d’agents que le minimum du créneau.`,
  };
}

export function createBody(draft: ShiftDraft): CreateShiftDto | null {
  const instants = instantsOf(draft);
  if (!instants) return null;
  return {
    shiftTypeId: draft.shiftTypeId,
    ...instants,
    label: draft.label.trim(),
    minAgents: draft.minAgents,
    ...(draft.breakMinutes !== undefined ? { breakMinutes: draft.breakMinutes } : {}),
    requirements: draft.requirements,
  };
}

/**
 * The fields that changed, and the version: an untouched label is not sent (a generated shift
 * would otherwise take its type's name as its own, and stop standing for the type's).
 */
export function updateBody(shift: ShiftResponse, draft: ShiftDraft): UpdateShiftDto | null {
  const instants = instantsOf(draft);
  if (!instants) return null;
  const before = draftOf(shift);
  const body: UpdateShiftDto = { version: shift.version };
  if (movesShift(shift, instants)) Object.assign(body, instants);
  if (draft.label.trim() !== before.label) body.label = draft.label.trim();
  if (draft.minAgents !== before.minAgents) body.minAgents = draft.minAgents;
  if (draft.breakMinutes !== undefined && draft.breakMinutes !== before.breakMinutes) {
    body.breakMinutes = draft.breakMinutes;
  }
  if (JSON.stringify(draft.requirements) !== JSON.stringify(before.requirements)) {
    body.requirements = draft.requirements;
  }
  return body;
}

/** The names of the agents on the shift. */
export function agentNamesOf(shift: ShiftResponse): string[] {
  return shift.assignments.map((assignment) => assignment.agentName);
}

/** The question before a change that touches agents, or null when none does. */
export interface ShiftQuestion {
  title: string;
  message: string;
  confirm: string;
}

/** Asked before saving new times of a shift agents are on; null when nothing needs asking. */
export function moveQuestion(shift: ShiftResponse, body: UpdateShiftDto): ShiftQuestion | null {
  const names = agentNamesOf(shift);
  if (!needsConfirmation({ ...shift, agentNames: names }, body)) return null;
  return {
    title: $localize`Changer les horaires de « ${shift.label} » ?`,
    message: confirmationDetail('move', names),
    confirm: $localize`Changer les horaires`,
  };
}

/** Asked before any deletion: who is told when agents are on it, what goes otherwise. */
export function deleteQuestion(shift: ShiftResponse): ShiftQuestion {
  const names = agentNamesOf(shift);
  const { date, startTime, endTime } = draftOf(shift);
  const when = `${formatDateFr(date)} ${startTime}–${endTime}`;
  return {
    title: $localize`Supprimer « ${shift.label} » ?`,
    message: needsConfirmation({ ...shift, agentNames: names }, 'delete')
      ? `${$localize`Le créneau du ${when} sera supprimé.`} ${confirmationDetail('delete', names)}`
      : $localize`Le créneau du ${when} sera supprimé. Personne n’y est affecté.`,
    confirm: $localize`Supprimer`,
  };
}
