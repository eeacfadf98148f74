import { addDays, ForecastResponse, ProblemDetails, RecruitmentResponse } from '@vigie/shared';

import { bearer, createSignedInApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

/**
 * Issue 23: the milestones depend on the grade as well as the route. ASVP: prosecutor and oath,
 * no préfet, no FIA (code de la route L130-4, L130-7); administrative staff: neither approvals nor
 * oath; seconded police officers: a FIA of three months (décret n° 2020-1243), in the forecast.
 */
describe('recruitment milestones by grade', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    [t, hr] = await createSignedInApp({ today: TODAY }, 'rh');
  });
  afterAll(() => t.close());

  async function open(
    route: string,
    grade: string,
    applicationDate = '2026-01-05',
  ): Promise<RecruitmentResponse> {
    const response = await t.http
      .post('/api/recruitments')
      .set(...bearer(hr))
      .send({ candidateName: 'Inès Vasseur', route, grade, applicationDate })
      .expect(201);
    return response.body as RecruitmentResponse;
  }

  const record = (id: string, milestone: string, date: string) =>
    t.http
      .post(`/api/recruitments/${id}/milestones`)
      .set(...bearer(hr))
      .send({ milestone, date });

  async function appoint(id: string): Promise<RecruitmentResponse> {
    await record(id, 'INTERVIEW', '2026-02-01').expect(201);
    return (await record(id, 'APPOINTED', '2026-03-01').expect(201)).body as RecruitmentResponse;
  }

  it('takes an ASVP through the prosecutor and the oath, and refuses the préfet and the FIA with the rule', async () => {
    const created = await open('COMPETITIVE_EXAM', 'ASVP');
    expect(created.pendingMilestones).toEqual([
      'INTERVIEW',
      'APPOINTED',
      'PROSECUTOR_APPROVAL',
      'SWORN_IN',
      'OPERATIONAL',
    ]);
    const appointed = await appoint(created.id);
    expect(appointed.nextMilestones).toEqual(['PROSECUTOR_APPROVAL']);

    for (const milestone of ['PREFECT_APPROVAL', 'TRAINING_STARTED']) {
      const refused = await record(created.id, milestone, '2026-03-10').expect(422);
      const problem = refused.body as ProblemDetails & { reason: string };
      expect(problem).toMatchObject({ reason: 'MILESTONE_REFUSED' });
      expect(problem.violations?.map((v) => v.rule)).toContain('MILESTONE_NOT_FOR_GRADE');
      expect(problem.detail).toMatch(/ASVP.*L130-4/);
    }
    await record(created.id, 'PROSECUTOR_APPROVAL', '2026-04-01').expect(201);
    await record(created.id, 'SWORN_IN', '2026-04-10').expect(201);
    const done = (await record(created.id, 'OPERATIONAL', '2026-04-15').expect(201))
      .body as RecruitmentResponse;
    expect(done).toMatchObject({ status: 'COMPLETED', pendingMilestones: [], nextMilestones: [] });
  });

  it('takes administrative staff from appointment to work, refusing approvals and the oath', async () => {
    const created = await open('TRANSFER', 'ADMINISTRATIVE');
    expect(created.pendingMilestones).toEqual(['INTERVIEW', 'APPOINTED', 'OPERATIONAL']);
    const appointed = await appoint(created.id);
    expect(appointed.nextMilestones).toEqual(['OPERATIONAL']);
    for (const milestone of ['PREFECT_APPROVAL', 'PROSECUTOR_APPROVAL', 'SWORN_IN']) {
      const refused = await record(created.id, milestone, '2026-03-10').expect(422);
      expect((refused.body as ProblemDetails).violations?.map((v) => v.rule)).toEqual([
        'MILESTONE_NOT_FOR_GRADE',
      ]);
    }
    await record(created.id, 'OPERATIONAL', '2026-03-10').expect(201);
  });

  it("keeps a police officer's route as it was: the préfet and the FIA are his", async () => {
    const created = await open('COMPETITIVE_EXAM', 'GARDIEN_BRIGADIER');
    const appointed = await appoint(created.id);
    expect([...appointed.nextMilestones].sort()).toEqual([
      'PREFECT_APPROVAL',
      'PROSECUTOR_APPROVAL',
      'TRAINING_STARTED',
    ]);
  });

  it('forecasts a seconded officer three months of FIA, a seconded chef de service four', async () => {
    const forecast = async (): Promise<Map<string, number>> => {
      const body = (
        await t.http
          .get('/api/staffing/forecast')
          .query({ months: 12 })
          .set(...bearer(hr))
          .expect(200)
      ).body as ForecastResponse;
      return new Map(body.months.map((month) => [month.month, month.operational]));
    };
    const expectedAfterTraining = async (grade: string): Promise<string | null> => {
      const created = await open('SECONDMENT', grade);
      await appoint(created.id);
      await record(created.id, 'PREFECT_APPROVAL', '2026-03-05').expect(201);
      await record(created.id, 'PROSECUTOR_APPROVAL', '2026-03-05').expect(201);
      await record(created.id, 'SWORN_IN', '2026-03-06').expect(201);
      const started = (await record(created.id, 'TRAINING_STARTED', '2026-06-01').expect(201))
        .body as RecruitmentResponse;
      return started.expectedOperationalDate;
    };
    const before = await forecast();
    // FIA then a week to operational: 7 September 2026 (with the former 60 days, early August).
    expect(await expectedAfterTraining('GARDIEN_BRIGADIER')).toBe(addDays('2026-06-01', 91 + 7));
    const after = await forecast();
    const added = [...after].map(([month, operational]) => [month, operational - (before.get(month) ?? 0)]);
    expect(added.filter(([month]) => month < '2026-09').every(([, more]) => more === 0)).toBe(true);
    expect(added.filter(([month]) => month >= '2026-09').every(([, more]) => more === 1)).toBe(true);
    expect(await expectedAfterTraining('CHEF_DE_SERVICE')).toBe(addDays('2026-06-01', 122 + 7));
  });
});
