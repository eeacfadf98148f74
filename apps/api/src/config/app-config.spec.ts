import { ConfigError, DEMO_JWT_SECRET, loadConfig } from './app-config';

describe('configuration', () => {
  it('defaults to the embedded database with demo data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      production: false,
      jwtSecret: DEMO_JWT_SECRET,
    });
  });

  it('uses DATABASE_URL without demo data unless VIGIE_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/vigie' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/vigie', VIGIE_DEMO: '1' }).demo).toBe(true);
  });

  it('names the bad variable in a French message', () => {
    expect(() => loadConfig({ PORT: 'soixante' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL : doit être une URL postgres/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'court' })).toThrow(
      /JWT_SECRET : doit contenir au moins 32 caractères/,
    );
  });

  describe('in production', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/vigie' };

    it('refuses to start without a JWT secret or with the demo one', () => {
      expect(() => loadConfig(production)).toThrow(/JWT_SECRET : obligatoire en production/);
      expect(() => loadConfig({ ...production, JWT_SECRET: DEMO_JWT_SECRET })).toThrow(/JWT_SECRET/);
    });

    it('refuses the demo accounts', () => {
      expect(() => loadConfig({ ...production, JWT_SECRET: 'x'.repeat(40), VIGIE_DEMO: '1' })).toThrow(
        /VIGIE_DEMO : les comptes de démonstration sont refusés en production/,
      );
    });

    it('refuses the embedded database', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
        /DATABASE_URL : obligatoire/,
      );
    });

    it('starts with a real secret and a database', () => {
      const config = loadConfig({ ...production, JWT_SECRET: 'x'.repeat(40) });
      expect(config).toMatchObject({ production: true, demo: false });
    });
  });
});
