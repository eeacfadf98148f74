import { DomainException } from '../errors/domain.exception';
import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor';

const ID = '0b6f0c1e-5d8a-4c55-9a43-1f0f7e4b2a10';
const forged = (key: unknown): string => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('list cursors', () => {
  it('gives back the key of the last row, whatever its parts', () => {
    const key = [1_781_510_400_123_456, ID];
    expect(decodeCursor(encodeCursor(key), ['integer', 'uuid'])).toEqual(key);
    expect(decodeCursor(encodeCursor(['2026-12-31']), ['string'])).toEqual(['2026-12-31']);
  });

  it.each([
    ['not base64 JSON', 'pas-un-curseur', ['string']],
    ['a part too many', forged(['a', 'b']), ['string']],
    ['a fraction for an instant', forged([1.5, ID]), ['integer', 'uuid']],
    ['an instant beyond exact numbers', forged([1e308, ID]), ['integer', 'uuid']],
    ['an id that is no uuid', forged([1, "x' OR 1=1"]), ['integer', 'uuid']],
    ['a NUL in a string', forged(['a\u0000']), ['string']],
  ] as const)('refuses %s with a French 400 on the cursor', (_, cursor, shape) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor, shape);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainException);
    expect((thrown as DomainException).status).toBe(400);
    expect((thrown as DomainException).options).toMatchObject({
      errors: [{ field: 'cursor', message: 'curseur invalide' }],
    });
  });

  it('pages by 50 unless asked, and says where the next page starts only when there is one', () => {
    expect(pageSize(undefined)).toBe(50);
    const rows = [1, 2, 3];
    expect(toPage(rows, 2, String, (n) => [n])).toEqual({ items: ['1', '2'], nextCursor: encodeCursor([2]) });
    expect(toPage(rows, 3, String, (n) => [n])).toEqual({ items: ['1', '2', '3'], nextCursor: null });
  });
});
