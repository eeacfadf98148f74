import { AgentSummaryResponse, DashboardQualificationsResponse } from '@vigie/shared';

import { Agent } from '../../src/modules/agents/agent.entity';
import { ShootingSession } from '../../src/modules/agents/shooting-session.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

describe('training with each weapon the service carries', () => {
  let t: TestApp;
  let chief: string;
  let agentId: string;

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
    chief = await t.tokenOf('chef');
    agentId = (await t.dataSource.getRepository(Agent).findOneByOrFail({ matricule: 'PM-0131' })).id;
  });
  afterAll(() => t.close());

  const sessions = () => t.dataSource.getRepository(ShootingSession).countBy({ agentId });
  const record = (body: object) =>
    t.http
      .post(`/api/agents/${agentId}/shooting-sessions`)
      .set(...bearer(chief))
      .send(body);
  const qualificationsTile = async (): Promise<DashboardQualificationsResponse> =>
    (
      await t.http
        .get('/api/dashboard/qualifications')
        .set(...bearer(chief))
        .expect(200)
    ).body;

  it('records a baton session without cartridges, and a PIE session with its cartridges', async () => {
    const baton = await record({ date: '2026-06-01', weapon: 'BATON' }).expect(201);
    expect(baton.body).toMatchObject({ weapon: 'BATON', rounds: 0 });
    const taser = await record({ date: '2026-06-02', weapon: 'TASER', rounds: 2 }).expect(201);
    expect(taser.body).toMatchObject({ weapon: 'TASER', rounds: 2 });
    const firearm = await record({ date: '2026-06-03', rounds: 25 }).expect(201);
    expect(firearm.body).toMatchObject({ weapon: 'FIREARM', rounds: 25 });
  });

  it('refuses a PIE session without cartridges and a weapon that is not one, writing nothing', async () => {
    const before = await sessions();
    await record({ date: '2026-06-01', weapon: 'TASER', rounds: 0 }).expect(400);
    const unknown = await record({ date: '2026-06-01', weapon: 'FIRST_AID', rounds: 2 }).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'weapon', message: 'valeur non reconnue' }]);
    expect(await sessions()).toBe(before);
  });

  it('flags on the dashboard a PIE permit whose last calendar year’s training fell short, not the others', async () => {
    expect((await qualificationsTile()).weapons).toEqual([]);
    await t.http
      .post(`/api/agents/${agentId}/qualifications`)
      .set(...bearer(chief))
      .send({ kind: 'TASER', obtainedOn: '2024-05-01' })
      .expect(201);
    await record({ date: '2025-12-31', weapon: 'TASER', rounds: 2 }).expect(201);
    await record({ date: '2026-01-01', weapon: 'TASER', rounds: 2 }).expect(201);
    expect((await qualificationsTile()).weapons).toEqual([
      {
        agentId,
        agentName: 'Julien Lefebvre',
        kind: 'TASER',
        kindLabel: 'Pistolet à impulsion électrique',
        year: 2025,
        reason: '2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an)',
      },
    ]);
    // The agents list says it too, to those who manage the service and to the agent himself only.
    const lapsesIn = async (token: string, path: string) => {
      const body = (
        await t.http
          .get(path)
          .set(...bearer(token))
          .expect(200)
      ).body as { items?: AgentSummaryResponse[] } & AgentSummaryResponse;
      const agent = body.items ? body.items.find((item) => item.id === agentId)! : body;
      return agent.trainingLapses;
    };
    expect(await lapsesIn(chief, '/api/agents?q=Lefebvre')).toEqual([
      { weapon: 'TASER', year: 2025, sessions: 1, rounds: 2, minSessions: 2, minRounds: 4 },
    ]);
    expect(await lapsesIn(await t.tokenOf('agent'), `/api/agents/${agentId}`)).toHaveLength(1);
    expect(await lapsesIn(await t.tokenOf('agent'), '/api/agents?q=Lefebvre')).toBeUndefined();
  });
});
