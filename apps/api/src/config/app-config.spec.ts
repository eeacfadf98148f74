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

  // Issue 23: the footage register is kept 3 years after its images were overwritten, not 30 days.
  it('keeps the footage register 3 years after overwrite, candidates 3 months, the audit a year, entries 3 years — unless configured', () => {
    expect(loadConfig({}).retention).toEqual({
      footageRegisterYears: 3,
      candidateMonths: 3,
      auditMonths: 12,
      incidentYears: 3,
      armouryLogYears: 5,
    });
    expect(
      loadConfig({
        RETENTION_FOOTAGE_REGISTER_YEARS: '5',
        RETENTION_CANDIDATE_MONTHS: '6',
        RETENTION_AUDIT_MONTHS: '24',
        RETENTION_INCIDENT_YEARS: '5',
        RETENTION_ARMOURY_LOG_YEARS: '10',
      }).retention,
    ).toEqual({
      footageRegisterYears: 5,
      candidateMonths: 6,
      auditMonths: 24,
      incidentYears: 5,
      armouryLogYears: 10,
    });
    expect(() => loadConfig({ RETENTION_ARMOURY_LOG_YEARS: '0' })).toThrow(/RETENTION_ARMOURY_LOG_YEARS/);
    expect(() => loadConfig({ RETENTION_FOOTAGE_REGISTER_YEARS: '0' })).toThrow(
      /RETENTION_FOOTAGE_REGISTER_YEARS/,
    );
    // The former variable deleted the register 30 days after its images: refused, with its successor named.
    expect(() => loadConfig({ RETENTION_FOOTAGE_DAYS: '30' })).toThrow(/RETENTION_FOOTAGE_REGISTER_YEARS/);
    expect(() => loadConfig({ RETENTION_INCIDENT_YEARS: '0' })).toThrow(/RETENTION_INCIDENT_YEARS/);
    expect(() => loadConfig({ RETENTION_AUDIT_MONTHS: 'un an' })).toThrow(/RETENTION_AUDIT_MONTHS/);
  });

  it('gives slow clients 10 s for the headers and 30 s for the whole request — unless configured', () => {
    expect(loadConfig({}).http).toEqual({ headersTimeoutSeconds: 10, requestTimeoutSeconds: 30 });
    expect(loadConfig({ HEADERS_TIMEOUT_SECONDS: '5', REQUEST_TIMEOUT_SECONDS: '60' }).http).toEqual({
      headersTimeoutSeconds: 5,
      requestTimeoutSeconds: 60,
    });
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: '0' })).toThrow(/HEADERS_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: '20', REQUEST_TIMEOUT_SECONDS: '10' })).toThrow(
      /REQUEST_TIMEOUT_SECONDS : doit être supérieur ou égal à HEADERS_TIMEOUT_SECONDS/,
    );
  });

  it('throttles 5 failures per login and address and 30 per address a minute, 50 per login an hour', () => {
    expect(loadConfig({}).login).toEqual({
      limitPerLoginIp: 5,
      limitPerIp: 30,
      windowSeconds: 60,
      limitPerLogin: 50,
      brakeSeconds: 3600,
    });
    expect(loadConfig({ LOGIN_LIMIT_PER_LOGIN: '20', LOGIN_BRAKE_SECONDS: '600' }).login).toMatchObject({
      limitPerLogin: 20,
      brakeSeconds: 600,
    });
    expect(() => loadConfig({ LOGIN_BRAKE_SECONDS: '120', LOGIN_LIMIT_WINDOW_SECONDS: '300' })).toThrow(
      /LOGIN_BRAKE_SECONDS : doit être supérieur ou égal à LOGIN_LIMIT_WINDOW_SECONDS/,
    );
    // Its meaning (every attempt on a login, from anywhere) let anyone lock a user out.
    expect(() => loadConfig({ LOGIN_LIMIT_PER_ACCOUNT: '5' })).toThrow(
      /LOGIN_LIMIT_PER_ACCOUNT : remplacée par LOGIN_LIMIT_PER_LOGIN_IP/,
    );
  });

  it('reads ALLOWED_ORIGINS as bare origins and names a bad one', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://Vigie.Lomme.fr, http://localhost:4200/, https://x.fr:443' })
        .allowedOrigins,
    ).toEqual(['https://vigie.lomme.fr', 'http://localhost:4200', 'https://x.fr']);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://vigie.lomme.fr/app' })).toThrow(
      /ALLOWED_ORIGINS : « https:\/\/vigie.lomme.fr\/app » n’est pas une origine/,
    );
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'vigie.lomme.fr' })).toThrow(/ALLOWED_ORIGINS/);
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

  it('says where the school zone and the camera plan went: each service keeps its own', () => {
    expect(() => loadConfig({ SCHOOL_ZONE: 'C' })).toThrow(
      /SCHOOL_ZONE : n’est plus lu — chaque service a le sien \(Types de créneaux › Calendrier scolaire\)/,
    );
    expect(() => loadConfig({ CAMERA_PLAN: '2026:FIXED:14' })).toThrow(/CAMERA_PLAN : n’est plus lu/);
    expect(() => loadConfig({ SCHOOL_ZONE: '' })).not.toThrow();
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
