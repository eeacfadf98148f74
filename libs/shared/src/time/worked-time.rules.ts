import { calendarOf } from '../common/calendar/zone-calendar';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import type { Interval } from './time-account.rules';

const HOUR_MS = 3_600_000;

/** A worked record is at most a day, like a shift (the table checks it too). */
export const MAX_WORKED_HOURS = 24;

/**
 * Is this worked time acceptable for this shift? The French message of the first problem, else
 * null. Only once the shift's day has begun (one does not record what has not been worked); the
 * times in order, 24 h at most, and starting within a day of the shift's start (a record is about
 * that shift, not another day).
 */
export function workedTimesProblem(
  worked: Interval,
  shift: Interval,
  now: number,
  timeZone: string = SERVICE_TIME_ZONE,
): { code: 'WORKED_IN_FUTURE' | 'WORKED_TIMES_INVALID'; field: string; message: string } | null {
  const calendar = calendarOf(timeZone);
  if (calendar.localDate(shift.start) > calendar.localDate(now)) {
    return {
      code: 'WORKED_IN_FUTURE',
      field: 'startsAt',
      message:
        'Le service n’a pas encore commencé : on ne saisit le temps travaillé qu’à partir de son jour.',
    };
  }
  if (!(worked.end > worked.start)) {
    return { code: 'WORKED_TIMES_INVALID', field: 'endsAt', message: 'la fin doit suivre le début' };
  }
  if (worked.end - worked.start > MAX_WORKED_HOURS * HOUR_MS) {
    return { code: 'WORKED_TIMES_INVALID', field: 'endsAt', message: '24 heures au plus' };
  }
  if (Math.abs(worked.start - shift.start) > MAX_WORKED_HOURS * HOUR_MS) {
    return {
      code: 'WORKED_TIMES_INVALID',
      field: 'startsAt',
      message: 'le début doit être à moins de 24 heures de celui du service',
    };
  }
  return null;
}

/** An interval of the agent's time that a worked record may not overlap, with its label. */
export interface BusyInterval extends Interval {
  label: string;
}

/**
 * The first of the agent's other shifts or worked records this worked time overlaps, as a French
 * rule message; null when none. An agent cannot have worked two places at once.
 */
export function workedOverlapProblem(
  worked: Interval,
  busy: readonly BusyInterval[],
  timeZone: string = SERVICE_TIME_ZONE,
): string | null {
  const calendar = calendarOf(timeZone);
  const clash = busy
    .filter((other) => other.start < worked.end && other.end > worked.start)
    .sort((a, b) => a.start - b.start)[0];
  if (!clash) return null;
  const from = calendar.format(clash.start, 'dd/MM/yyyy HH:mm');
  const to = calendar.format(clash.end, 'HH:mm');
  return `Ces heures chevauchent ${clash.label} du ${from} à ${to} : un agent ne travaille pas à deux endroits à la fois.`;
}
