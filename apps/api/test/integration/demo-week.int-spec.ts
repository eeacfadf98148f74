import { RosterCheckResponse } from '@vigie/shared';

import { bearer, createTestApp } from '../support/test-app';

/**
 * The demo's next week is a draft with one deliberate violation for the chief to find and fix
 * (an agent on a night, then on the next morning: 1 h of rest) — and only that one, whatever the
 * day the demo is written, since the greedy pass that fills it changes with the calendar.
 */
describe('the demo’s draft week', () => {
  const addDays = (date: string, days: number): string =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const mondayAfter = (date: string): string =>
    addDays(date, 8 - (new Date(`${date}T00:00:00Z`).getUTCDay() || 7));

  it.each(['2026-06-15', '2026-12-06', '2027-01-01', '2027-03-31', '2027-10-27'])(
    'breaks exactly the rest of 1 h when written on %s',
    async (today) => {
      const t = await createTestApp({ today });
      try {
        const chief = await t.tokenOf('chef');
        const monday = mondayAfter(today);
        const check = (
          await t.http
            .get(`/api/roster/check?from=${monday}&to=${addDays(monday, 6)}`)
            .set(...bearer(chief))
            .expect(200)
        ).body as RosterCheckResponse;
        expect(check.violations.map((violation) => violation.rule)).toEqual(['DAILY_REST']);
        expect(check.violations[0].message).toMatch(/^Repos de 1 h entre le .* : 11 h minimum/);
      } finally {
        await t.close();
      }
    },
    120_000,
  );
});
