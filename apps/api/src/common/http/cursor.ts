import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@vigie/shared';

import { DomainException } from '../errors/domain.exception';

/** Keyset cursors: the sort key of the last row, opaque to clients (base64url JSON). */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === shape.length &&
      key.every((value, index) => typeof value === shape[index] && !String(value).includes('\u0000'))
    ) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidCursor();
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
