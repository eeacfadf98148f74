// Writes apps/web/src/app/core/icons/icons.generated.ts: the SVG of every Material icon the web
// app names (the filled set of @material-design-icons/svg), instead of the 129 kB icon font.
// Every quoted name in the web app and the shared taxonomy that is an icon's is taken (a few
// words that happen to be icons cost a few hundred bytes). Run after using a new icon:
//   node scripts/icons.mjs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import * as prettier from 'prettier';

const ROOT = new URL('..', import.meta.url).pathname;
const SET = join(ROOT, 'node_modules/@material-design-icons/svg/filled');
const OUT = join(ROOT, 'apps/web/src/app/core/icons/icons.generated.ts');

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(ts|html)$/.test(entry.name) && !/\.spec\.ts$|icons\.generated\.ts$/.test(entry.name))
      yield path;
  }
}

/** The names an icon may be given: static `svgIcon="x"`, and quoted words (bound expressions, maps). */
export function iconNames() {
  const names = new Set();
  for (const dir of ['apps/web/src', 'libs/shared/src']) {
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/svgIcon="([a-z0-9_]+)"/g)) names.add(match[1]);
      for (const match of text.matchAll(/['"`]([a-z0-9_]{2,40})['"`]/g))
        if (existsSync(join(SET, `${match[1]}.svg`))) names.add(match[1]);
    }
  }
  return [...names].sort();
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const names = iconNames();
  const missing = names.filter((name) => !existsSync(join(SET, `${name}.svg`)));
  if (missing.length > 0) throw new Error(`icônes inconnues : ${missing.join(', ')}`);
  const lines = names.map((name) => {
    const svg = readFileSync(join(SET, `${name}.svg`), 'utf8')
      .trim()
      .replace(' width="24" height="24"', '')
      .replace('<svg ', '<svg fit="" preserveAspectRatio="xMidYMid meet" focusable="false" ');
    return `  ${/^[a-z_]\w*$/.test(name) ? name : `'${name}'`}: '${svg}',`;
  });
  const text =
    `// Written by scripts/icons.mjs from @material-design-icons/svg (filled, Apache-2.0): do not edit.\n` +
    `export const ICONS: Record<string, string> = {\n${lines.join('\n')}\n};\n`;
  const options = { ...(await prettier.resolveConfig(OUT)), filepath: OUT };
  writeFileSync(OUT, await prettier.format(text, options));
  process.stdout.write(`${names.length} icônes écrites dans ${OUT.slice(ROOT.length)}\n`);
}
