import { ProcessingRegisterResponse } from '@vigie/shared';

import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 23: the record of processing (RGPD art. 30) is generated from the running configuration:
 * seven processings, each with its purpose, legal basis, data, recipients and the durations in force.
 */
describe('the record of processing (RGPD art. 30)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      today: '2026-06-15',
      env: {
        FOOTAGE_RETENTION_DAYS: '15',
        RETENTION_FOOTAGE_REGISTER_YEARS: '5',
        RETENTION_CANDIDATE_MONTHS: '6',
        RETENTION_AUDIT_MONTHS: '18',
        RETENTION_INCIDENT_YEARS: '2',
        RETENTION_ARMOURY_LOG_YEARS: '7',
      },
    });
  });
  afterAll(() => t.close());

  it('gives the chief every processing with the durations this Vigie runs with', async () => {
    const chief = await t.tokenOf('chef');
    const register = (
      await t.http
        .get('/api/processing-register')
        .set(...bearer(chief))
        .expect(200)
    ).body as ProcessingRegisterResponse;
    expect(register.generatedAt).toBe('2026-06-15T10:00:00.000Z');
    expect(register.controller).toMatch(/Commune de Lomme/);
    expect(register.processings.map((p) => p.key)).toEqual([
      'ROSTER',
      'MAIN_COURANTE',
      'VIDEO_REGISTER',
      'RECRUITMENT',
      'ACCESS_JOURNAL',
      'ARMOURY',
      'TIME_ACCOUNTS',
    ]);
    for (const processing of register.processings) {
      expect(processing.purpose.length).toBeGreaterThan(20);
      expect(processing.legalBasis.length).toBeGreaterThan(10);
      expect(processing.dataCategories.length).toBeGreaterThan(0);
      expect(processing.recipients.length).toBeGreaterThan(0);
      expect(processing.retention.length).toBeGreaterThan(0);
    }
    const durations = (key: string): string[] =>
      register.processings.find((p) => p.key === key)!.retention.map((line) => line.duration);
    expect(durations('MAIN_COURANTE')[0]).toMatch(/^2 ans à compter de l’enregistrement/);
    expect(durations('VIDEO_REGISTER')).toEqual([
      expect.stringMatching(/^15 jours, puis écrasées/),
      expect.stringMatching(/^5 ans après l’écrasement des images/),
    ]);
    expect(durations('RECRUITMENT')[0]).toMatch(/^6 mois après la décision/);
    expect(durations('ACCESS_JOURNAL')[0]).toMatch(/^18 mois/);
    expect(durations('ARMOURY')[0]).toMatch(/^7 ans après la remise/);
  });

  it.each(['superviseur', 'agent', 'rh'] as const)('is the chief’s alone: %s gets 403', async (login) => {
    await t.http
      .get('/api/processing-register')
      .set(...bearer(await t.tokenOf(login)))
      .expect(403);
  });
});
