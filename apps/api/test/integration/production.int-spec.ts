import { DataSource } from 'typeorm';

import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { prepareData } from '../../src/database/seed/prepare-data';
import { createTestDatabase } from '../support/test-database';

describe('production start-up', () => {
  it('refuses to start while demo accounts still have the demo password, and starts once they are changed', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const development = loadConfig({
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        VIGIE_DEMO: '1',
      });
      await prepareData(dataSource, development);
      const production = loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        JWT_SECRET: 'a-real-secret-of-at-least-32-characters!',
      });
      await expect(prepareData(dataSource, production)).rejects.toThrow(
        /Comptes de démonstration actifs en production \(chef, superviseur, agent, rh\)/,
      );
      await dataSource.query(`UPDATE app_user SET disabled = true`);
      await expect(prepareData(dataSource, production)).resolves.toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('seeds the demo data once, whatever the number of starts', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: database.url, VIGIE_DEMO: '1' });
      expect(await prepareData(dataSource, config)).toEqual(['accounts']);
      expect(await prepareData(dataSource, config)).toEqual([]);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(4);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('does not seed a configured database without VIGIE_DEMO=1', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      expect(
        await prepareData(dataSource, loadConfig({ NODE_ENV: 'development', DATABASE_URL: database.url })),
      ).toEqual([]);
      const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM app_user');
      expect(count).toBe(0);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
