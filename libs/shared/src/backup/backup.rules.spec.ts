import {
  archiveFileName,
  archiveTime,
  backupPolicyProblem,
  backupState,
  DEFAULT_BACKUP_POLICY,
  manifestFileName,
  maxBackupAgeMonths,
  parseManifest,
  rotateArchives,
} from './backup.rules';

/** One archive a night at 01:30 UTC (03:30 Paris in summer), from `first` for `nights` nights. */
function nightly(first: string, nights: number): string[] {
  const start = Date.parse(`${first}T01:30:00Z`);
  return Array.from({ length: nights }, (_, i) => archiveFileName(new Date(start + i * 86_400_000)));
}

describe('backup archives: names', () => {
  it('names an archive with its UTC time, and reads the time back', () => {
    const at = new Date('2026-06-15T01:30:07.123Z');
    const name = archiveFileName(at);
    expect(name).toBe('vigie-2026-06-15T01-30-07Z.vigie-backup');
    expect(archiveTime(name)?.toISOString()).toBe('2026-06-15T01:30:07.000Z');
    expect(manifestFileName(name)).toBe('vigie-2026-06-15T01-30-07Z.manifest.json');
  });

  it('does not take another file for an archive', () => {
    expect(archiveTime('notes.txt')).toBeNull();
    expect(archiveTime('vigie-2026-06-15T01-30-07Z.manifest.json')).toBeNull();
    expect(archiveTime('vigie-2026-13-45T01-30-07Z.vigie-backup')).toBeNull();
  });
});

describe('backup archives: rotation (7 daily, 4 weekly, 12 monthly)', () => {
  const now = new Date('2026-06-15T02:00:00Z');
  const max = maxBackupAgeMonths(3);

  it('keeps the last 7 nights, the newest of each of 4 weeks and of each of 12 months', () => {
    const names = nightly('2025-01-01', 531); // up to 2026-06-15
    const { keep, drop } = rotateArchives(names, DEFAULT_BACKUP_POLICY, now, max);
    expect(keep.length + drop.length).toBe(531);
    expect(keep.slice(0, 7)).toEqual(names.slice(-7).reverse());
    // The newest of each week (ISO, Monday-based) and month, newest first.
    const days = keep.map((name) => archiveTime(name)!.toISOString().slice(0, 10));
    // Four ISO weeks: this one (today's), then the Sundays closing the three before.
    expect(days).toEqual(expect.arrayContaining(['2026-06-14', '2026-06-07', '2026-05-31']));
    expect(days).not.toContain('2026-05-24');
    expect(days).toContain('2025-07-31'); // 12th month back
    expect(days).not.toContain('2025-06-30');
    expect(new Set(keep).size).toBe(keep.length);
    // 7 days + 2 more weeks (the current two are among the days) + 11 more months at most.
    expect(keep.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.length).toBeGreaterThanOrEqual(18);
  });

  it('keeps everything while there are fewer archives than the policy asks', () => {
    const names = nightly('2026-06-12', 4);
    expect(rotateArchives(names, DEFAULT_BACKUP_POLICY, now, max).drop).toEqual([]);
  });

  it('keeps the newest archive of a day when several were made', () => {
    const names = [
      'vigie-2026-06-14T01-30-00Z.vigie-backup',
      'vigie-2026-06-14T15-00-00Z.vigie-backup',
      'vigie-2026-06-15T01-30-00Z.vigie-backup',
    ];
    const { keep, drop } = rotateArchives(names, { daily: 7, weekly: 0, monthly: 0 }, now, max);
    expect(keep).toEqual([names[2], names[1]]);
    expect(drop).toEqual([names[0]]);
  });

  it('never keeps an archive older than the longest legal retention, nor touches other files', () => {
    const names = ['vigie-2023-05-01T01-30-00Z.vigie-backup', 'vigie-2026-06-15T01-30-00Z.vigie-backup'];
    const { keep, drop } = rotateArchives(
      [...names, 'README.txt'],
      { daily: 7, weekly: 4, monthly: 36 },
      now,
      max,
    );
    expect(keep).toEqual([names[1]]);
    expect(drop).toEqual([names[0]]);
  });

  it('refuses a monthly count that would outlive the main courante (3 years)', () => {
    expect(backupPolicyProblem(DEFAULT_BACKUP_POLICY, 3)).toBeNull();
    expect(backupPolicyProblem({ daily: 7, weekly: 4, monthly: 37 }, 3)).toMatch(/BACKUP_KEEP_MONTHLY/);
    expect(backupPolicyProblem({ daily: 0, weekly: 0, monthly: 0 }, 3)).toMatch(/au moins une/);
  });
});

describe('backup state on the dashboard', () => {
  const now = new Date('2026-06-15T10:00:00Z');

  it('is well within 36 hours of the last success', () => {
    const at = '2026-06-14T01:30:00Z';
    expect(backupState(at, { at, ok: true, error: null }, now)).toEqual({
      state: 'OK',
      message: 'Dernière sauvegarde le 14/06/2026 03:30.',
    });
  });

  it('warns past 36 hours, and when the last attempt failed, and when there was none', () => {
    const old = '2026-06-13T21:59:00Z';
    expect(backupState(old, { at: old, ok: true, error: null }, now).state).toBe('STALE');
    const failed = backupState(
      '2026-06-14T01:30:00Z',
      { at: '2026-06-15T01:30:00Z', ok: false, error: 'disque plein' },
      now,
    );
    expect(failed.state).toBe('FAILED');
    expect(failed.message).toBe(
      'La sauvegarde du 15/06/2026 03:30 a échoué : disque plein. Dernière sauvegarde réussie : 14/06/2026 03:30.',
    );
    expect(backupState(null, null, now).state).toBe('NEVER');
  });
});

describe('backup manifest', () => {
  const manifest = {
    format: 'vigie-backup',
    formatVersion: 1,
    vigieVersion: '0.1.0',
    createdAt: '2026-06-15T01:30:00.000Z',
    migration: 'BackupRuns1796500000000',
    chain: { head: { seq: 12, hash: 'a'.repeat(64) }, entries: 10, links: 12 },
    tables: { incident: 10 },
    archive: { file: 'x.vigie-backup', bytes: 100, sha256: 'b'.repeat(64), encrypted: false },
  };

  it('reads a manifest of Vigie', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('refuses, in French, what is not one', () => {
    expect(parseManifest('{')).toMatch(/JSON/);
    expect(parseManifest(JSON.stringify({ format: 'pg_dump' }))).toMatch(/n’est pas celui/);
    expect(parseManifest(JSON.stringify({ ...manifest, formatVersion: 2 }))).toMatch(/inconnu/);
    expect(
      parseManifest(JSON.stringify({ ...manifest, archive: { ...manifest.archive, sha256: 'xyz' } })),
    ).toMatch(/SHA-256/);
  });
});
