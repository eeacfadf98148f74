import fc from 'fast-check';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES, PLATFORM_LOGIN, POOLED_CHIEF } from '../../src/database/seed/services.seed';
import { bodyText, IdPools, queryText, segment } from '../support/fuzz';
import { liveOperations } from '../support/openapi';
import { ROW_SECURED_TABLES } from '../support/row-secured-tables';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 25: every operation of the API, as the chiefs of three services, aimed at the others'
 * rows — their ids in the paths, the bodies and the queries. No answer holds a row of another
 * service; no request changes another service's rows (their fingerprint, per caller and
 * operation); and no row of a service refers to another's (foreign keys and id arrays), but
 * for the agent Lomme lends the pooled service (CSI L512-1).
 */

/** Requests per operation and caller (TENANCY_FUZZ_RUNS overrides): ≥ 20 000 in all. */
const RUNS = Number(process.env.TENANCY_FUZZ_RUNS ?? 65);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TABLES = ROW_SECURED_TABLES;
const LOMME = DEMO_SERVICES.lomme.id;
const POOLED = DEMO_SERVICES.pooled.id;
/** Their own sessions and passwords are not the subject, and the solver costs a second a call. */
const LEFT_OUT = /^(\w+ \/api\/(auth|platform)\/|POST \/api\/roster\/plan)/;
/** To replay one operation's requests (a failure's key, e.g. `POST /api/incidents`). */
const ONLY = process.env.TENANCY_FUZZ_ONLY;

describe('fuzzing every operation across three services', () => {
  let t: TestApp;
  /** The three callers, each the chief of his service. */
  const callers: { service: string; token: string }[] = [];
  /** Every tenant row's id, with its service. */
  const owners = new Map<string, string>();
  /** Ids another service may read by a convention: the lent agent's, per host service. */
  const opened = new Map<string, Set<string>>();

  const signIn = async (login: string, password = DEMO_PASSWORD): Promise<string> =>
    (await t.http.post('/api/auth/login').send({ login, password }).expect(200)).body.accessToken as string;

  /** A service's rows: count and newest row version of each tenant table (the owner reads all). */
  const fingerprint = async (service: string): Promise<string> =>
    JSON.stringify(
      await t.owner.query(
        TABLES.map(
          (table) =>
            `SELECT '${table}' AS t, count(*)::int AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM "${table}" WHERE service_id = $1`,
        ).join(' UNION ALL '),
        [service],
      ),
    );

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15', env: { PLANNER_TIME_LIMIT_SECONDS: '1' } });
    const pooledLogin = await signIn(POOLED_CHIEF.login);
    const pooled = (
      await t.http
        .post('/api/auth/service')
        .set(...bearer(pooledLogin))
        .send({ serviceId: POOLED })
        .expect(200)
    ).body.accessToken as string;
    // A third service, opened by the platform, with a few rows of its own.
    const platform = await signIn(PLATFORM_LOGIN);
    const third = (
      await t.http
        .post('/api/platform/services')
        .set(...bearer(platform))
        .send({
          name: 'Police municipale de Pérenchies',
          kind: 'COMMUNE',
          inseeCodes: ['59457'],
          chief: {
            login: 'chef.perenchies',
            displayName: 'Aline Roussel',
            password: 'Brume-Canal-Orties-59',
          },
        })
        .expect(201)
    ).body.id as string;
    const perenchies = await signIn('chef.perenchies', 'Brume-Canal-Orties-59');
    await t.http
      .post('/api/agents')
      .set(...bearer(perenchies))
      .send({
        matricule: 'PER-001',
        firstName: 'Inès',
        lastName: 'Lemaire',
        grade: 'GARDIEN_BRIGADIER',
        status: 'ACTIVE',
        hireDate: '2020-03-01',
      })
      .expect(201);
    callers.push(
      { service: LOMME, token: await t.tokenOf('chef') },
      { service: POOLED, token: pooled },
      { service: third, token: perenchies },
    );
    const withIds = await t.owner.query(
      `SELECT table_name FROM information_schema.columns
        WHERE column_name = 'id' AND data_type = 'uuid' AND table_name = ANY($1)`,
      [TABLES],
    );
    for (const { table_name: table } of withIds as { table_name: string }[]) {
      const rows = await t.owner.query(`SELECT id::text, service_id::text AS service FROM "${table}"`);
      for (const row of rows as { id: string; service: string }[]) owners.set(row.id, row.service);
    }
    const lent = await t.owner.query(
      `SELECT s.host_service_id::text AS host, a.id::text FROM agent_secondment s
         JOIN LATERAL (SELECT s.id UNION ALL SELECT s.agent_id
                       UNION ALL SELECT q.id FROM agent_qualification q WHERE q.agent_id = s.agent_id
                       UNION ALL SELECT f.id FROM firearm_decision f WHERE f.agent_id = s.agent_id) a(id) ON true`,
    );
    for (const { host, id } of lent as { host: string; id: string }[]) {
      opened.set(host, (opened.get(host) ?? new Set()).add(id));
    }
  });
  afterAll(() => t.close());

  it('answers no row of another service and writes none, on ≥ 20 000 requests', async () => {
    const { doc, operations } = await liveOperations(t.http);
    const ids = [...owners.keys()];
    const sample = (service: string): string[] =>
      ids.filter((id) => owners.get(id) !== service).filter((_, index) => index % 7 === 0);
    const leaks: string[] = [];
    const crossWrites: string[] = [];
    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    for (const operation of operations.filter((op) => !LEFT_OUT.test(op.key) && (!ONLY || op.key === ONLY))) {
      const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const caller of callers) {
        // Aimed at the others: their ids in every path, body and query.
        const others = sample(caller.service);
        const pools: IdPools = Object.fromEntries(names.map((name) => [name, others]));
        const request = fc.record({
          path: fc.tuple(...names.map((name) => segment(pools[name])), fc.constant('')),
          query: queryText(doc, operation, others),
          body: operation.body ? bodyText(doc, operation.body, others) : fc.constant(undefined),
        });
        const watched = callers.filter((other) => other !== caller);
        const before =
          operation.method === 'get' ? [] : await Promise.all(watched.map((w) => fingerprint(w.service)));
        await fc.assert(
          fc.asyncProperty(request, async ({ path, query, body }) => {
            let index = 0;
            const url = operation.path.replace(/\{\w+\}/g, () => path[index++]) + query;
            let call = t.http[operation.method](url).set(...bearer(caller.token));
            if (body !== undefined) call = call.set('Content-Type', 'application/json').send(body);
            const response = await call;
            requests += 1;
            if (response.status >= 500) failures.push(`${operation.key} ${url}: ${response.status}`);
            const text = response.text ?? JSON.stringify(response.body ?? '');
            for (const id of text.match(UUID) ?? []) {
              const owner = owners.get(id.toLowerCase());
              if (!owner || owner === caller.service || url.includes(id) || String(body).includes(id))
                continue;
              if (opened.get(caller.service)?.has(id.toLowerCase())) continue;
              leaks.push(`${operation.key} as ${caller.service}: ${id} (${owner})`);
            }
            return true;
          }),
          { numRuns: RUNS, seed: SEED },
        );
        if (operation.method !== 'get') {
          const after = await Promise.all(watched.map((w) => fingerprint(w.service)));
          watched.forEach((w, i) => {
            if (after[i] !== before[i])
              crossWrites.push(`${operation.key} as ${caller.service} changed ${w.service}`);
          });
        }
      }
    }
    // No row of one service refers to a row of another (foreign keys and id arrays), but the
    // host's rows naming the agent lent to it.
    const references = await t.owner.query(
      `SELECT c.conrelid::regclass::text AS child, a.attname AS col, c.confrelid::regclass::text AS parent
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND a.attname <> 'service_id'
          AND c.conrelid::regclass::text = ANY($1) AND c.confrelid::regclass::text = ANY($1)`,
      [TABLES],
    );
    const arrays = [
      { child: 'derogation', col: 'agent_ids', parent: 'agent' },
      { child: 'work_cycle', col: 'agent_ids', parent: 'agent' },
    ];
    const across: string[] = [];
    for (const { child, col, parent } of references as { child: string; col: string; parent: string }[]) {
      const [{ n }] = await t.owner.query(
        `SELECT count(*)::int AS n FROM "${child}" c JOIN "${parent}" p ON p.id = c."${col}"
          WHERE c.service_id <> p.service_id
            AND NOT (p.id IN (SELECT agent_id FROM agent_secondment s WHERE s.host_service_id = c.service_id))`,
      );
      if (n > 0) across.push(`${child}.${col} → ${parent}: ${n}`);
    }
    for (const { child, col, parent } of arrays) {
      const [{ n }] = await t.owner.query(
        `SELECT count(*)::int AS n FROM "${child}" c, unnest(c."${col}") AS ref(id) JOIN "${parent}" p ON p.id = ref.id
          WHERE c.service_id <> p.service_id
            AND NOT (p.id IN (SELECT agent_id FROM agent_secondment s WHERE s.host_service_id = c.service_id))`,
      );
      if (n > 0) across.push(`${child}.${col}[] → ${parent}: ${n}`);
    }
    process.stdout.write(
      `\n  tenancy fuzz: ${requests} requests as 3 services in ${Math.round((Date.now() - started) / 1000)} s (seed ${SEED}), ` +
        `${references.length + arrays.length} references checked\n`,
    );
    expect(requests).toBeGreaterThanOrEqual(RUNS === 65 && !ONLY ? 20_000 : 0);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(leaks.slice(0, 20)).toEqual([]);
    expect(crossWrites).toEqual([]);
    expect(across).toEqual([]);
  }, 1_200_000);
});
