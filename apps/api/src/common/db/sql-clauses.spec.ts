import { whereOf } from './sql-clauses';

describe('whereOf', () => {
  it('numbers the named parameters in order, once per name, and leaves casts alone', () => {
    expect(
      whereOf([
        { sql: 'i.occurred_at >= :from', params: { from: 'a' } },
        {
          sql: '(i.occurred_at, i.id) < (CAST(:at AS timestamptz), :id::uuid)',
          params: { at: 'b', id: 'c' },
        },
        { sql: 'i.recorded_at >= :from', params: { from: 'a' } },
      ]),
    ).toEqual({
      where:
        'WHERE i.occurred_at >= $1 AND (i.occurred_at, i.id) < (CAST($2 AS timestamptz), $3::uuid) AND i.recorded_at >= $1',
      params: ['a', 'b', 'c'],
    });
  });

  it('is empty without clauses', () => {
    expect(whereOf([])).toEqual({ where: '', params: [] });
  });

  it('refuses a parameter without a value rather than send a broken statement', () => {
    expect(() => whereOf([{ sql: 'i.status = :status', params: {} }])).toThrow(/status/);
  });
});
