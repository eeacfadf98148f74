import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ICONS } from './icons.generated';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(html|ts)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the icons', () => {
  const texts = sources(join(__dirname, '..', '..')).map((file) => readFileSync(file, 'utf8'));

  it('are SVG, written for every name the templates give (node scripts/icons.mjs after adding one)', () => {
    const named = new Set(
      texts.flatMap((text) => [...text.matchAll(/svgIcon="([a-z0-9_]+)"/g)].map((m) => m[1])),
    );
    // The names chosen by an expression: the quoted outcomes of `[svgIcon]="a ? 'x' : 'y'"`.
    for (const text of texts)
      for (const [, expression] of text.matchAll(/\[svgIcon\]="([^"]+)"/g))
        for (const [, word] of expression.matchAll(/[?:]\s*'([a-z0-9_]+)'/g)) named.add(word);
    expect(named.size).toBeGreaterThan(50);
    expect([...named].filter((name) => !(name in ICONS))).toEqual([]);
    for (const name of named) expect(ICONS[name]).toMatch(/^<svg [^>]*viewBox="0 0 24 24"[^>]*>.*<\/svg>$/);
  });

  it('no longer come from an icon font', () => {
    expect(texts.filter((text) => text.includes('</mat-icon>'))).toEqual([]);
  });
});
