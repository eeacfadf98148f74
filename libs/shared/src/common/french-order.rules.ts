let collator: Intl.Collator | undefined;

/**
 * French alphabetical order: « Émile » between « Denis » and « Fabien », capitals beside small
 * letters. One collator, built on first use: `a.localeCompare(b, 'fr')` builds one per comparison.
 */
export function compareFrench(a: string, b: string): number {
  collator ??= new Intl.Collator('fr');
  return collator.compare(a, b);
}
