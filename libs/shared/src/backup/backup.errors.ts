import type { ProblemCategory } from '../common/common.errors';

/**
 * Backup and restore error codes, each with its category. They are said by `npm run backup` and
 * `npm run restore` (a French message and a non-zero exit), not over HTTP. Pure.
 */
export const BACKUP_ERRORS = {
  /** No manifest beside the archive: nothing to check its SHA-256 against. */
  BACKUP_MANIFEST_MISSING: 'VALIDATION',
  /** The archive's SHA-256 is not its manifest's: damaged, truncated or replaced. */
  BACKUP_CHECKSUM_MISMATCH: 'VALIDATION',
  /** Not an archive of Vigie (another file, or one cut short). */
  BACKUP_NOT_AN_ARCHIVE: 'VALIDATION',
  /** An encrypted archive without VIGIE_BACKUP_KEY, or with another key. */
  BACKUP_KEY_REFUSED: 'VALIDATION',
  /** An archive made by a newer Vigie, whose schema this one does not know. */
  BACKUP_SCHEMA_UNKNOWN: 'RULE_VIOLATION',
  /** The target database already holds data, and `--force` was not given. */
  BACKUP_TARGET_NOT_EMPTY: 'CONFLICT',
  /** The target is served by a running Vigie (embedded server up). */
  BACKUP_TARGET_IN_USE: 'CONFLICT',
  /** The restoring role cannot suspend triggers for the load (not superuser). */
  BACKUP_RESTORE_ROLE: 'RULE_VIOLATION',
  /** The restored chain does not verify, or not to the manifest's head. */
  BACKUP_CHAIN_MISMATCH: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;

export type BackupErrorCode = keyof typeof BACKUP_ERRORS;
