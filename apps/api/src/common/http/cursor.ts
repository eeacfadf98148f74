import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@vigie/shared';

import { DomainException } from '../errors/domain.exception';

/** Keyset cursors: the sort key of the last row, opaque to clients (base64url JSON). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What a cursor's key holds, place by place: `integer` a safe integer (an instant in microseconds,
 * see `microsOf`), `uuid` a row id — checked here, so that a forged cursor is a 400, never a
 * PostgreSQL cast error.
 */
export type CursorPart = 'string' | 'number' | 'integer' | 'uuid';

const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;

function fits(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'integer':
      return Number.isSafeInteger(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    default:
      return typeof value === part && !String(value).includes('\u0000');
  }
}

export function decodeCursor(cursor: string, shape: readonly CursorPart[]): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((value, index) => fits(value, shape[index]))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidCursor();
}

/** The key of a cursor over one text column (a name, a login, a date); undefined without a cursor. */
export function decodeTextCursor(cursor: string | undefined): string | undefined {
  return cursor ? String(decodeCursor(cursor, ['string'])[0]) : undefined;
}

/**
 * SQL of an instant column as whole microseconds since the epoch: PostgreSQL's own precision, so
 * a cursor carries the row's exact key (milliseconds would skip or repeat rows written within the
 * same millisecond); a JS number holds it exactly until the year 2255.
 */
export function microsOf(column: string): string {
  return `(extract(epoch FROM ${column}) * 1000000)::bigint`;
}

export function invalidCursor(): DomainException {
  return DomainException.invalid([{ field: 'cursor', message: 'curseur invalide' }]);
}

export function pageSize(limit: number | undefined): number {
  return Math.min(limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** Fetches `limit + 1` rows' worth: returns the page and the cursor of the next one. */
export function toPage<T, R>(
  rows: T[],
  limit: number,
  map: (row: T) => R,
  keyOf: (row: T) => (string | number)[],
): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
