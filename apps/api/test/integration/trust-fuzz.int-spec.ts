import { writeFileSync } from 'node:fs';

import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import fc from 'fast-check';
import type { Response } from 'supertest';

import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { bodyText, IdPools, queryText, segment } from '../support/fuzz';
import { liveOperations, OpenApiDocument, Operation, resolve, Schema } from '../support/openapi';
import { bearer, createTestApp, platformTokenOf, TestApp } from '../support/test-app';

/**
 * A property-based fuzzer driven by the live OpenAPI document: for every operation, generated
 * bodies, query strings and path parameters — schema-shaped values mixed with hostile ones —
 * and the promises of API.md: never a 5xx, errors always problem+json, and nothing written
 * when the answer is a 4xx (checked on a sample of the writes).
 */

/** Runs per operation (FUZZ_RUNS overrides); costly operations get fewer, see SLOW. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Operations that hash a password or run the solver on every valid call. */
const SLOW: Record<string, number> = {
  'POST /api/auth/login': 40,
  'POST /api/auth/logout': 30,
  'POST /api/auth/password': 40,
  'POST /api/platform/services': 40,
  'POST /api/roster/plan': 25,
};
/** FUZZ_SEED replays a run; FUZZ_ONLY (a regular expression on `METHOD /path`) narrows it. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_615);
const TODAY = '2026-06-15';

/** Where each path parameter's real ids come from. */
const POOLS: Record<string, string> = {
  '/api/users/{id}': "SELECT id FROM app_user WHERE login NOT IN ('chef', 'superviseur', 'agent', 'rh')",
  '/api/agents/{id}': 'SELECT id FROM agent',
  qid: 'SELECT id FROM agent_qualification',
  sid: 'SELECT id FROM shooting_session',
  agentId: 'SELECT id FROM agent',
  '/api/recruitments/{id}': 'SELECT id FROM recruitment',
  '/api/shift-types/{id}': 'SELECT id FROM shift_type',
  '/api/shifts/{id}': 'SELECT id FROM shift',
  '/api/absences/{id}': 'SELECT id FROM absence',
  '/api/incidents/{id}': 'SELECT id FROM incident',
  '/api/cameras/{id}': 'SELECT id FROM camera',
  '/api/footage-requests/{id}': 'SELECT id FROM footage_request',
};

interface Finding {
  key: string;
  request: string;
  status: number;
  problem: string;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: Operation[];
  const tokens: Record<string, string> = {};
  let fingerprintSql = '';
  let allIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ today: TODAY, env: { PLANNER_TIME_LIMIT_SECONDS: '1' } });
    ({ doc, operations } = await liveOperations(t.http));
    for (const login of ['chef', 'superviseur', 'agent'] as const) tokens[login] = await t.tokenOf(login);
    // The platform's routes serve its accounts only (issue 25): fuzzed as the demo's platform account.
    tokens.plateforme = await platformTokenOf(t);
    // Accounts the fuzzer may change (never the demo ones: their tokens sign the requests).
    for (const login of ['cible1', 'cible2', 'cible3']) {
      await t.http
        .post('/api/users')
        .set(...bearer(tokens.chef))
        .send({ login, displayName: 'Compte cible', roles: ['AGENT'], password: 'mot-de-passe-cible' })
        .expect(201);
    }
    // Left out: the journals a refused request writes on purpose (the audit trail, the failed
    // sign-ins the throttle counts) and the scheduler's log (its jobs run beside the fuzz).
    const tables = await t.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('audit_event', 'migration', 'login_failure', 'job_run')
        ORDER BY table_name`,
    );
    // Rows and the newest row version of every table: an insert, delete or update shows.
    fingerprintSql = tables
      .map(
        ({ table_name: name }) =>
          `SELECT '${name}' AS t, count(*)::text AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${name}"`,
      )
      .join(' UNION ALL ');
    allIds = (
      await t.dataSource.query<{ id: string }[]>(
        `SELECT id::text FROM agent UNION ALL SELECT id::text FROM camera UNION ALL
         (SELECT id::text FROM incident LIMIT 20) UNION ALL SELECT id::text FROM shift_type`,
      )
    ).map((row) => row.id);
  });
  afterAll(() => t.close());

  const fingerprint = async (): Promise<string> => JSON.stringify(await t.dataSource.query(fingerprintSql));

  async function poolOf(operation: Operation, name: string): Promise<string[]> {
    const sql = POOLS[name] ?? POOLS[operation.path.slice(0, operation.path.indexOf('}') + 1)];
    if (name === 'file') {
      const link = await t.http.post(`/api/agents/${allIds[0]}/calendar-token`).set(...bearer(tokens.chef));
      return [
        String((link.body as { url?: string }).url ?? '')
          .split('/')
          .pop() ?? 'x.ics',
      ];
    }
    if (!sql) return [];
    return (await t.dataSource.query<{ id: string }[]>(`${sql} LIMIT 50`)).map((row) => row.id);
  }

  it('never answers 5xx, always problem+json for errors, and writes nothing with a 4xx', async () => {
    const findings: Finding[] = [];
    const counts: Record<string, Record<number, number>> = {};
    let requests = 0;
    let checkedUnchanged = 0;
    const started = Date.now();

    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
    for (const operation of operations.filter((each) => !only || only.test(each.key))) {
      const pathNames = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const pools: IdPools = {};
      for (const name of pathNames) pools[name] = await poolOf(operation, name);
      const request = fc.record({
        caller: operation.path.startsWith('/api/platform/')
          ? fc.constant('plateforme')
          : fc.constantFrom('chef', 'chef', 'chef', 'chef', 'chef', 'superviseur', 'agent'),
        path: fc.tuple(...pathNames.map((name) => segment(pools[name])), fc.constant('')),
        query: queryText(doc, operation, allIds),
        body: operation.body ? bodyText(doc, operation.body, allIds) : fc.constant(undefined),
        check: fc.nat(3),
      });
      const runs = SLOW[operation.key] ?? RUNS;
      counts[operation.key] = {};
      await fc.assert(
        fc.asyncProperty(request, async ({ caller, path, query, body, check }) => {
          let index = 0;
          const url = operation.path.replace(/\{\w+\}/g, () => path[index++]) + query;
          const token =
            operation.key === 'POST /api/auth/logout'
              ? (
                  (await t.http.post('/api/auth/login').send({ login: caller, password: DEMO_PASSWORD }))
                    .body as { accessToken: string }
                ).accessToken
              : tokens[caller];
          const watch = operation.method !== 'get' && check === 0;
          const before = watch ? await fingerprint() : '';
          let call = t.http[operation.method](url).set(...bearer(token));
          if (body !== undefined) call = call.set('Content-Type', 'application/json').send(body);
          let response: Response;
          try {
            response = await call;
          } catch (error) {
            findings.push({
              key: operation.key,
              request: summarize(url, body),
              status: 0,
              problem: String(error),
            });
            return true;
          }
          requests += 1;
          counts[operation.key][response.status] = (counts[operation.key][response.status] ?? 0) + 1;
          const type = String(response.headers['content-type'] ?? '');
          const problem =
            response.status >= 500
              ? `${response.status} ${JSON.stringify(response.body)}`
              : response.status >= 400 && !type.startsWith(PROBLEM_CONTENT_TYPE)
                ? `not problem+json: ${type}`
                : null;
          const english = (response.body as { errors?: { message?: unknown }[] } | null)?.errors?.find(
            (error) =>
              typeof error.message === 'string' && /\b(must|should|be a|valid)\b/.test(error.message),
          );
          if (english) {
            findings.push({
              key: operation.key,
              request: summarize(url, body),
              status: response.status,
              problem: `English message: ${String(english.message)}`,
            });
          }
          if (problem)
            findings.push({
              key: operation.key,
              request: summarize(url, body),
              status: response.status,
              problem,
            });
          if (watch && response.status >= 400 && response.status < 500) {
            checkedUnchanged += 1;
            if ((await fingerprint()) !== before) {
              findings.push({
                key: operation.key,
                request: summarize(url, body),
                status: response.status,
                problem: 'the database changed',
              });
            }
          }
          return true;
        }),
        { numRuns: runs, seed: SEED },
      );
    }

    const seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(
      `\n  fuzz: ${requests} requests over ${operations.length} operations in ${seconds} s (seed ${SEED}), ` +
        `${checkedUnchanged} 4xx checked for no write, ${findings.length} findings\n`,
    );
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(findings, null, 1));
    expect(findings.slice(0, 25)).toEqual([]);
    // Not vacuous: every operation was reached past sign-in by some requests.
    const blocked = Object.entries(counts)
      .filter(([, byStatus]) => Object.keys(byStatus).every((status) => ['401', '403'].includes(status)))
      .map(([key]) => key);
    expect(blocked.filter((key) => key !== 'POST /api/auth/refresh')).toEqual([]);
  }, 900_000);

  it('documents every integer (with its bounds), enum and format it checks: a documented free value is never refused for its kind', async () => {
    const gaps: string[] = [];
    for (const operation of operations) {
      if (operation.method === 'get' || !operation.body) continue;
      for (const [field, schema] of fieldsOf(doc, operation.body)) {
        const integer =
          schema.type === 'integer' ? schema : schema.items?.type === 'integer' ? schema.items : null;
        if (integer && (integer.minimum === undefined || integer.maximum === undefined))
          gaps.push(`${operation.key} ${field}: integer without minimum and maximum`);
        const probe = probeFor(schema);
        if (probe === undefined) continue;
        const path = operation.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await t.http[operation.method](path)
          .set(...bearer(tokens.chef))
          .send(objectAt(field, probe));
        const errors = (
          (response.body as { errors?: { field: string; message: string }[] }).errors ?? []
        ).filter((error) => error.field === field);
        if (errors.length)
          gaps.push(`${operation.key} ${field}=${JSON.stringify(probe)}: ${errors[0].message}`);
      }
    }
    for (const operation of operations) {
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        const schema = resolve(doc, parameter.schema);
        if (schema.type === 'integer' && (schema.minimum === undefined || schema.maximum === undefined))
          gaps.push(`${operation.key} ?${parameter.name}: integer without minimum and maximum`);
        const probe = probeFor(schema);
        if (probe === undefined || parameter.name === 'cursor') continue;
        const response = await t.http
          .get(
            `${operation.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000')}?${parameter.name}=${encodeURIComponent(String(probe))}`,
          )
          .set(...bearer(tokens.chef));
        const errors = (
          (response.body as { errors?: { field: string; message: string }[] }).errors ?? []
        ).filter((error) => error.field === parameter.name);
        if (errors.length)
          gaps.push(`${operation.key} ?${parameter.name}=${String(probe)}: ${errors[0].message}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});

/** Every property of a body schema, nested objects included, with its dotted path. */
function fieldsOf(doc: OpenApiDocument, raw: Schema, prefix = '', depth = 0): [string, Schema][] {
  const schema = resolve(doc, raw);
  if (!schema.properties || depth > 3) return [];
  const fields: [string, Schema][] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const resolved = resolve(doc, property);
    if (resolved.properties) fields.push(...fieldsOf(doc, resolved, path, depth + 1));
    else fields.push([path, resolved]);
  }
  return fields;
}

/**
 * A value any field documented so must accept for its kind: 0.5 for a plain number (not an
 * integer), free text for a plain string (no enum, format or pattern), within documented bounds.
 */
function probeFor(schema: Schema): number | string | undefined {
  if (schema.enum || schema.format || schema.pattern) return undefined;
  if (schema.type === 'number') {
    const min = schema.minimum ?? -1e6;
    const max = schema.maximum ?? 1e6;
    const value = min <= 0.5 && max >= 0.5 ? 0.5 : (min + max) / 2;
    return Number.isInteger(value) ? undefined : value;
  }
  if (schema.type === 'string') {
    const text = 'Texte libre';
    if ((schema.minLength ?? 0) > text.length || (schema.maxLength ?? Infinity) < text.length)
      return undefined;
    return text;
  }
  return undefined;
}

function objectAt(path: string, value: unknown): object {
  const root: Record<string, unknown> = {};
  let node = root;
  const parts = path.split('.');
  for (const part of parts.slice(0, -1)) {
    node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
  return root;
}

function summarize(url: string, body: string | undefined): string {
  const shorten = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…(${text.length})` : text);
  return `${shorten(url)}${body === undefined ? '' : ` ${shorten(body)}`}`;
}
