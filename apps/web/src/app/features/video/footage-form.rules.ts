import {
  CLOCK_SKEW_MS,
  type CreateFootageRequestDto,
  type FootageAuthority,
  footageOverwriteAt,
  formatInstantFr,
  MAX_FOOTAGE_RETENTION_DAYS,
  MAX_FOOTAGE_WINDOW_HOURS,
} from '@vigie/shared';

import { DATE_TIME_UNREADABLE, instantOfDateTimeField } from '../../shared/time/date-time-field';
import { durationText } from './video-words';

/**
 * Rules of the footage request form, checked in the browser before the API checks them again
 * (the API's retention is the authority; the browser assumes the default of 30 days). Pure.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The window around the facts of an entry: a quarter of an hour before, three quarters after, not past now. */
export function defaultWindow(occurredAt: string, now: Date): { from: string; to: string } {
  const at = Date.parse(occurredAt);
  const to = Math.min(at + 45 * MINUTE, now.getTime());
  const from = Math.min(at - 15 * MINUTE, to - 15 * MINUTE);
  return { from: formatInstantFr(new Date(from)), to: formatInstantFr(new Date(to)) };
}

export interface WindowErrors {
  from?: string;
  to?: string;
}

/** What is wrong with a window typed as Paris wall-clock times, field by field. */
export function windowErrors(from: string, to: string, now: Date): WindowErrors {
  const errors: WindowErrors = {};
  const start = from ? instantOfDateTimeField(from) : null;
  const end = to ? instantOfDateTimeField(to) : null;
  if (!from) errors.from = $localize`Indiquez le début de la période.`;
  else if (!start) errors.from = DATE_TIME_UNREADABLE;
  if (!to) errors.to = $localize`Indiquez la fin de la période.`;
  else if (!end) errors.to = DATE_TIME_UNREADABLE;
  if (!start || !end) return errors;
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (endMs <= startMs) errors.to = $localize`La fin doit être après le début.`;
  else if (endMs - startMs > MAX_FOOTAGE_WINDOW_HOURS * HOUR)
    errors.to = $localize`${MAX_FOOTAGE_WINDOW_HOURS} heures au plus par réquisition.`;
  else if (endMs > now.getTime() + CLOCK_SKEW_MS)
    errors.to = $localize`La fin ne peut pas être dans le futur : les images n’existent pas encore.`;
  const overwriteAt = footageOverwriteAt(start, MAX_FOOTAGE_RETENTION_DAYS);
  if (overwriteAt.getTime() <= now.getTime()) {
    errors.from = $localize`Trop tard : ces images ont été écrasées le ${formatInstantFr(overwriteAt.toISOString())} (conservation ${MAX_FOOTAGE_RETENTION_DAYS} jours).`;
  }
  return errors;
}

/** « Images écrasées le 27/11/2026 15:41, dans 11 h 44 min », under the window's start; null when unreadable or past. */
export function overwriteHint(from: string, now: Date): string | null {
  const start = from ? instantOfDateTimeField(from) : null;
  if (!start) return null;
  const overwriteAt = footageOverwriteAt(start, MAX_FOOTAGE_RETENTION_DAYS);
  const left = overwriteAt.getTime() - now.getTime();
  if (left <= 0) return null;
  return $localize`Images écrasées le ${formatInstantFr(overwriteAt.toISOString())}, dans ${durationText(left, false)}`;
}

export interface FootageFormValue {
  cameraId: string;
  from: string;
  to: string;
  authority: FootageAuthority | '';
  reason: string;
  reference: string;
}

/** The request the API expects; the times as instants with their offset. */
export function toFootageDto(value: FootageFormValue, incidentId?: string): CreateFootageRequestDto {
  const dto: CreateFootageRequestDto = {
    cameraId: value.cameraId,
    from: instantOfDateTimeField(value.from) ?? value.from,
    to: instantOfDateTimeField(value.to) ?? value.to,
    authority: value.authority as FootageAuthority,
    reason: value.reason.trim(),
  };
  if (value.reference.trim()) dto.reference = value.reference.trim();
  if (incidentId) dto.incidentId = incidentId;
  return dto;
}
