import { MAX_PAGE_SIZE } from '@vigie/shared';

import { liveOperations, OpenApiDocument, Operation, resolve, Schema } from '../support/openapi';
import { withQuery } from '../support/pages';
import { bearer, createTestApp, DemoLogin, platformTokenOf, TestApp } from '../support/test-app';

/**
 * GET routes that may answer a bare JSON array, each with why it is no list. Empty today: every
 * collection is paged, and the bounded answers (the incident taxonomy, a period's roster context
 * and check, a schedule, the dashboard tiles, statistics, deployment, headcount and forecast) are
 * objects whose arrays are a fixed set or a period's whole content, not a list to walk.
 * A route added here must say why it is bounded: `'GET /api/x': 'the seven ISO weekdays'`.
 */
const PLAIN_ARRAYS_ALLOWED: Readonly<Record<string, string>> = {};

/** Values for the required query parameters of the GET routes, by name. */
const REQUIRED_QUERY: Readonly<Record<string, string>> = {
  from: '2026-06-15',
  to: '2026-06-21',
  by: 'category',
  month: '2026-06',
  q: 'lomme',
};

interface Documented {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
}

/** The schema of a 200 JSON answer, resolved; null when the document gives none. */
function okSchema(doc: OpenApiDocument, operation: Operation): Schema | null {
  const documented = (doc as unknown as Documented).paths[operation.path][operation.method];
  const schema = documented.responses?.['200']?.content?.['application/json']?.schema;
  return schema ? resolve(doc, schema) : null;
}

describe('every list follows the list contract (API.md: ?limit=&cursor=, {items, nextCursor})', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let gets: Operation[];

  beforeAll(async () => {
    t = await createTestApp({ today: '2026-06-15' });
    const live = await liveOperations(t.http);
    doc = live.doc;
    gets = live.operations.filter((operation) => operation.method === 'get');
  });
  afterAll(() => t.close());

  it('documents no GET route answering a bare array, but those allowed with a reason', () => {
    expect(gets.length).toBeGreaterThan(30);
    // The document does say when an answer is an array: the PUT of the target series echoes it.
    const put = (doc as unknown as Documented).paths['/api/staffing/targets'].put;
    expect(put.responses?.['200']?.content?.['application/json']?.schema?.type).toBe('array');
    const bare = gets
      .filter((operation) => okSchema(doc, operation)?.type === 'array')
      .map((operation) => operation.key)
      .filter((key) => !(key in PLAIN_ARRAYS_ALLOWED));
    expect(bare).toEqual([]);
  });

  it('documents every paged answer with its items, its cursor and the limit and cursor it takes', () => {
    const paged = gets.filter((operation) => okSchema(doc, operation)?.properties?.nextCursor);
    expect(paged.map((operation) => operation.key)).toEqual(
      expect.arrayContaining([
        'GET /api/absences',
        'GET /api/roster/publications',
        'GET /api/me/roster-changes',
        'GET /api/staffing/targets',
        'GET /api/shifts',
        'GET /api/cameras',
        'GET /api/footage-requests',
        'GET /api/shift-types',
        'GET /api/time-accounts',
        'GET /api/agents/{id}/worked',
        'GET /api/shifts/{id}/worked',
        'GET /api/weapons',
        'GET /api/weapon-issues',
      ]),
    );
    for (const operation of paged) {
      const schema = okSchema(doc, operation)!;
      const limit = operation.parameters.find((parameter) => parameter.name === 'limit');
      const cursor = operation.parameters.find((parameter) => parameter.name === 'cursor');
      expect({
        route: operation.key,
        items: schema.properties?.items?.type,
        limit: limit && { in: limit.in, minimum: limit.schema.minimum, maximum: limit.schema.maximum },
        cursor: cursor?.in,
      }).toEqual({
        route: operation.key,
        items: 'array',
        limit: { in: 'query', minimum: 1, maximum: MAX_PAGE_SIZE },
        cursor: 'query',
      });
    }
  });

  it('answers no GET route with a bare array, as the API really answers (whatever the document says)', async () => {
    const tokens = new Map<DemoLogin, string>();
    const token = async (login: DemoLogin): Promise<string> => {
      if (!tokens.has(login)) tokens.set(login, await t.tokenOf(login));
      return tokens.get(login)!;
    };
    const platform = await platformTokenOf(t);
    const bare: string[] = [];
    const unread: string[] = [];
    // Routes with a path parameter read one record (or its feed): not collections.
    for (const operation of gets.filter((get) => !get.path.includes('{'))) {
      const query = operation.parameters
        .filter((parameter) => parameter.in === 'query' && parameter.required)
        .map((parameter) => `${parameter.name}=${REQUIRED_QUERY[parameter.name] ?? ''}`)
        .join('&');
      const path = query ? withQuery(operation.path, query) : operation.path;
      let answered = false;
      // The platform's routes serve its accounts only (issue 25).
      const readers = operation.path.startsWith('/api/platform/')
        ? [platform]
        : await Promise.all((['chef', 'superviseur', 'agent', 'rh'] as const).map(token));
      for (const reader of readers) {
        const response = await t.http.get(path).set(...bearer(reader));
        if (response.status !== 200) continue;
        answered = true;
        if (
          response.headers['content-type']?.startsWith('application/json') &&
          Array.isArray(response.body) &&
          !(operation.key in PLAIN_ARRAYS_ALLOWED)
        ) {
          bare.push(operation.key);
        }
        break;
      }
      if (!answered) unread.push(operation.key);
    }
    expect(bare).toEqual([]);
    // Each route was really read by one of the roles: none escaped the check.
    expect(unread).toEqual([]);
  });
});
