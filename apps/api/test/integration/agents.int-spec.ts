import { AgentResponse, AgentSummaryResponse, PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { Agent } from '../../src/modules/agents/agent.entity';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const TODAY = '2026-06-15';

describe('agents and qualifications', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY });
  });
  afterAll(() => t.close());

  const newAgent = {
    matricule: 'PM-0999',
    lastName: 'Vasseur',
    firstName: 'Émilie',
    grade: 'GARDIEN_BRIGADIER',
    status: 'ACTIVE',
    hireDate: '2026-03-01',
    brigade: 'Jour B',
    phone: '06 11 22 33 44',
  };

  async function agentByMatricule(matricule: string): Promise<Agent> {
    return t.dataSource.getRepository(Agent).findOneByOrFail({ matricule });
  }

  describe('the roster', () => {
    it('lists agents by name with their qualifications, contract ratio and category', async () => {
      const response = await t.http
        .get('/api/agents?limit=200')
        .set(...bearer(await t.tokenOf('superviseur')))
        .expect(200);
      const agents = response.body.items as AgentSummaryResponse[];
      expect(agents.length).toBeGreaterThanOrEqual(18);
      const names = agents.map((agent) => agent.lastName);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
      const leclercq = agents.find((agent) => agent.lastName === 'Leclercq')!;
      expect(leclercq).toMatchObject({ contractRatio: 0.8, category: 'POLICE', phone: expect.any(String) });
      const petit = agents.find((agent) => agent.lastName === 'Petit')!;
      expect(petit.category).toBe('ASVP');
    });

    it('filters by status and grade, and finds names without accents and by matricule', async () => {
      const token = await t.tokenOf('rh');
      const asvp = await t.http
        .get('/api/agents?grade=ASVP')
        .set(...bearer(token))
        .expect(200);
      expect(asvp.body.items.map((agent: AgentSummaryResponse) => agent.lastName).sort()).toEqual([
        'Gérard',
        'Lambert',
        'Petit',
      ]);
      const departed = await t.http
        .get('/api/agents?status=DEPARTED')
        .set(...bearer(token))
        .expect(200);
      expect(departed.body.items.map((agent: AgentSummaryResponse) => agent.lastName)).toEqual(['Morel']);
      const elodie = await t.http
        .get('/api/agents?q=elodie')
        .set(...bearer(token))
        .expect(200);
      expect(elodie.body.items.map((agent: AgentSummaryResponse) => agent.lastName)).toEqual(['Martin']);
      const byMatricule = await t.http
        .get('/api/agents?q=pm-0131')
        .set(...bearer(token))
        .expect(200);
      expect(byMatricule.body.items.map((agent: AgentSummaryResponse) => agent.lastName)).toEqual([
        'Lefebvre',
      ]);
      const firstLast = await t.http
        .get('/api/agents?q=julien%20lefebvre')
        .set(...bearer(token))
        .expect(200);
      expect(firstLast.body.items).toHaveLength(1);
      const wildcard = await t.http
        .get('/api/agents?q=%25')
        .set(...bearer(token))
        .expect(200);
      expect(wildcard.body.items).toHaveLength(0);
    });

    it('pages through the roster without losing nor repeating anyone', async () => {
      const token = await t.tokenOf('rh');
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=5&cursor=${cursor}` : 'limit=5';
        const page = await t.http
          .get(`/api/agents?${query}`)
          .set(...bearer(token))
          .expect(200);
        seen.push(...page.body.items.map((agent: AgentSummaryResponse) => agent.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      const all = await t.http
        .get('/api/agents?limit=200')
        .set(...bearer(token))
        .expect(200);
      expect(seen).toEqual(all.body.items.map((agent: AgentSummaryResponse) => agent.id));
    });

    it('gives an AGENT the list without anybody’s phone or e-mail', async () => {
      const response = await t.http
        .get('/api/agents?limit=200')
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      for (const agent of response.body.items) {
        expect(agent).not.toHaveProperty('phone');
        expect(agent).not.toHaveProperty('email');
      }
      expect(JSON.stringify(response.body)).not.toMatch(/06 \d\d/);
    });
  });

  describe('one record', () => {
    it('lets an AGENT read his own record, and answers 404 for anybody else’s', async () => {
      const token = await t.tokenOf('agent');
      const me = await t.meOf('agent');
      const own = await t.http
        .get(`/api/agents/${me.agentId}`)
        .set(...bearer(token))
        .expect(200);
      expect(own.body).toMatchObject({ lastName: 'Lefebvre', phone: expect.any(String) });
      const other = await agentByMatricule('PM-0142');
      const response = await t.http
        .get(`/api/agents/${other.id}`)
        .set(...bearer(token))
        .expect(404);
      expect(JSON.stringify(response.body)).not.toContain('Dubois');
    });

    it('journals who read an agent’s record (but not the agent reading his own)', async () => {
      const dubois = await agentByMatricule('PM-0142');
      await t.http
        .get(`/api/agents/${dubois.id}`)
        .set(...bearer(await t.tokenOf('superviseur')))
        .expect(200);
      const reads = await t.dataSource
        .getRepository(AuditEvent)
        .findBy({ action: 'READ', entity: 'agent', entityId: dubois.id });
      expect(reads.map((event) => event.actorLogin)).toEqual(['superviseur']);
      const lefebvre = await agentByMatricule('PM-0131');
      await t.http
        .get(`/api/agents/${lefebvre.id}`)
        .set(...bearer(await t.tokenOf('agent')))
        .expect(200);
      expect(
        await t.dataSource.getRepository(AuditEvent).countBy({ action: 'READ', entityId: lefebvre.id }),
      ).toBe(0);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const token = await t.tokenOf('rh');
      await t.http
        .get('/api/agents/00000000-0000-4000-8000-000000000000')
        .set(...bearer(token))
        .expect(404);
      await t.http
        .get('/api/agents/PM-0131')
        .set(...bearer(token))
        .expect(404);
    });
  });

  describe('writing (HR, CHIEF)', () => {
    it('creates an agent with contract ratio 1 by default and journals it', async () => {
      const response = await t.http
        .post('/api/agents')
        .set(...bearer(await t.tokenOf('rh')))
        .send(newAgent)
        .expect(201);
      expect(response.body).toMatchObject({
        matricule: 'PM-0999',
        contractRatio: 1,
        version: 1,
        qualifications: [],
        shootingSessions: [],
      });
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'CREATE', entityId: response.body.id }),
      ).toBe(1);
    });

    it('refuses a matricule already given (409) and writes nothing', async () => {
      const before = await t.dataSource.getRepository(Agent).count();
      const response = await t.http
        .post('/api/agents')
        .set(...bearer(await t.tokenOf('chef')))
        .send({ ...newAgent, lastName: 'Autre' })
        .expect(409);
      expect(response.body.errors).toEqual([{ field: 'matricule', message: 'déjà attribué' }]);
      expect(await t.dataSource.getRepository(Agent).count()).toBe(before);
    });

    it.each([
      [{ grade: 'COLONEL' }, 'grade'],
      [{ hireDate: '2026-02-30' }, 'hireDate'],
      [{ contractRatio: 1.5 }, 'contractRatio'],
      [{ contractRatio: 0 }, 'contractRatio'],
      [{ matricule: 'pm 1' }, 'matricule'],
      [{ email: 'pas-une-adresse' }, 'email'],
      [{ status: 'DEPARTED' }, 'departureDate'],
      [{ departureDate: '2020-01-01' }, 'departureDate'],
      [{ salary: 3000 }, 'salary'],
    ])('refuses %j with a 400 naming %s, and writes nothing', async (change, field) => {
      const before = await t.dataSource.getRepository(Agent).count();
      const response = await t.http
        .post('/api/agents')
        .set(...bearer(await t.tokenOf('rh')))
        .send({ ...newAgent, matricule: 'PM-0998', ...change });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await t.dataSource.getRepository(Agent).count()).toBe(before);
    });

    it.each(['agent', 'superviseur'] as const)('refuses writes to %s (403)', async (login) => {
      const token = await t.tokenOf(login);
      await t.http
        .post('/api/agents')
        .set(...bearer(token))
        .send({ ...newAgent, matricule: 'PM-0997' })
        .expect(403);
      const agent = await agentByMatricule('PM-0131');
      await t.http
        .patch(`/api/agents/${agent.id}`)
        .set(...bearer(token))
        .send({ brigade: 'Nuit', version: agent.version })
        .expect(403);
      await t.http
        .post(`/api/agents/${agent.id}/qualifications`)
        .set(...bearer(token))
        .send({ kind: 'TASER', obtainedOn: '2026-01-01' })
        .expect(403);
    });

    it('updates with the current version, refuses a stale one (409), and records a departure', async () => {
      const token = await t.tokenOf('rh');
      const agent = await agentByMatricule('PM-0999');
      const moved = await t.http
        .patch(`/api/agents/${agent.id}`)
        .set(...bearer(token))
        .send({ brigade: 'Nuit', version: agent.version })
        .expect(200);
      expect(moved.body).toMatchObject({ brigade: 'Nuit', version: agent.version + 1 });
      await t.http
        .patch(`/api/agents/${agent.id}`)
        .set(...bearer(token))
        .send({ brigade: 'Jour A', version: agent.version })
        .expect(409);
      await t.http
        .patch(`/api/agents/${agent.id}`)
        .set(...bearer(token))
        .send({ status: 'DEPARTED', version: agent.version + 1 })
        .expect(400);
      const departed = await t.http
        .patch(`/api/agents/${agent.id}`)
        .set(...bearer(token))
        .send({ status: 'DEPARTED', departureDate: '2026-06-30', version: agent.version + 1 })
        .expect(200);
      expect(departed.body).toMatchObject({
        status: 'DEPARTED',
        departureDate: '2026-06-30',
        brigade: 'Nuit',
      });
    });
  });

  describe('qualifications and the firearm training rule', () => {
    let agentId: string;

    beforeAll(async () => {
      const response = await t.http
        .post('/api/agents')
        .set(...bearer(await t.tokenOf('rh')))
        .send({ ...newAgent, matricule: 'PM-0996', lastName: 'Tireur' })
        .expect(201);
      agentId = response.body.id;
    });

    async function firearm(): Promise<AgentResponse['qualifications'][number]> {
      const response = await t.http
        .get(`/api/agents/${agentId}`)
        .set(...bearer(await t.tokenOf('rh')))
        .expect(200);
      return (response.body as AgentResponse).qualifications.find(
        (qualification) => qualification.kind === 'FIREARM',
      )!;
    }

    it("keeps a firearm permit valid without training: only the préfet's suspension voids it", async () => {
      const token = await t.tokenOf('rh');
      await t.http
        .post(`/api/agents/${agentId}/qualifications`)
        .set(...bearer(token))
        .send({
          kind: 'FIREARM',
          obtainedOn: '2025-01-10',
          expiresOn: '2030-01-10',
          reference: 'AP 2025-014',
        })
        .expect(201);
      // No session in 2025 nor 2026: a flag for the chief, not an invalid permit.
      expect(await firearm()).toMatchObject({ valid: true, issue: null });
      await t.http
        .post(`/api/agents/${agentId}/firearm-decisions`)
        .set(...bearer(await t.tokenOf('chef')))
        .send({ date: '2026-06-01', decision: 'SUSPENDED', reference: 'AP 2026-101' })
        .expect(201);
      expect(await firearm()).toMatchObject({ valid: false, issue: 'SUSPENDED' });
    });

    it('flags a qualification expiring within 30 days, and an expired one', async () => {
      const token = await t.tokenOf('rh');
      await t.http
        .post(`/api/agents/${agentId}/qualifications`)
        .set(...bearer(token))
        .send({ kind: 'FIRST_AID', obtainedOn: '2024-07-01', expiresOn: '2026-07-01' })
        .expect(201);
      await t.http
        .post(`/api/agents/${agentId}/qualifications`)
        .set(...bearer(token))
        .send({ kind: 'TASER', obtainedOn: '2023-01-01', expiresOn: '2026-06-15' })
        .expect(201);
      const response = await t.http
        .get(`/api/agents/${agentId}`)
        .set(...bearer(token))
        .expect(200);
      const byKind = Object.fromEntries(
        (response.body as AgentResponse).qualifications.map((q) => [q.kind, q]),
      );
      expect(byKind.FIRST_AID).toMatchObject({ valid: true, expiringSoon: true });
      expect(byKind.TASER).toMatchObject({ valid: false, issue: 'EXPIRED', expiringSoon: false });
    });

    it('refuses an expiry before the obtention, a future session and an impossible number of rounds', async () => {
      const token = await t.tokenOf('rh');
      const badDates = await t.http
        .post(`/api/agents/${agentId}/qualifications`)
        .set(...bearer(token))
        .send({ kind: 'BATON', obtainedOn: '2026-01-01', expiresOn: '2025-01-01' })
        .expect(400);
      expect(badDates.body.errors).toEqual([
        { field: 'expiresOn', message: 'doit être postérieure à la date d’obtention' },
      ]);
      await t.http
        .post(`/api/agents/${agentId}/shooting-sessions`)
        .set(...bearer(token))
        .send({ date: '2026-07-01', rounds: 30 })
        .expect(400);
      await t.http
        .post(`/api/agents/${agentId}/shooting-sessions`)
        .set(...bearer(token))
        .send({ date: '2026-06-01', rounds: 0 })
        .expect(400);
      await t.http
        .post(`/api/agents/${agentId}/shooting-sessions`)
        .set(...bearer(token))
        .send({ date: '2026-06-01', rounds: 2 ** 31 })
        .expect(400);
    });

    it('deletes a qualification entered by mistake, and answers 404 for one of another agent', async () => {
      const token = await t.tokenOf('chef');
      const added = await t.http
        .post(`/api/agents/${agentId}/qualifications`)
        .set(...bearer(token))
        .send({ kind: 'DOG_HANDLER', obtainedOn: '2026-01-01' })
        .expect(201);
      const other = await agentByMatricule('PM-0131');
      await t.http
        .delete(`/api/agents/${other.id}/qualifications/${added.body.id}`)
        .set(...bearer(token))
        .expect(404);
      await t.http
        .delete(`/api/agents/${agentId}/qualifications/${added.body.id}`)
        .set(...bearer(token))
        .expect(204);
      await t.http
        .delete(`/api/agents/${agentId}/qualifications/${added.body.id}`)
        .set(...bearer(token))
        .expect(404);
    });

    it('shows the demo agent whose firearm permit the préfet suspended for lack of training', async () => {
      const caron = await agentByMatricule('PM-0153');
      const response = await t.http
        .get(`/api/agents/${caron.id}`)
        .set(...bearer(await t.tokenOf('rh')))
        .expect(200);
      expect((response.body as AgentResponse).qualifications.find((q) => q.kind === 'FIREARM')).toMatchObject(
        { valid: false, issue: 'SUSPENDED' },
      );
    });
  });
});
