import {
  CAMERA_KIND_LABELS,
  CAMERA_STATUS_LABELS,
  type CameraKind,
  CameraStatus,
  FOOTAGE_AUTHORITY_LABELS,
  FOOTAGE_STATUS_LABELS,
  type FootageAuthority,
  type FootageRequestResponse,
  FootageStatus,
  type FootageUrgency,
  footageUrgency,
  formatInstantFr,
  localDateOf,
  localTimeOf,
} from '@vigie/shared';

import type { PillTone } from '../../shared/ui/status-pill';

/** The words and colours of video-protection: statuses, countdowns, windows. Pure, tested. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The colour of a camera's status, on the map and in its chip. */
export const CAMERA_STATUS_COLOURS: Record<CameraStatus, string> = {
  [CameraStatus.PLANNED]: '#8a94a6',
  [CameraStatus.INSTALLED]: '#2f6fb3',
  [CameraStatus.ACTIVE]: '#1e8e3e',
  [CameraStatus.OUT_OF_SERVICE]: '#c5221f',
  [CameraStatus.REMOVED]: '#5f6368',
};

export function cameraStatusLabel(status: CameraStatus): string {
  return CAMERA_STATUS_LABELS[status] ?? status;
}

export function cameraKindLabel(kind: CameraKind): string {
  return CAMERA_KIND_LABELS[kind] ?? kind;
}

export function authorityLabel(authority: FootageAuthority): string {
  return FOOTAGE_AUTHORITY_LABELS[authority] ?? authority;
}

/** Refused and expired requests are both over: one grey. */
export const FOOTAGE_STATUS_TONES: Record<FootageStatus, PillTone> = {
  [FootageStatus.REQUESTED]: 'warning',
  [FootageStatus.EXTRACTED]: 'info',
  [FootageStatus.DELIVERED]: 'ok',
  [FootageStatus.REFUSED]: 'muted',
  [FootageStatus.EXPIRED]: 'muted',
};

export function footageStatusLabel(status: FootageStatus): string {
  return FOOTAGE_STATUS_LABELS[status] ?? status;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A duration as a countdown reads: « 3 j 04 h 12 min » beyond a day, « 11 h 44 min 03 s » within
 * one, « 4 min 09 s » within the hour (without the seconds for a text that does not run).
 * Negative durations read as zero.
 */
export function durationText(ms: number, withSeconds = true): string {
  const left = Math.max(0, Math.floor(ms / 1000) * 1000);
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  const seconds = Math.floor((left % MINUTE) / 1000);
  if (days > 0) return `${days} j ${two(hours)} h ${two(minutes)} min`;
  if (!withSeconds) return hours > 0 ? `${hours} h ${two(minutes)} min` : `${minutes} min`;
  if (hours > 0) return `${hours} h ${two(minutes)} min ${two(seconds)} s`;
  return `${minutes} min ${two(seconds)} s`;
}

export interface Countdown {
  /** red under 72 h (critical), amber under a week (soon), grey once gone or done. */
  tone: FootageUrgency;
  /** What the request waits for, in a few words. */
  text: string;
}

/** Where a request stands against the overwrite of its images, at `now`. */
export function countdownOf(
  request: Pick<FootageRequestResponse, 'status' | 'overwriteAt' | 'deliveredAt' | 'extractedAt'>,
  now: Date,
): Countdown {
  const tone = footageUrgency(request.status, request.overwriteAt, now);
  const left = Date.parse(request.overwriteAt) - now.getTime();
  switch (request.status) {
    case FootageStatus.REQUESTED:
      return left > 0
        ? { tone, text: $localize`Écrasement dans ${durationText(left)}` }
        : { tone, text: $localize`Images écrasées le ${formatInstantFr(request.overwriteAt)}` };
    case FootageStatus.EXTRACTED:
      return {
        tone,
        text: request.extractedAt
          ? $localize`Images extraites le ${formatInstantFr(request.extractedAt)}, à remettre`
          : $localize`Images extraites, à remettre`,
      };
    case FootageStatus.DELIVERED:
      return {
        tone,
        text: request.deliveredAt
          ? $localize`Remises le ${formatInstantFr(request.deliveredAt)}`
          : $localize`Remises`,
      };
    case FootageStatus.REFUSED:
      return { tone, text: $localize`Demande refusée` };
    case FootageStatus.EXPIRED:
      return { tone, text: $localize`Images écrasées avant extraction` };
  }
}

/** « 28/10/2026 15:41 → 18:41 », or with the end's date when the window crosses midnight. */
export function windowText(from: string, to: string): string {
  const end = localDateOf(from) === localDateOf(to) ? localTimeOf(to) : formatInstantFr(to);
  return `${formatInstantFr(from)} → ${end}`;
}

/** The time a request last changed (its last event), for sorting the closed ones. */
export function updatedAtOf(request: Pick<FootageRequestResponse, 'events' | 'requestedAt'>): string {
  return request.events.at(-1)?.at ?? request.requestedAt;
}
