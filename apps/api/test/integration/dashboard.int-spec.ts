import {
  DashboardIncidentsResponse,
  DashboardQualificationsResponse,
  DashboardRecruitmentResponse,
  DashboardStaffingResponse,
  DashboardWeekResponse,
} from '@vigie/shared';

import { bearer, createSignedInApp, TestApp } from '../support/test-app';

/** A Wednesday: the demo publishes this week (with an uncovered night) and drafts the next. */
const TODAY = '2026-06-17';

describe('the dashboard tiles', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    [t, chief] = await createSignedInApp({ today: TODAY }, 'chef');
  });
  afterAll(() => t.close());

  const tile = async <T>(path: string, token = chief): Promise<T> =>
    (
      await t.http
        .get(`/api/dashboard/${path}`)
        .set(...bearer(token))
        .expect(200)
    ).body as T;

  it('gives the headcount against the target and the forecast line', async () => {
    const staffing = await tile<DashboardStaffingResponse>('staffing');
    expect(staffing.headcount.target).toBeGreaterThan(staffing.headcount.operational);
    expect(staffing.forecast.months.length).toBe(18);
    expect(staffing.forecast.months[0].month).toBe('2026-06');
  });

  it('lists this week’s uncovered shifts and violations with the week to open the planning at', async () => {
    const week = await tile<DashboardWeekResponse>('week');
    expect(week).toMatchObject({ from: '2026-06-15', to: '2026-06-21', publishedDays: 7 });
    const check = (
      await t.http
        .get('/api/roster/check?from=2026-06-15&to=2026-06-21')
        .set(...bearer(chief))
        .expect(200)
    ).body as { violations: unknown[]; warnings: { rule: string }[] };
    expect(week.violations).toHaveLength(check.violations.length);
    expect(week.uncovered).toHaveLength(
      check.warnings.filter((w) => w.rule === 'UNDERSTAFFED' || w.rule === 'REQUIREMENT_UNMET').length,
    );
    for (const issue of [...week.uncovered, ...week.violations]) {
      expect(issue.week).toBe('2026-06-15');
      expect(issue.label.length).toBeGreaterThan(0);
      expect(
        issue.startsAt >= '2026-06-14T22:00:00.000Z' && issue.startsAt < '2026-06-21T22:00:00.000Z',
      ).toBe(true);
    }
    const starts = week.uncovered.map((u) => u.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('counts entries by status and lists the last 24 hours, newest first', async () => {
    const incidents = await tile<DashboardIncidentsResponse>('incidents');
    const [{ total }] = await t.dataSource.query('SELECT count(*)::int AS total FROM incident');
    expect(incidents.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(total);
    expect(incidents.byStatus.map((s) => s.label)).toEqual(['Ouverte', 'En cours', 'Close', 'Transmise']);
    const [{ recent }] = await t.dataSource.query(
      `SELECT count(*)::int AS recent FROM incident WHERE occurred_at >= $1`,
      [new Date(Date.parse(`${TODAY}T10:00:00Z`) - 86_400_000)],
    );
    expect(incidents.last24hCount).toBe(recent);
    expect(incidents.last24h.length).toBe(Math.min(recent, 8));
    const times = incidents.last24h.map((i) => i.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('warns of qualifications expiring within 30 days and firearm permits to bring to the préfet', async () => {
    const alerts = await tile<DashboardQualificationsResponse>('qualifications', await t.tokenOf('rh'));
    expect(alerts.expiring.length).toBeGreaterThan(0);
    for (const q of alerts.expiring) {
      expect(q.daysLeft).toBeGreaterThan(0);
      expect(q.daysLeft).toBeLessThanOrEqual(30);
    }
    // The demo: Leclercq missed a session in 2025 (decision awaited, listed first), Caron's permit
    // was suspended by the préfet; everyone else's 2025 training is in order.
    expect(alerts.firearm).toEqual([
      {
        agentId: expect.any(String),
        agentName: 'Antoine Leclercq',
        year: 2025,
        reason: '2025 : 1 séance et 30 cartouches (2 séances et 50 cartouches requises par an)',
        decision: null,
        decisionDate: null,
      },
      {
        agentId: expect.any(String),
        agentName: 'Maxime Caron',
        year: 2025,
        reason: '2025 : 1 séance et 40 cartouches (2 séances et 50 cartouches requises par an)',
        decision: 'SUSPENDED',
        decisionDate: '2025-02-17',
      },
    ]);
  });

  it('shows the recruitments waiting longer than usual, the longest wait first', async () => {
    const recruitment = await tile<DashboardRecruitmentResponse>('recruitment', await t.tokenOf('rh'));
    expect(recruitment.inProgress).toBeGreaterThan(0);
    expect(recruitment.stalled.length).toBeGreaterThan(0);
    const waits = recruitment.stalled.map((r) => r.daysWaiting);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
    expect(recruitment.stalled[0].lastMilestoneLabel.length).toBeGreaterThan(0);
  });

  it.each([
    ['superviseur', 'week', 200],
    ['superviseur', 'incidents', 200],
    ['superviseur', 'recruitment', 403],
    ['rh', 'week', 403],
    ['rh', 'incidents', 403],
    ['rh', 'staffing', 200],
    ['agent', 'staffing', 403],
    ['agent', 'qualifications', 403],
    ['agent', 'incidents', 403],
  ] as const)('%s: /api/dashboard/%s → %i', async (login, path, status) => {
    await t.http
      .get(`/api/dashboard/${path}`)
      .set(...bearer(await t.tokenOf(login)))
      .expect(status);
  });
});
