/** The width of a bar in percent: `part` of `whole`, at most 100, and 0 with nothing to measure against. */
export function barWidth(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}
