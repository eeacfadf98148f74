/** What the chief's dashboard says of the backups (`GET /api/dashboard/backup`). */
export class DashboardBackupResponse {
  /** `OK`; `STALE` (none for 36 h); `FAILED` (the last attempt failed); `NEVER` (none yet). */
  state!: 'OK' | 'STALE' | 'FAILED' | 'NEVER';
  /** One French sentence for the tile. */
  message!: string;
  /** The last successful backup, if any. */
  lastSuccess!: BackupRunResponse | null;
  /** The last attempt, successful or not. */
  lastAttempt!: BackupRunResponse | null;
  /** Hours after which the last backup is too old (36). */
  staleAfterHours!: number;
}

export class BackupRunResponse {
  startedAt!: string;
  finishedAt!: string;
  ok!: boolean;
  /** `NIGHTLY` (the default run's) or `MANUAL` (`npm run backup`). */
  trigger!: 'NIGHTLY' | 'MANUAL';
  /** The archive's file name (no path: the folder is the server's). */
  archive!: string | null;
  bytes!: number | null;
  encrypted!: boolean;
  /** Why it failed, in French. */
  error!: string | null;
}
