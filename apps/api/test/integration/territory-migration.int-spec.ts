import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { MIGRATIONS } from '../../src/database/migrations';

const LOMME = '00000000-0000-4000-8000-000000059355';
const POOLED = '00000000-0000-4000-8000-000000059356';
const LYON = '00000000-0000-4000-8000-000000069123';

/**
 * A deployment from before the services' territories (Lomme's six quartiers were CHECK
 * constraints) and their own calendars and camera plans (one zone, one plan for the deployment):
 * the upgrade gives every existing service its quartiers, its zone, a copy of its zone's holidays
 * and its plan, and keeps every entry and camera filed where it was.
 */
describe('the territories’ migration on an existing database', () => {
  let server: EmbeddedPostgres;
  let db: DataSource;

  beforeAll(async () => {
    server = await EmbeddedPostgres.start({
      dataDir: join(await mkdtemp(join(tmpdir(), 'vigie-territory-')), 'pg'),
      ephemeral: true,
      database: 'vigie',
    });
    const last = MIGRATIONS.findIndex((migration) => migration.name === 'ServiceTerritory1797000000000');
    expect(last).toBeGreaterThan(0);
    const before = new DataSource({
      ...dataSourceOptions(server.url('vigie')),
      migrations: MIGRATIONS.slice(0, last),
    });
    await before.initialize();
    await before.runMigrations();
    // Lomme (made by the tenancy migration) with an entry and a camera; a pooled service whose
    // camera was filed, then, under one of Lomme's quartiers (the only ones there were).
    await before.query(
      `INSERT INTO service (id, name, kind, insee_codes) VALUES ($1, 'Police pluricommunale de Lompret, Prémesques et Verlinghem', 'POOLED', ARRAY['59356', '59470', '59611'])
       ON CONFLICT DO NOTHING`,
      [POOLED],
    );
    await before.query(
      `INSERT INTO service (id, name, kind, insee_codes) VALUES ($1, 'Police municipale de Lomme', 'COMMUNE', ARRAY['59355']) ON CONFLICT DO NOTHING`,
      [LOMME],
    );
    await before.query(
      `INSERT INTO service (id, name, kind, insee_codes) VALUES ($1, 'Police municipale de Lyon', 'COMMUNE', ARRAY['69123'])`,
      [LYON],
    );
    for (const [service, code, quartier] of [
      [LOMME, 'FIX-01', 'CANTELEU'],
      [POOLED, 'FIX-01', 'BOURG'],
    ]) {
      await before.query(
        `INSERT INTO camera (service_id, code, kind, label, quartier, lat, lng, status, planned_year, version)
         VALUES ($1, $2, 'FIXED', 'Mairie', $3, 50.64, 3.0, 'PLANNED', 2027, 1)`,
        [service, code, quartier],
      );
    }
    await before.destroy();
    db = new DataSource(dataSourceOptions(server.url('vigie')));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await server?.destroy();
  });

  it('gives Lomme its six quartiers and box, another service its communes, and keeps what its rows name', async () => {
    const quartiers = await db.query(
      `SELECT service_id AS service, code, label, retired, outline IS NOT NULL AS drawn FROM service_quartier ORDER BY service_id, position`,
    );
    const lomme = quartiers.filter((q: { service: string }) => q.service === LOMME);
    expect(lomme.map(({ code, label }: Record<string, unknown>) => [code, label])).toEqual([
      ['BOURG', 'Bourg'],
      ['MITTERIE', 'Mitterie'],
      ['DELIVRANCE', 'Délivrance'],
      ['MONT_A_CAMP', 'Mont-à-Camp'],
      ['MARAIS', 'Marais'],
      ['CANTELEU', 'Canteleu'],
    ]);
    expect(lomme.every((q: { retired: boolean; drawn: boolean }) => !q.retired && q.drawn)).toBe(true);
    expect(
      quartiers
        .filter((q: { service: string }) => q.service === POOLED)
        .map(({ code, label, retired, drawn }: Record<string, unknown>) => ({ code, label, retired, drawn })),
    ).toEqual([
      { code: 'LOMPRET', label: 'Lompret', retired: false, drawn: false },
      { code: 'PREMESQUES', label: 'Prémesques', retired: false, drawn: false },
      { code: 'VERLINGHEM', label: 'Verlinghem', retired: false, drawn: false },
      // What its camera was filed under stays, retired: it is not offered again.
      { code: 'BOURG', label: 'BOURG', retired: true, drawn: false },
    ]);
    const areas = await db.query(
      `SELECT id, area_south AS south, area_north AS north, area_west AS west, area_east AS east FROM service WHERE id <> $1 ORDER BY id`,
      [LYON],
    );
    expect(areas).toEqual([
      { id: LOMME, south: 50.625, north: 50.672, west: 2.955, east: 3.035 },
      { id: POOLED, south: null, north: null, west: null, east: null },
    ]);
    // The database now refuses a quartier the row's service does not have.
    await expect(
      db.query(`UPDATE camera SET quartier = 'LOMPRET' WHERE service_id = $1`, [LOMME]),
    ).rejects.toThrow(/fk_camera_quartier/);
  });

  it('gives each service its académie’s zone, a copy of the holidays shipped for it, and Lomme its council’s plan', async () => {
    const zones = await db.query(`SELECT id, school_zone AS zone FROM service ORDER BY id`);
    expect(zones).toEqual([
      { id: LOMME, zone: 'B' },
      { id: POOLED, zone: 'B' },
      { id: LYON, zone: 'A' },
    ]);
    const holidays = await db.query(
      `SELECT service_id AS service, count(*)::int AS periods, min(start_date)::text AS first FROM school_holiday GROUP BY service_id ORDER BY service_id`,
    );
    // Zone B's calendar, once per service of the zone; none for zone A (none was shipped).
    expect(holidays).toEqual([
      { service: LOMME, periods: 13, first: '2025-07-05' },
      { service: POOLED, periods: 13, first: '2025-07-05' },
    ]);
    expect(
      await db.query(`SELECT service_id AS service, year, kind, planned FROM camera_plan ORDER BY year`),
    ).toEqual([
      { service: LOMME, year: 2025, kind: 'NOMAD', planned: 6 },
      { service: LOMME, year: 2026, kind: 'FIXED', planned: 14 },
      { service: LOMME, year: 2027, kind: 'FIXED', planned: 16 },
    ]);
  });
});
