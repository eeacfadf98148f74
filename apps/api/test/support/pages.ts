import type TestAgent from 'supertest/lib/agent';

import { bearer } from './test-app';

/** `path` with one more query parameter. */
export function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/**
 * Every item of a list, `limit` at a time, following `nextCursor` to the end; each page is
 * checked to hold no more than `limit` items.
 */
export async function everyPage<T>(
  http: TestAgent,
  path: string,
  token: string,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const query = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await http
      .get(withQuery(path, query))
      .set(...bearer(token))
      .expect(200);
    const page = response.body as { items: T[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error(`${path}: the cursors never end`);
  } while (cursor);
  return { items, pages };
}

/**
 * What API.md promises of every list: `?limit=200` is accepted and answers `{items, nextCursor}`;
 * `limit=201`, `limit=0`, a limit that is no number and a forged cursor are 400 problem+json
 * naming the field, in French; nothing else.
 */
export async function expectListContract(http: TestAgent, path: string, token: string): Promise<void> {
  const all = await http
    .get(withQuery(path, 'limit=200'))
    .set(...bearer(token))
    .expect(200);
  expect(all.body).toEqual({ items: expect.any(Array), nextCursor: null });
  const forged = Buffer.from('["2026-01-01",1,"x"]').toString('base64url');
  for (const [query, field, message] of [
    ['limit=201', 'limit', 'doit être inférieur ou égal à 200'],
    ['limit=0', 'limit', 'doit être supérieur ou égal à 1'],
    ['limit=beaucoup', 'limit', 'doit être un nombre entier'],
    ['cursor=pas-un-curseur', 'cursor', 'curseur invalide'],
    [`cursor=${forged}`, 'cursor', 'curseur invalide'],
  ] as const) {
    const response = await http
      .get(withQuery(path, query))
      .set(...bearer(token))
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect({ query, errors: response.body.errors }).toEqual({
      query,
      errors: expect.arrayContaining([{ field, message }]),
    });
  }
}
