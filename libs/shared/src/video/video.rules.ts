import { CameraKind, CameraStatus, FootageStatus } from './video.enum';

const HOUR = 3_600_000;

/** A camera's code: `NOM-01`, `FIX-BOURG-03`… (capitals, digits, dashes; the API and the form check it). */
export const CAMERA_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

/** The legal maximum, and the default, of the images' retention (days): CSI L252-5 (one month). */
export const MAX_FOOTAGE_RETENTION_DAYS = 30;

/**
 * Years the footage register (requests, extractions, deliveries, refusals, destructions) is kept
 * after its images were overwritten. CSI R252-11 requires the register but sets no duration (checked
 * on the CSI's text); 3 years is the duration the CSI sets for the analogous registers of
 * consultations and extractions of police cameras (R241-5, body cameras of the police nationale and
 * gendarmerie; its police municipale counterpart in the same chapter, number not checked). Configurable.
 */
export const FOOTAGE_REGISTER_YEARS = 3;
/** A footage request covers at most this window. */
export const MAX_FOOTAGE_WINDOW_HOURS = 24;
/** Under this much time before the overwrite, a request is flagged red. */
export const FOOTAGE_CRITICAL_HOURS = 72;

/**
 * The moment the recorder overwrites the first image of the window: images are kept
 * `retentionDays` days from the instant they are recorded.
 */
export function footageOverwriteAt(windowStart: Date | string, retentionDays: number): Date {
  return new Date(new Date(windowStart).getTime() + retentionDays * 24 * HOUR);
}

/** The statuses a request may move to from each status (EXPIRED is set by the expiry job only). */
export const FOOTAGE_TRANSITIONS: Record<FootageStatus, readonly FootageStatus[]> = {
  [FootageStatus.REQUESTED]: [FootageStatus.EXTRACTED, FootageStatus.REFUSED],
  [FootageStatus.EXTRACTED]: [FootageStatus.DELIVERED, FootageStatus.REFUSED],
  [FootageStatus.DELIVERED]: [],
  [FootageStatus.REFUSED]: [],
  [FootageStatus.EXPIRED]: [],
};

export function canMoveFootage(from: FootageStatus, to: FootageStatus): boolean {
  return FOOTAGE_TRANSITIONS[from].includes(to);
}

/** Still waiting for something to be done. */
export function isOpenFootage(status: FootageStatus): boolean {
  return status === FootageStatus.REQUESTED || status === FootageStatus.EXTRACTED;
}

export type FootageUrgency = 'overwritten' | 'critical' | 'soon' | 'ok' | 'closed';

/**
 * How pressing a request is: a request not extracted yet is `critical` under 72 h before the
 * overwrite, `soon` under 7 days, `overwritten` once the images are gone. Extracted footage is
 * safe from the overwrite (`ok` until delivered); closed requests are `closed`.
 */
export function footageUrgency(status: FootageStatus, overwriteAt: Date | string, now: Date): FootageUrgency {
  if (!isOpenFootage(status)) return 'closed';
  if (status === FootageStatus.EXTRACTED) return 'ok';
  const left = new Date(overwriteAt).getTime() - now.getTime();
  if (left <= 0) return 'overwritten';
  if (left < FOOTAGE_CRITICAL_HOURS * HOUR) return 'critical';
  if (left < 7 * 24 * HOUR) return 'soon';
  return 'ok';
}

/** Requests most urgent first: waiting for extraction by overwrite time, then extracted ones, then closed (latest first). */
export function compareFootageUrgency(
  a: { status: FootageStatus; overwriteAt: Date | string; updatedAt: Date | string },
  b: { status: FootageStatus; overwriteAt: Date | string; updatedAt: Date | string },
): number {
  const rank = (status: FootageStatus): number =>
    status === FootageStatus.REQUESTED ? 0 : status === FootageStatus.EXTRACTED ? 1 : 2;
  const byRank = rank(a.status) - rank(b.status);
  if (byRank !== 0) return byRank;
  if (rank(a.status) === 0) return new Date(a.overwriteAt).getTime() - new Date(b.overwriteAt).getTime();
  return new Date(b.updatedAt).getTime() - new Date(a.updatedAt).getTime();
}

/** How many cameras of a kind the service plans to install in a year. */
export interface CameraPlanLine {
  year: number;
  kind: CameraKind;
  planned: number;
}

/** A service's deployment plan (its council's vote): at most one line per year and kind. */
export type CameraPlan = readonly CameraPlanLine[];

/** Lomme's council plan: 6 nomad cameras in 2025, about 30 fixed ones over 2026–2027 (demo). */
export const LOMME_CAMERA_PLAN: CameraPlan = [
  { year: 2025, kind: CameraKind.NOMAD, planned: 6 },
  { year: 2026, kind: CameraKind.FIXED, planned: 14 },
  { year: 2027, kind: CameraKind.FIXED, planned: 16 },
];

/** The index of the first line repeating an earlier line's year and kind, or -1. */
export function repeatedPlanLine(lines: readonly { year: number; kind: CameraKind }[]): number {
  const seen = new Set<string>();
  return lines.findIndex((line) => {
    const key = `${line.year}|${line.kind}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

export interface DeploymentRow {
  year: number;
  kind: CameraKind;
  planned: number;
  /** Cameras registered for that year (whatever their status). */
  registered: number;
  /** Installed at some point: installed, in service or out of service (not planned, not removed). */
  installed: number;
  active: number;
  /** In service and connected to the CSU (the video room). */
  connected: number;
}

/** Plan against the registry, per planned year and kind, years in order. */
export function deployment(
  plan: CameraPlan,
  cameras: readonly {
    kind: CameraKind;
    status: CameraStatus;
    plannedYear: number;
    connectedToCsu: boolean;
  }[],
): DeploymentRow[] {
  const rows = new Map<string, DeploymentRow>();
  const row = (year: number, kind: CameraKind): DeploymentRow => {
    const key = `${year}|${kind}`;
    let found = rows.get(key);
    if (!found) {
      found = { year, kind, planned: 0, registered: 0, installed: 0, active: 0, connected: 0 };
      rows.set(key, found);
    }
    return found;
  };
  for (const line of plan) row(line.year, line.kind).planned += line.planned;
  for (const camera of cameras) {
    const target = row(camera.plannedYear, camera.kind);
    target.registered++;
    if (
      camera.status === CameraStatus.INSTALLED ||
      camera.status === CameraStatus.ACTIVE ||
      camera.status === CameraStatus.OUT_OF_SERVICE
    )
      target.installed++;
    if (camera.status === CameraStatus.ACTIVE) {
      target.active++;
      if (camera.connectedToCsu) target.connected++;
    }
  }
  return [...rows.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}
