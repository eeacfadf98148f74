import { AgentPageResponse, AgentResponse, DashboardQualificationsResponse } from '@vigie/shared';

import { Agent } from '../../src/modules/agents/agent.entity';
import { ContinuingTrainingRecord } from '../../src/modules/agents/continuing-training.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

describe('continuing training (10 days per 5 years, per 3 years for chefs de service)', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    [t, hr] = await createSignedInApp({ today: TODAY }, 'rh');
  });
  afterAll(() => t.close());

  const idOf = async (matricule: string): Promise<string> =>
    (await t.dataSource.getRepository(Agent).findOneByOrFail({ matricule })).id;
  const record = (agentId: string, body: object, token = hr) =>
    t.http
      .post(`/api/agents/${agentId}/continuing-trainings`)
      .set(...bearer(token))
      .send(body);
  const tile = async (): Promise<DashboardQualificationsResponse> =>
    (
      await t.http
        .get('/api/dashboard/qualifications')
        .set(...bearer(hr))
        .expect(200)
    ).body;

  it('shows HR those behind on the dashboard: the demo’s Leclercq, who has done none in 3 years', async () => {
    const behind = (await tile()).training;
    expect(behind.map((row) => [row.agentName, row.status, row.days, row.minDays])).toEqual([
      ['Antoine Leclercq', 'BEHIND', 0, 10],
    ]);
  });

  it('records a course (201), counts its days in the period and takes him off the list once on pace', async () => {
    const leclercq = await idOf('PM-0145');
    const created = await record(leclercq, {
      date: '2026-05-04',
      days: 6,
      title: 'Tir de précision (CNFPT)',
    }).expect(201);
    expect(created.body).toMatchObject({ date: '2026-05-04', days: 6, title: 'Tir de précision (CNFPT)' });
    const agent: AgentResponse = (
      await t.http
        .get(`/api/agents/${leclercq}`)
        .set(...bearer(hr))
        .expect(200)
    ).body;
    expect(agent.continuingTraining).toMatchObject({ days: 6, minDays: 10, status: 'ON_TRACK' });
    expect(agent.trainings[0]).toMatchObject({ days: 6 });
    expect((await tile()).training).toEqual([]);
  });

  it('gives the agents list each agent’s progress, and none to ASVP', async () => {
    const page: AgentPageResponse = (
      await t.http
        .get('/api/agents?limit=100')
        .set(...bearer(hr))
        .expect(200)
    ).body;
    const lefebvre = page.items.find((agent) => agent.matricule === 'PM-0131');
    expect(lefebvre?.continuingTraining).toMatchObject({ minDays: 10 });
    const asvp = page.items.find((agent) => agent.grade === 'ASVP');
    expect(asvp?.continuingTraining).toBeNull();
  });

  it('refuses no days, a future date and an empty title, writing nothing; the supervisor may not record', async () => {
    const lefebvre = await idOf('PM-0131');
    const count = () => t.dataSource.getRepository(ContinuingTrainingRecord).countBy({ agentId: lefebvre });
    const before = await count();
    await record(lefebvre, { date: '2026-05-04', days: 0, title: 'X' }).expect(400);
    await record(lefebvre, { date: '2026-07-01', days: 2, title: 'X' }).expect(400);
    const blank = await record(lefebvre, { date: '2026-05-04', days: 2, title: '   ' }).expect(400);
    expect(blank.body.errors).toEqual([{ field: 'title', message: 'est obligatoire' }]);
    await record(
      lefebvre,
      { date: '2026-05-04', days: 2, title: 'X' },
      await t.tokenOf('superviseur'),
    ).expect(403);
    expect(await count()).toBe(before);
  });
});
