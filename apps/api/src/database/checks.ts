/**
 * The expression of a CHECK constraint keeping `column` within `values` (an enum's), e.g.
 * `status IN ('OPEN', 'CLOSED')`. The committed migrations hold the same text: keep its shape.
 */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
