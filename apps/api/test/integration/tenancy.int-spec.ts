import { IncidentResponse, LoginResponse } from '@vigie/shared';
import { Client } from 'pg';

import { inService } from '../../src/common/tenancy/tenant';
import { TENANT_TABLES } from '../../src/database/migrations/1796800000000-ServicesAsTenants';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES, PLATFORM_LOGIN, POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { liveOperations } from '../support/openapi';
import { ROW_SECURED_TABLES } from '../support/row-secured-tables';
import { bearer, claimsOf, createTestApp, type TestApp } from '../support/test-app';

const LOMME = DEMO_SERVICES.lomme.id;
const POOLED = DEMO_SERVICES.pooled.id;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

describe('services as tenants (row-level security)', () => {
  let t: TestApp;
  /** The app role's own connection: row security applies to it as to the API. */
  let app: Client;

  const signIn = async (login: string): Promise<LoginResponse> =>
    (await t.http.post('/api/auth/login').send({ login, password: DEMO_PASSWORD }).expect(200))
      .body as LoginResponse;

  /** The pooled chief, signed in and moved to his own service. */
  const inPooledService = async (): Promise<LoginResponse> =>
    (
      await t.http
        .post('/api/auth/service')
        .set(...bearer((await signIn(POOLED_CHIEF.login)).accessToken))
        .send({ serviceId: POOLED })
        .expect(200)
    ).body as LoginResponse;

  /** The tenant tables whose rows have a uuid `id`. */
  const tablesWithIds = async (): Promise<string[]> => {
    const rows = await t.owner.query(
      `SELECT table_name FROM information_schema.columns WHERE column_name = 'id' AND data_type = 'uuid' AND table_name = ANY($1)`,
      [[...TENANT_TABLES]],
    );
    return rows.map((row: { table_name: string }) => row.table_name);
  };

  /** Every id of a service's rows (`limit` per table when given), through the owner (who is not subject to row security). */
  const idsOf = async (serviceId: string, limit?: number): Promise<Set<string>> => {
    const ids = new Set<string>();
    for (const table of await tablesWithIds()) {
      const rows = await t.owner.query(
        `SELECT id FROM "${table}" WHERE service_id = $1${limit ? ` LIMIT ${limit}` : ''}`,
        [serviceId],
      );
      for (const { id } of rows) ids.add(id as string);
    }
    return ids;
  };

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    app = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  const actAs = (serviceId: string | null) =>
    app.query(`SELECT set_config('vigie.service', $1, false)`, [serviceId ?? '']);

  it('shows a query without any filter only its service’s rows, and none without a service', async () => {
    await actAs(LOMME);
    const [lomme] = (await app.query('SELECT count(*)::int AS n FROM agent')).rows;
    await actAs(POOLED);
    // The pooled service reads its own agents and the one Lomme lends it (CSI L512-1).
    const [pooled] = (
      await app.query(
        'SELECT count(*)::int AS n FROM agent WHERE id NOT IN (SELECT agent_id FROM agent_secondment)',
      )
    ).rows;
    const [lent] = (await app.query('SELECT count(*)::int AS n FROM agent WHERE service_id <> $1', [POOLED]))
      .rows;
    const [pooledIncidents] = (await app.query('SELECT count(*)::int AS n FROM incident')).rows;
    await actAs(null);
    const [none] = (await app.query('SELECT count(*)::int AS n FROM agent')).rows;
    const [everyone] = await t.owner.query('SELECT count(*)::int AS n FROM agent');
    expect(lomme.n).toBeGreaterThanOrEqual(23);
    expect(pooled.n).toBe(4);
    expect(lent.n).toBe(1);
    expect(pooledIncidents.n).toBe(0);
    expect(none.n).toBe(0);
    expect(lomme.n + pooled.n).toBe(everyone.n);
  });

  it('writes a row into the connection’s service, and refuses one written into another', async () => {
    await actAs(POOLED);
    const inserted = await app.query(
      `INSERT INTO staffing_target (effective_date, headcount) VALUES ('2030-01-01', 4) RETURNING service_id`,
    );
    expect(inserted.rows[0].service_id).toBe(POOLED);
    await expect(
      app.query(
        `INSERT INTO staffing_target (service_id, effective_date, headcount) VALUES ($1, '2030-01-02', 4)`,
        [LOMME],
      ),
    ).rejects.toThrow(/row-level security/);
    // Another service's rows cannot be reached to be changed or deleted.
    const updated = await app.query(
      `UPDATE agent SET phone = '0000' WHERE service_id = $1 AND id NOT IN (SELECT agent_id FROM agent_secondment)`,
      [LOMME],
    );
    expect(updated.rowCount).toBe(0);
    // The agent Lomme lends it is read and locked by the pooled service, never changed.
    await expect(app.query(`UPDATE agent SET phone = '0000' WHERE service_id = $1`, [LOMME])).rejects.toThrow(
      /row-level security/,
    );
    await app.query(`DELETE FROM staffing_target WHERE effective_date = '2030-01-01'`);
  });

  it('gives the app role no way around row security', async () => {
    await actAs(POOLED);
    // Only the owner may turn it off, and `row_security = off` makes a filtered query fail.
    await expect(app.query('ALTER TABLE agent DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/owner/);
    await app.query('SET row_security = off');
    await expect(app.query('SELECT count(*) FROM agent')).rejects.toThrow(/row-level security/);
    await app.query('RESET row_security');
    const [{ bypass }] = (
      await app.query('SELECT rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user')
    ).rows;
    expect(bypass).toBe(false);
    // Every tenant table has its policy, and row security on.
    const tables = await t.owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid WHERE c.relrowsecurity`,
    );
    expect(new Set(tables.map((row: { relname: string }) => row.relname))).toEqual(
      new Set(ROW_SECURED_TABLES),
    );
  });

  it('searches through a view of the service’s own documents, which nobody writes through', async () => {
    const visible = async () =>
      (await app.query('SELECT count(*)::int AS n FROM incident_search_own')).rows[0].n as number;
    const [own] = await t.owner.query(
      'SELECT count(*)::int AS n FROM incident_search WHERE service_id = $1',
      [LOMME],
    );
    const [all] = await t.owner.query('SELECT count(*)::int AS n FROM incident_search');
    await actAs(LOMME);
    expect(await visible()).toBe(own.n);
    expect(own.n).toBeGreaterThan(0);
    await actAs(POOLED);
    expect(await visible()).toBe(all.n - own.n);
    await actAs(null);
    expect(await visible()).toBe(0);
    await actAs(LOMME);
    await expect(app.query('DELETE FROM incident_search_own')).rejects.toThrow(/permission denied/);
    await expect(
      app.query(`INSERT INTO incident_search_own (incident_id, document) VALUES (gen_random_uuid(), '')`),
    ).rejects.toThrow(/permission denied/);
  });

  it('checks a signed-in request by one function that answers its own session and nothing else', async () => {
    const check = async (token: string) =>
      (await app.query('SELECT * FROM vigie_signed_in($1)', [claimsOf<{ sid: string }>(token).sid])).rows;
    const chief = await signIn('chef');
    await actAs(null);
    expect(await check(chief.accessToken)).toEqual([
      {
        login: 'chef',
        user_id: chief.user.id,
        service_id: LOMME,
        platform: false,
        display_name: chief.user.displayName,
        roles: chief.user.roles,
        agent_id: chief.user.agentId,
      },
    ]);
    // The function opened nothing else to the connection.
    expect((await app.query('SELECT count(*)::int AS n FROM app_user')).rows[0].n).toBe(0);
    // The platform's session has no user; a session logged out answers nothing.
    const platform = await signIn(PLATFORM_LOGIN);
    expect(await check(platform.accessToken)).toEqual([
      expect.objectContaining({ login: PLATFORM_LOGIN, user_id: null, platform: true, roles: null }),
    ]);
    await t.http
      .post('/api/auth/logout')
      .set(...bearer(chief.accessToken))
      .expect(204);
    expect(await check(chief.accessToken)).toEqual([]);
    // A disabled user's session answers without its user, which the guard refuses.
    const hr = await signIn('rh');
    await t.owner.query('UPDATE app_user SET disabled = true WHERE id = $1', [hr.user.id]);
    try {
      expect(await check(hr.accessToken)).toEqual([
        expect.objectContaining({ login: 'rh', user_id: hr.user.id, display_name: null, roles: null }),
      ]);
      await t.http
        .get('/api/auth/me')
        .set(...bearer(hr.accessToken))
        .expect(401);
    } finally {
      await t.owner.query('UPDATE app_user SET disabled = false WHERE id = $1', [hr.user.id]);
    }
  });

  it('takes a member of two services to his last one, lets him switch, and ends the session he leaves', async () => {
    const first = await signIn(POOLED_CHIEF.login);
    expect(first.user.service?.id).toBe(POOLED);
    expect(first.user.roles).toEqual(['CHIEF']);
    expect(first.user.services.map((service) => service.id).sort()).toEqual([LOMME, POOLED].sort());
    const agents = await t.http
      .get('/api/agents')
      .set(...bearer(first.accessToken))
      .expect(200);
    // Its four, and the agent Lomme lends it (named as Lomme's).
    expect(agents.body.items).toHaveLength(5);
    expect(
      agents.body.items
        .filter((a: { homeServiceName?: string }) => a.homeServiceName)
        .map((a: { lastName: string }) => a.lastName),
    ).toEqual(['Wallart']);

    const switched = await t.http
      .post('/api/auth/service')
      .set(...bearer(first.accessToken))
      .send({ serviceId: LOMME })
      .expect(200);
    const lomme = switched.body as LoginResponse;
    expect(lomme.user.service?.name).toBe('Police municipale de Lomme');
    expect(lomme.user.roles).toEqual(['SUPERVISOR']);
    await t.http
      .get('/api/agents')
      .set(...bearer(first.accessToken))
      .expect(401);
    const there = await t.http
      .get('/api/agents')
      .set(...bearer(lomme.accessToken))
      .expect(200);
    expect(there.body.items.length).toBeGreaterThanOrEqual(23);

    // A service he does not belong to reads as absent; his next sign-in takes him to Lomme.
    await t.http
      .post('/api/auth/service')
      .set(...bearer(lomme.accessToken))
      .send({ serviceId: '00000000-0000-4000-8000-000000000001' })
      .expect(404);
    expect((await signIn(POOLED_CHIEF.login)).user.service?.id).toBe(LOMME);
    const chief = await signIn('chef');
    await t.http
      .post('/api/auth/service')
      .set(...bearer(chief.accessToken))
      .send({ serviceId: POOLED })
      .expect(404);
  });

  it('numbers and chains each service’s main courante on its own', async () => {
    const pooled = await inPooledService();
    const chef = await signIn('chef');
    const lommeBefore = await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(chef.accessToken))
      .expect(200);
    const created = await t.http
      .post('/api/incidents')
      .set(...bearer(pooled.accessToken))
      .send({
        occurredAt: '2026-06-15T09:30:00+02:00',
        category: 'TRAFFIC.PARKING',
        location: { address: '3 rue de Lille', quartier: 'LOMPRET' },
        summary: 'Stationnement gênant devant la mairie de Lompret',
        description: 'Avis de contravention apposé.',
        agentIds: [pooled.user.agentId],
        actions: [],
      })
      .expect(201);
    const incident = created.body as IncidentResponse;
    expect(incident.number).toBe('MC-2026-000001');
    const integrity = await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(pooled.accessToken))
      .expect(200);
    expect(integrity.body).toMatchObject({ ok: true, checked: 1, head: { seq: 1 } });
    const lommeAfter = await t.http
      .get('/api/incidents/integrity')
      .set(...bearer(chef.accessToken))
      .expect(200);
    expect(lommeAfter.body).toEqual(lommeBefore.body);
    await t.http
      .get(`/api/incidents/${incident.id}`)
      .set(...bearer(chef.accessToken))
      .expect(404);
  });

  it('answers no row of Lomme to the pooled service’s chief, on any read of the API', async () => {
    const lommeIds = await idsOf(LOMME);
    expect(lommeIds.size).toBeGreaterThan(1000);
    // What the convention opens to the pooled service: the agent Lomme lends it, his record's
    // qualifications and permit decisions, and the secondment itself — nothing else.
    const lent = await t.owner.query(
      `SELECT s.id, s.agent_id FROM agent_secondment s WHERE s.service_id = $1 AND s.host_service_id = $2`,
      [LOMME, POOLED],
    );
    expect(lent).toHaveLength(1);
    const agents = lent.map((row: { agent_id: string }) => row.agent_id);
    const opened = [
      ...lent.map((row: { id: string }) => row.id),
      ...agents,
      ...(
        await t.owner.query(
          `SELECT id FROM agent_qualification WHERE agent_id = ANY($1) UNION ALL SELECT id FROM firearm_decision WHERE agent_id = ANY($1)`,
          [agents],
        )
      ).map((row: { id: string }) => row.id),
    ];
    for (const id of opened) lommeIds.delete(id);
    const pooled = await inPooledService();
    const { operations } = await liveOperations(t.http);
    // A sample of Lomme's ids of every kind, put in every id of every read.
    const sample = [...(await idsOf(LOMME, 1))];
    let requests = 0;
    const leaks: string[] = [];
    for (const operation of operations.filter(
      (op) => op.method === 'get' && !op.path.startsWith('/api/platform'),
    )) {
      const params = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      if (params.length > 1) continue;
      const paths =
        params.length === 0 ? [operation.path] : sample.map((id) => operation.path.replace(/\{\w+\}/, id));
      for (const path of paths) {
        const response = await t.http.get(path).set(...bearer(pooled.accessToken));
        requests++;
        expect(response.status).toBeLessThan(500);
        const body = typeof response.text === 'string' ? response.text : JSON.stringify(response.body);
        // The id asked for comes back in a 404's `instance`: the caller knew it already.
        for (const id of body.match(UUID) ?? [])
          if (lommeIds.has(id) && !path.includes(id)) leaks.push(`${path}: ${id}`);
      }
    }
    expect(requests).toBeGreaterThan(200);
    expect(leaks).toEqual([]);
  });

  it('refuses a row of one service naming another service’s agent, whatever the route', async () => {
    const pooled = await inPooledService();
    const [{ id: lommeAgent }] = await t.owner.query(
      `SELECT id FROM agent WHERE service_id = $1 AND id NOT IN (SELECT agent_id FROM agent_secondment) LIMIT 1`,
      [LOMME],
    );
    const [{ id: stat }] = await t.owner.query(`SELECT id FROM shift_type WHERE service_id = $1 LIMIT 1`, [
      POOLED,
    ]);
    const attempts: [string, string, object, string][] = [
      [
        'post',
        '/api/users',
        {
          login: 'pluri.agent',
          displayName: 'X',
          roles: ['AGENT'],
          password: 'Brume-Canal-Orties-59',
          agentId: lommeAgent,
        },
        'USER_AGENT_UNKNOWN',
      ],
      [
        'post',
        '/api/absences',
        {
          agentId: lommeAgent,
          kind: 'TRAINING',
          startsAt: '2026-06-20T08:00:00+02:00',
          endsAt: '2026-06-20T17:00:00+02:00',
        },
        'UNKNOWN_REFERENCE',
      ],
      [
        'post',
        '/api/cycles',
        { name: 'Cycle', startDate: '2026-07-06', days: [stat], agentIds: [lommeAgent] },
        'UNKNOWN_REFERENCE',
      ],
      [
        'post',
        '/api/derogations',
        {
          kind: 'EXCEPTIONAL',
          rule: 'WEEKLY_HOURS',
          limit: 52,
          title: 'Fête',
          reason: 'Circonstances',
          decidedBy: 'Le maire',
          agentIds: [lommeAgent],
          from: '2026-07-01',
          to: '2026-07-02',
        },
        'DEROGATION_UNKNOWN_AGENT',
      ],
      [
        'post',
        '/api/incidents',
        {
          occurredAt: '2026-06-15T09:30:00+02:00',
          category: 'TRAFFIC.PARKING',
          location: { address: '3 rue de Lille', quartier: 'LOMPRET' },
          summary: 'Stationnement gênant',
          description: 'Avis apposé.',
          agentIds: [pooled.user.agentId, lommeAgent],
          actions: [],
        },
        'UNKNOWN_REFERENCE',
      ],
    ];
    for (const [method, path, body, reason] of attempts) {
      const response = await t.http[method as 'post'](path)
        .set(...bearer(pooled.accessToken))
        .send(body);
      expect([path, response.body.reason]).toEqual([path, reason]);
    }
    const [{ n }] = await t.owner.query(
      `SELECT (SELECT count(*) FROM app_user WHERE agent_id = $1 AND service_id <> $2)
            + (SELECT count(*) FROM absence WHERE agent_id = $1 AND service_id <> $2)
            + (SELECT count(*) FROM work_cycle WHERE $1 = ANY(agent_ids) AND service_id <> $2)
            + (SELECT count(*) FROM derogation WHERE $1 = ANY(agent_ids) AND service_id <> $2)
            + (SELECT count(*) FROM incident_agent WHERE agent_id = $1 AND service_id <> $2) AS n`,
      [lommeAgent, LOMME],
    );
    expect(Number(n)).toBe(0);
  });

  it('lets the platform open a service with its first chief, and read no service’s data', async () => {
    const platform = await signIn(PLATFORM_LOGIN);
    expect(platform.user).toMatchObject({ platform: true, service: null, roles: [] });
    const token = platform.accessToken;
    for (const path of ['/api/agents', '/api/incidents', '/api/users', '/api/time-accounts']) {
      await t.http
        .get(path)
        .set(...bearer(token))
        .expect(403);
    }
    const body = {
      name: 'Police municipale de Pérenchies',
      kind: 'COMMUNE',
      inseeCodes: ['59457'],
      chief: { login: 'chef.perenchies', displayName: 'Aline Roussel', password: 'Brume-Canal-Orties-59' },
    };
    const unknown = await t.http
      .post('/api/platform/services')
      .set(...bearer(token))
      .send({ ...body, inseeCodes: ['59999'] })
      .expect(400);
    expect(unknown.body.reason).toBe('COMMUNE_UNKNOWN');
    const two = await t.http
      .post('/api/platform/services')
      .set(...bearer(token))
      .send({ ...body, inseeCodes: ['59457', '59356'] })
      .expect(400);
    expect(two.body.reason).toBe('SERVICE_COMMUNES_INVALID');
    const lonely = await t.http
      .post('/api/platform/services')
      .set(...bearer(token))
      .send({ ...body, kind: 'POOLED' })
      .expect(400);
    expect(lonely.body.reason).toBe('SERVICE_COMMUNES_INVALID');
    const taken = await t.http
      .post('/api/platform/services')
      .set(...bearer(token))
      .send({ ...body, chief: { ...body.chief, login: 'chef' } })
      .expect(409);
    expect(taken.body.reason).toBe('LOGIN_TAKEN');
    const [{ n: servicesBefore }] = await t.owner.query('SELECT count(*)::int AS n FROM service');
    expect(servicesBefore).toBe(2);

    const created = await t.http
      .post('/api/platform/services')
      .set(...bearer(token))
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Police municipale de Pérenchies',
      communes: [
        { code: '59457', name: 'Pérenchies', departement: '59', parentCode: null, parentName: null },
      ],
    });
    const list = await t.http
      .get('/api/platform/services')
      .set(...bearer(token))
      .expect(200);
    expect(list.body.items.map((service: { name: string }) => service.name)).toContain(body.name);

    const chief = (
      await t.http
        .post('/api/auth/login')
        .send({ login: 'chef.perenchies', password: body.chief.password })
        .expect(200)
    ).body as LoginResponse;
    expect(chief.user).toMatchObject({ roles: ['CHIEF'], service: { id: created.body.id } });
    const agents = await t.http
      .get('/api/agents')
      .set(...bearer(chief.accessToken))
      .expect(200);
    expect(agents.body.items).toEqual([]);
    const audit = await t.http
      .get('/api/audit')
      .set(...bearer(chief.accessToken))
      .expect(200);
    expect(JSON.stringify(audit.body)).toContain('plateforme');
    // A service user is refused the platform's routes.
    await t.http
      .get('/api/platform/services')
      .set(...bearer(chief.accessToken))
      .expect(403);
    await inService(created.body.id, async () => {
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user');
      expect(n).toBe(1);
    });
    // Its own session: it may read who it is, change its password's form, and sign out.
    await t.http
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(200);
    await t.http
      .post('/api/auth/logout')
      .set(...bearer(token))
      .expect(204);
    await t.http
      .get('/api/platform/services')
      .set(...bearer(token))
      .expect(401);
  });

  it('searches the official list of communes by name, accents and case aside', async () => {
    const token = (await signIn(PLATFORM_LOGIN)).accessToken;
    const found = await t.http
      .get('/api/platform/communes?q=PERENCH')
      .set(...bearer(token))
      .expect(200);
    expect(found.body.items).toEqual([
      { code: '59457', name: 'Pérenchies', departement: '59', parentCode: null, parentName: null },
    ]);
    const lomme = await t.http
      .get('/api/platform/communes?q=lomme')
      .set(...bearer(token))
      .expect(200);
    expect(lomme.body.items).toContainEqual({
      code: '59355',
      name: 'Lomme',
      departement: '59',
      parentCode: '59350',
      parentName: 'Lille',
    });
    await t.http
      .get('/api/platform/communes?q=l')
      .set(...bearer(token))
      .expect(400);
  });
});
