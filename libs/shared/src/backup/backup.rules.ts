import { addMonths, weekStart } from '../common/calendar/local-date';
import { formatInstantFr, localDateOf, SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';

/** Past this age, the last backup is too old: the dashboard warns (a night missed, and more). */
export const BACKUP_STALE_HOURS = 36;

/** How many archives the rotation keeps: the newest of each of the last N days, weeks, months. */
export interface BackupPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { daily: 7, weekly: 4, monthly: 12 };

/**
 * The longest legal duration of what an archive holds, in months: the main courante's entries,
 * 3 years from their recording (CNIL, délibération n° 2008-304 du 17 juillet 2008, autorisation
 * unique AU-016 des traitements de police municipale; RETENTION_INCIDENT_YEARS). Everything else
 * an archive holds (audit trail, candidates, footage register) is kept less long in Vigie, and a
 * restore purges it again before serving.
 */
export function maxBackupAgeMonths(incidentYears: number): number {
  return incidentYears * 12;
}

/** A policy whose monthly archives would outlive the main courante's retention: refused, in French. */
export function backupPolicyProblem(policy: BackupPolicy, incidentYears: number): string | null {
  const max = maxBackupAgeMonths(incidentYears);
  if (policy.monthly > max) {
    return (
      `BACKUP_KEEP_MONTHLY : ${policy.monthly} mois dépasse la conservation de la main courante ` +
      `(${max} mois, RETENTION_INCIDENT_YEARS) : une sauvegarde ne doit pas survivre à ce qu’elle contient`
    );
  }
  if (policy.daily + policy.weekly + policy.monthly === 0) {
    return 'BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY : au moins une sauvegarde doit être gardée';
  }
  return null;
}

const ARCHIVE_PREFIX = 'vigie-';
export const ARCHIVE_EXTENSION = '.vigie-backup';
export const MANIFEST_EXTENSION = '.manifest.json';

/** `vigie-2026-06-15T01-30-00Z.vigie-backup`: its UTC time, sortable, no colon (any file system). */
export function archiveFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${ARCHIVE_PREFIX}${stamp}${ARCHIVE_EXTENSION}`;
}

/** The manifest written beside an archive. */
export function manifestFileName(archive: string): string {
  const base = archive.endsWith(ARCHIVE_EXTENSION) ? archive.slice(0, -ARCHIVE_EXTENSION.length) : archive;
  return `${base}${MANIFEST_EXTENSION}`;
}

/** The time an archive's name says, or null for a file that is not one of Vigie's archives. */
export function archiveTime(fileName: string): Date | null {
  const match = /^vigie-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.vigie-backup$/.exec(fileName);
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * The rotation (grandfather-father-son): the newest archive of each of the last `daily` days that
 * have one, of the last `weekly` ISO weeks, of the last `monthly` months (days, weeks and months
 * of Paris), and always the newest of all. Nothing older than `maxAgeMonths` is kept, whatever
 * the counts say. Files that are not archives are never touched. Pure.
 */
export function rotateArchives(
  fileNames: readonly string[],
  policy: BackupPolicy,
  now: Date,
  maxAgeMonths: number,
  zone: string = SERVICE_TIME_ZONE,
): { keep: string[]; drop: string[] } {
  const archives = fileNames
    .map((name) => ({ name, at: archiveTime(name) }))
    .filter((archive): archive is { name: string; at: Date } => archive.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const oldestAllowed = addMonths(localDateOf(now, zone), -maxAgeMonths);
  const keep = new Set<string>();
  const bucket = (count: number, key: (day: string) => string): void => {
    const seen = new Set<string>();
    for (const archive of archives) {
      if (seen.size >= count) break;
      const period = key(localDateOf(archive.at, zone));
      if (seen.has(period)) continue;
      seen.add(period);
      keep.add(archive.name);
    }
  };
  bucket(policy.daily, (day) => day);
  bucket(policy.weekly, (day) => weekStart(day));
  bucket(policy.monthly, (day) => day.slice(0, 7));
  if (archives.length > 0) keep.add(archives[0].name);
  for (const archive of archives) {
    if (localDateOf(archive.at, zone) < oldestAllowed) keep.delete(archive.name);
  }
  return {
    keep: archives.filter((a) => keep.has(a.name)).map((a) => a.name),
    drop: archives.filter((a) => !keep.has(a.name)).map((a) => a.name),
  };
}

export type BackupState = 'OK' | 'STALE' | 'FAILED' | 'NEVER';

/**
 * What the dashboard says of the backups: the last attempt failed, the last success is older
 * than 36 hours, there was never one, or all is well. Pure; times are ISO instants.
 */
export function backupState(
  lastSuccessAt: string | null,
  lastAttempt: { at: string; ok: boolean; error: string | null } | null,
  now: Date,
): { state: BackupState; message: string } {
  const when = (iso: string): string => formatInstantFr(iso);
  if (lastAttempt && !lastAttempt.ok) {
    const since = lastSuccessAt ? ` Dernière sauvegarde réussie : ${when(lastSuccessAt)}.` : '';
    return {
      state: 'FAILED',
      message: `La sauvegarde du ${when(lastAttempt.at)} a échoué${lastAttempt.error ? ` : ${lastAttempt.error.replace(/\.$/, '')}.` : '.'}${since}`,
    };
  }
  if (!lastSuccessAt) return { state: 'NEVER', message: 'Aucune sauvegarde n’a encore été faite.' };
  const hours = (now.getTime() - Date.parse(lastSuccessAt)) / 3_600_000;
  if (hours > BACKUP_STALE_HOURS) {
    return {
      state: 'STALE',
      message: `Dernière sauvegarde le ${when(lastSuccessAt)}, il y a plus de ${BACKUP_STALE_HOURS} heures.`,
    };
  }
  return { state: 'OK', message: `Dernière sauvegarde le ${when(lastSuccessAt)}.` };
}

/** What a manifest says of its archive (JSON beside it). */
export interface BackupManifest {
  format: 'vigie-backup';
  formatVersion: 1;
  vigieVersion: string;
  createdAt: string;
  /** The last migration of the schema the archive was made on. */
  migration: string;
  /** The main courante's chain at the archive's snapshot. */
  chain: { head: { seq: number; hash: string } | null; entries: number; links: number };
  /** Rows per table. */
  tables: Record<string, number>;
  archive: { file: string; bytes: number; sha256: string; encrypted: boolean };
}

/** A manifest read from JSON, or the French reason it is none. Pure. */
export function parseManifest(json: string): BackupManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'Le manifeste n’est pas du JSON lisible.';
  }
  const m = value as Partial<BackupManifest> | null;
  if (!m || typeof m !== 'object' || m.format !== 'vigie-backup') {
    return 'Ce manifeste n’est pas celui d’une sauvegarde de Vigie.';
  }
  if (m.formatVersion !== 1)
    return `Format de sauvegarde ${String(m.formatVersion)} inconnu de cette version de Vigie.`;
  const archive = m.archive;
  if (
    !archive ||
    typeof archive.file !== 'string' ||
    typeof archive.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(archive.sha256) ||
    typeof archive.bytes !== 'number' ||
    typeof archive.encrypted !== 'boolean'
  ) {
    return 'Le manifeste ne dit pas l’empreinte SHA-256 de son archive.';
  }
  if (typeof m.migration !== 'string' || !m.chain || typeof m.chain.entries !== 'number') {
    return 'Le manifeste est incomplet (migration, chaîne).';
  }
  return m as BackupManifest;
}
