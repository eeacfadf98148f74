import { DataSource } from 'typeorm';

import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { prepareData } from '../../src/database/seed/prepare-data';
import { createTestDatabase } from '../support/test-database';

/** A fresh migrated database, its DataSource, dropped afterwards. */
async function withDatabase(work: (dataSource: DataSource, url: string) => Promise<void>): Promise<void> {
  const database = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  try {
    await work(dataSource, database.url);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

describe('production start-up', () => {
  it('refuses to start while demo accounts still have the demo password, and starts once they are changed', () =>
    withDatabase(async (dataSource, url) => {
      await prepareData(
        dataSource,
        loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, VIGIE_DEMO: '1' }),
      );
      const production = loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        JWT_SECRET: 'a-real-secret-of-at-least-32-characters!',
      });
      await expect(prepareData(dataSource, production)).rejects.toThrow(
        /Comptes de démonstration actifs en production \(chef, superviseur, agent, rh, chef\.pluri, plateforme\)/,
      );
      await dataSource.query(`UPDATE app_user SET disabled = true`);
      // The platform's account has no user to disable: its password is changed.
      await dataSource.query(`UPDATE account SET password_hash = 'changé' WHERE platform`);
      await expect(prepareData(dataSource, production)).resolves.toEqual([]);
    }));

  it('seeds the demo data once, whatever the number of starts', () =>
    withDatabase(async (dataSource, url) => {
      const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, VIGIE_DEMO: '1' });
      expect(await prepareData(dataSource, config)).toEqual([
        'services',
        'territory',
        'pooled-territory',
        'school-calendar',
        'pooled-school-calendar',
        'accounts',
        'staff',
        'targets',
        'recruitments',
        'planning',
        'incidents',
        'video',
        'armoury',
        'pooled-service',
        'secondment',
        'pooled-roster',
      ]);
      expect(await prepareData(dataSource, config)).toEqual([]);
      // Lomme's four accounts, and the pooled chief's user in each of his two services.
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(6);
    }));

  it('does not seed a configured database without VIGIE_DEMO=1', () =>
    withDatabase(async (dataSource, url) => {
      expect(
        await prepareData(dataSource, loadConfig({ NODE_ENV: 'development', DATABASE_URL: url })),
      ).toEqual([]);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(0);
    }));
});
