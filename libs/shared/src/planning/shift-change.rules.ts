import { addDays, isIsoDate } from '../common/calendar/local-date';
import { localIso } from '../common/calendar/zone-calendar';
import { PLANNING_PATTERNS } from './planning.limits';

/**
 * Changes to a shift that touch the agents on it: moving it (new times) or deleting it. Both
 * need the chief's confirmation once agents are on it, and each of them is then told (a roster
 * change in « Mon planning »). Pure: the API refuses an unconfirmed change with these words, the
 * web asks its question with them.
 */

/** What is done to the shift: `move` (new times) or `delete`. */
export type ShiftChangeKind = 'move' | 'delete';

/** The rule named in the `violations` of a change refused for want of confirmation. */
export const SHIFT_HAS_AGENTS_RULE = 'SHIFT_HAS_AGENTS';

/** A shift's times and who is on it, as both sides hold them. */
export interface StaffedShift {
  startsAt: string | Date;
  endsAt: string | Date;
  agentNames: readonly string[];
}

/** Whether new times (either may be left out: kept) move the shift. */
export function movesShift(
  shift: Pick<StaffedShift, 'startsAt' | 'endsAt'>,
  change: { startsAt?: string | Date; endsAt?: string | Date },
): boolean {
  const same = (a: string | Date, b: string | Date | undefined): boolean =>
    b === undefined || new Date(a).getTime() === new Date(b).getTime();
  return !same(shift.startsAt, change.startsAt) || !same(shift.endsAt, change.endsAt);
}

/**
 * Whether the change must be confirmed: it deletes or moves a shift agents are on. A change of
 * label or needs only does not touch their time, and an empty shift touches no one.
 */
export function needsConfirmation(
  shift: StaffedShift,
  change: 'delete' | { startsAt?: string | Date; endsAt?: string | Date },
): boolean {
  if (shift.agentNames.length === 0) return false;
  return change === 'delete' || movesShift(shift, change);
}

/** « Karim Benali », « Karim Benali et Élodie Martin », « A, B et C ». */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** « 1 agent est affecté (Karim Benali) », « 2 agents sont affectés (Karim Benali et Élodie Martin) ». */
export function agentsOnShift(names: readonly string[]): string {
  const count = names.length;
  const who = count === 1 ? '1 agent est affecté' : `${count} agents sont affectés`;
  return `${who} à ce créneau (${frenchList(names)})`;
}

/**
 * The question asked before the change, and the refusal's detail when it was not confirmed:
 * « 2 agents sont affectés à ce créneau (A et B) : confirmez la suppression ; ils en seront prévenus. »
 */
export function confirmationDetail(kind: ShiftChangeKind, names: readonly string[]): string {
  const what = kind === 'delete' ? 'la suppression' : 'le changement d’horaires';
  const told = names.length === 1 ? 'il en sera prévenu' : 'ils en seront prévenus';
  return `${agentsOnShift(names)} : confirmez ${what} ; ${told} dans « Mon planning ».`;
}

/** What a roster change tells the agent of a deleted shift: « Fête de la Musique du 21/06/2026 18:00–01:00 annulé ». */
export function cancelledSummary(label: string, when: string): string {
  return `${label} du ${when} annulé`;
}

/**
 * The instants of a shift given by its local date and wall-clock times in `zone`: an end at or
 * before the start is the next day's (a night, an evening that runs past midnight). Null while a
 * part is not a date or an `HH:mm` time.
 */
export function shiftInstants(
  date: string,
  startTime: string,
  endTime: string,
  zone: string,
): { startsAt: string; endsAt: string } | null {
  const time = PLANNING_PATTERNS.localTime;
  if (!time.test(startTime) || !time.test(endTime) || !isIsoDate(date)) return null;
  const endDay = endTime <= startTime ? addDays(date, 1) : date;
  const startsAt = localIso(`${date}T${startTime}`, zone);
  const endsAt = localIso(`${endDay}T${endTime}`, zone);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

/** A need the shift's requirements cannot meet: its field, French message and error code. */
export interface RequirementProblem {
  field: string;
  message: string;
  code: 'REQUIREMENT_REPEATED' | 'REQUIREMENT_ABOVE_MIN_AGENTS';
}

/**
 * The first problem of a shift's (or a type's) qualified needs, or null: a qualification listed
 * twice, or asked of more agents than the shift's minimum (it could never be met).
 */
export function requirementProblem(
  minAgents: number,
  requirements: readonly { kind: string; count: number }[],
): RequirementProblem | null {
  const kinds = requirements.map((requirement) => requirement.kind);
  if (new Set(kinds).size !== kinds.length) {
    return {
      field: 'requirements',
      message: 'une même qualification figure deux fois',
      code: 'REQUIREMENT_REPEATED',
    };
  }
  const excessive = requirements.findIndex((requirement) => requirement.count > Math.max(minAgents, 1));
  if (excessive >= 0) {
    return {
      field: `requirements.${excessive}.count`,
      message: 'dépasse le nombre minimum d’agents du créneau',
      code: 'REQUIREMENT_ABOVE_MIN_AGENTS',
    };
  }
  return null;
}
