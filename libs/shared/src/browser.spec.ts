import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules an entry file re-exports, and whether as types only. */
function reExports(file: string): Map<string, 'value' | 'type'> {
  const text = readFileSync(join(__dirname, file), 'utf8');
  const found = new Map<string, 'value' | 'type'>();
  for (const match of text.matchAll(/^export (type )?(?:\*|\{[^}]*\}) from '([^']+)';$/gm)) {
    found.set(match[2], match[1] ? 'type' : 'value');
  }
  return found;
}

describe('the browser entry of @vigie/shared', () => {
  const api = reExports('index.ts');
  const browser = reExports('browser.ts');

  it('offers the web app every module of the API entry but the validation helpers', () => {
    const missing = [...api.keys()].filter(
      (module) => !browser.has(module) && !/common\/(transforms|validators)$/.test(module),
    );
    expect(missing).toEqual([]);
  });

  it('shares through domain.ts no request DTO nor validation helper (both entries export all of it)', () => {
    const shared = reExports('domain.ts');
    expect(browser.get('./domain')).toBe('value');
    expect(shared.size).toBeGreaterThan(50);
    expect(
      [...shared.keys()].filter((module) => /\.dto$|common\/(transforms|validators)$/.test(module)),
    ).toEqual([]);
  });

  it('exports request DTOs as types only, so class-validator never reaches the browser bundle', () => {
    const dtoValues = [...browser].filter(([module, kind]) => module.endsWith('.dto') && kind === 'value');
    expect(dtoValues).toEqual([]);
    expect([...browser.keys()].some((module) => /class-validator|validators|transforms/.test(module))).toBe(
      false,
    );
  });
});
