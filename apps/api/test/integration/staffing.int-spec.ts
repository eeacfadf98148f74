import {
  DashboardStaffingResponse,
  ForecastResponse,
  HeadcountResponse,
  RecruitmentResponse,
  StaffingTargetResponse,
} from '@vigie/shared';

import { StaffingTarget } from '../../src/modules/staffing/staffing-target.entity';
import { everyPage, expectListContract } from '../support/pages';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

describe('staffing: targets, headcount and forecast', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
  });
  afterAll(() => t.close());

  it('counts the demo service of Lomme against the next deadline, by category', async () => {
    const response = await t.http
      .get('/api/staffing/headcount')
      .set(...bearer(await t.tokenOf('rh')))
      .expect(200);
    const headcount = response.body as HeadcountResponse;
    expect(headcount).toMatchObject({
      at: TODAY,
      target: 24,
      targetDate: '2026-12-31',
      operational: 20,
      inTraining: 3,
      inPipeline: 2,
    });
    expect(headcount.byCategory).toEqual({
      POLICE: { operational: 15, inTraining: 3, inPipeline: 2, target: 19 },
      ASVP: { operational: 3, inTraining: 0, inPipeline: 0, target: 3 },
      ADMINISTRATIVE: { operational: 2, inTraining: 0, inPipeline: 0, target: 2 },
    });
  });

  it('shows the passed 2025 deadline as missed, with its shortfall on that date, and one target on every screen', async () => {
    const chief = await t.tokenOf('chef');
    const headcount = (
      await t.http
        .get('/api/staffing/headcount')
        .set(...bearer(chief))
        .expect(200)
    ).body as HeadcountResponse;
    expect(headcount.missedTarget).toEqual({
      effectiveDate: '2025-12-31',
      headcount: 23,
      operational: expect.any(Number) as number,
      shortfall: 23 - headcount.missedTarget!.operational,
    });
    expect(headcount.missedTarget!.shortfall).toBeGreaterThan(0);

    const forecast = (
      await t.http
        .get('/api/staffing/forecast')
        .set(...bearer(chief))
        .expect(200)
    ).body as ForecastResponse;
    const dashboard = (
      await t.http
        .get('/api/dashboard/staffing')
        .set(...bearer(chief))
        .expect(200)
    ).body as DashboardStaffingResponse;
    for (const shown of [
      [headcount.target, headcount.targetDate],
      [forecast.target, forecast.targetDate],
      [forecast.months[0].target, headcount.targetDate],
      [dashboard.headcount.target, dashboard.headcount.targetDate],
      [dashboard.forecast.target, dashboard.forecast.targetDate],
    ]) {
      expect(shown).toEqual([24, '2026-12-31']);
    }
    expect(dashboard.headcount.missedTarget).toEqual(headcount.missedTarget);
  });

  it('measures a missed deadline on its own date: agents hired after it do not count', async () => {
    const chief = await t.tokenOf('chef');
    const at = (date: string) =>
      t.http
        .get(`/api/staffing/headcount?at=${date}`)
        .set(...bearer(chief))
        .expect(200);
    const today = (await at(TODAY)).body as HeadcountResponse;
    const later = (await at('2027-01-01')).body as HeadcountResponse;
    // On 01/01/2027 the 2026 deadline (24) has just passed; nobody arrived in between.
    expect(later.missedTarget).toMatchObject({ effectiveDate: '2026-12-31', headcount: 24 });
    expect(later.missedTarget!.operational).toBeLessThanOrEqual(today.operational);
  });

  it('answers the headcount at another date', async () => {
    const response = await t.http
      .get('/api/staffing/headcount?at=2026-12-31')
      .set(...bearer(await t.tokenOf('chef')))
      .expect(200);
    // The planned retirement of Pierre Vandewalle (in 120 days) has happened by then; the 2026 deadline is that day.
    expect(response.body).toMatchObject({ operational: 19, target: 24, targetDate: '2026-12-31' });
  });

  it('projects the operational headcount month by month and moves when a milestone is recorded', async () => {
    const hr = await t.tokenOf('rh');
    const before = (
      await t.http
        .get('/api/staffing/forecast?months=6')
        .set(...bearer(hr))
        .expect(200)
    ).body as ForecastResponse;
    expect(before.months.map((month) => month.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(before.months[0]).toEqual({ month: '2026-06', operational: 20, target: 24 });

    const list = await t.http
      .get('/api/recruitments?status=OPEN')
      .set(...bearer(hr))
      .expect(200);
    const sarah = (list.body.items as RecruitmentResponse[]).find(
      (r) => r.candidateName === 'Sarah Lemaire',
    )!;
    await t.http
      .post(`/api/recruitments/${sarah.id}/milestones`)
      .set(...bearer(hr))
      .send({ milestone: 'APPOINTED', date: TODAY })
      .expect(201);

    const after = (
      await t.http
        .get('/api/staffing/forecast?months=6')
        .set(...bearer(hr))
        .expect(200)
    ).body as ForecastResponse;
    // A transferred officer is operational from his appointment.
    expect(after.months[0].operational).toBe(21);
    const headcount = await t.http
      .get('/api/staffing/headcount')
      .set(...bearer(hr))
      .expect(200);
    expect(headcount.body).toMatchObject({ operational: 21, inPipeline: 1 });
  });

  it('replaces the target series, refusing duplicates and inconsistent splits with nothing written', async () => {
    const chief = await t.tokenOf('chef');
    const series = [
      { effectiveDate: '2025-12-31', headcount: 23, byCategory: { POLICE: 18, ASVP: 3, ADMINISTRATIVE: 2 } },
      { effectiveDate: '2027-12-31', headcount: 26 },
    ];
    const saved = await t.http
      .put('/api/staffing/targets')
      .set(...bearer(chief))
      .send(series)
      .expect(200);
    expect(saved.body).toEqual([
      { effectiveDate: '2025-12-31', headcount: 23, byCategory: { POLICE: 18, ASVP: 3, ADMINISTRATIVE: 2 } },
      { effectiveDate: '2027-12-31', headcount: 26, byCategory: null },
    ]);
    const count = () => t.dataSource.getRepository(StaffingTarget).count();
    for (const [body, field] of [
      [[...series, { effectiveDate: '2027-12-31', headcount: 27 }], '[2].effectiveDate'],
      [[{ effectiveDate: '2028-12-31', headcount: 501 }], '[0].headcount'],
      [[{ effectiveDate: '2028-12-31', headcount: 10, byCategory: { POLICE: 11 } }], '[0].byCategory'],
      [[{ effectiveDate: '2028-02-30', headcount: 10 }], '[0].effectiveDate'],
      [[{ effectiveDate: '2028-12-31', headcount: 10, bonus: 1 }], '[0].bonus'],
      [
        [{ effectiveDate: '2028-12-31', headcount: 10, byCategory: { POLICE: 5, GENDARMERIE: 1 } }],
        '[0].byCategory.GENDARMERIE',
      ],
      [{ effectiveDate: '2028-12-31', headcount: 10 }, 'body'],
    ] as const) {
      const response = await t.http
        .put('/api/staffing/targets')
        .set(...bearer(chief))
        .send(body)
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await count()).toBe(2);
    }
  });

  it('lists the target series by date in pages, as every list of the API', async () => {
    const chief = await t.tokenOf('chef');
    const agent = await t.tokenOf('agent');
    const before = (
      await t.http
        .get('/api/staffing/targets?limit=200')
        .set(...bearer(agent))
        .expect(200)
    ).body.items as StaffingTargetResponse[];
    const series = ['2026-12-31', '2025-12-31', '2028-12-31', '2027-06-30', '2027-12-31'].map(
      (effectiveDate, index) => ({ effectiveDate, headcount: 20 + index }),
    );
    await t.http
      .put('/api/staffing/targets')
      .set(...bearer(chief))
      .send(series)
      .expect(200);
    const all = (
      await t.http
        .get('/api/staffing/targets?limit=200')
        .set(...bearer(agent))
        .expect(200)
    ).body.items as StaffingTargetResponse[];
    expect(all.map((target) => target.effectiveDate)).toEqual([
      '2025-12-31',
      '2026-12-31',
      '2027-06-30',
      '2027-12-31',
      '2028-12-31',
    ]);
    const paged = await everyPage<StaffingTargetResponse>(t.http, '/api/staffing/targets', agent, 2);
    expect(paged.pages).toBe(3);
    expect(paged.items).toEqual(all);
    await expectListContract(t.http, '/api/staffing/targets', agent);
    // The series the other tests know, back.
    await t.http
      .put('/api/staffing/targets')
      .set(...bearer(chief))
      .send(
        before.map(({ effectiveDate, headcount, byCategory }) => ({
          effectiveDate,
          headcount,
          ...(byCategory ? { byCategory } : {}),
        })),
      )
      .expect(200);
  });

  it('applies the role matrix: targets read by all, written by HR and CHIEF; headcount not for agents; forecast for HR and CHIEF', async () => {
    const expectations: [string, string, string, number][] = [
      ['agent', 'get', '/api/staffing/targets', 200],
      ['superviseur', 'get', '/api/staffing/targets', 200],
      ['agent', 'put', '/api/staffing/targets', 403],
      ['superviseur', 'put', '/api/staffing/targets', 403],
      ['agent', 'get', '/api/staffing/headcount', 403],
      ['superviseur', 'get', '/api/staffing/headcount', 200],
      ['superviseur', 'get', '/api/staffing/forecast', 403],
      ['agent', 'get', '/api/staffing/forecast', 403],
      ['rh', 'get', '/api/staffing/forecast', 200],
    ];
    for (const [login, method, path, status] of expectations) {
      const request = method === 'put' ? t.http.put(path).send([]) : t.http.get(path);
      const response = await request.set(...bearer(await t.tokenOf(login as 'agent')));
      expect({ login, method, path, status: response.status }).toEqual({ login, method, path, status });
    }
  });

  it('refuses bad query parameters with 400', async () => {
    const hr = await t.tokenOf('rh');
    await t.http
      .get('/api/staffing/headcount?at=demain')
      .set(...bearer(hr))
      .expect(400);
    await t.http
      .get('/api/staffing/forecast?months=0')
      .set(...bearer(hr))
      .expect(400);
    await t.http
      .get('/api/staffing/forecast?months=61')
      .set(...bearer(hr))
      .expect(400);
    await t.http
      .get('/api/staffing/forecast?months=1e3')
      .set(...bearer(hr))
      .expect(400);
  });
});
