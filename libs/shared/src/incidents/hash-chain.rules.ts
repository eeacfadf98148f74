/**
 * The canonical form of a link of the main courante's hash chain: JSON with object keys sorted,
 * no whitespace, `undefined` dropped. The API hashes `canonicalJson(content) + previousHash` with
 * SHA-256; anybody holding the content can recompute it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The hash of the first link's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** `MC-2026-000123`. */
export function incidentNumber(year: number, sequence: number): string {
  return `MC-${year}-${String(sequence).padStart(6, '0')}`;
}
