// Marks every script of the web build for eager compilation (V8's explicit compile hints,
// Chrome 136+): with `//# allFunctionsCalledOnLoad` as its first line, a script's functions are
// compiled on a background thread while it downloads, instead of one by one on the main thread
// the first time each is called. A phone drawing its first page (4× slowed, cold cache) spent
// ~90 ms of its longest task compiling; the planning's blocking time went from ~450 to ~300 ms
// (median of 7 loads). The scripts of the build are the app's and the libraries it calls as a
// page draws; the chunks of pages not opened are not downloaded, hence not compiled.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './build-state.mjs';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to each `.js` file of `dir` (once), and shifts its source map by the added line. */
export function hintCompile(dir) {
  let hinted = 0;
  for (const entry of readdirSync(dir)) {
    if (!entry.endsWith('.js')) continue;
    const path = join(dir, entry);
    const code = readFileSync(path, 'utf8');
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(path, COMPILE_HINT + code);
    const mapPath = `${path}.map`;
    if (existsSync(mapPath)) {
      const map = JSON.parse(readFileSync(mapPath, 'utf8'));
      map.mappings = `;${map.mappings}`;
      writeFileSync(mapPath, JSON.stringify(map));
    }
    hinted += 1;
  }
  return hinted;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Scripts à compiler d’avance : ${hintCompile(join(ROOT, 'dist/apps/web/browser'))}`);
}
