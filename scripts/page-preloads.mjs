// Lists, for the pages Vigie opens on first, the scripts of their code that the browser would
// otherwise find one round trip late: a page's code is a lazy chunk, which imports shared chunks,
// found only once the lazy chunk has arrived and been parsed. The API announces them in the HTML
// (`<link rel="modulepreload">`, apps/api web-page.ts), so they download with the first ones. On
// Lighthouse's slow 4G that round trip is ~0.6 s of the sign-in page's first paint.
// Reads the build's esbuild metafile (`ng build --stats-json`), writes page-preloads.json beside
// the build's files: { "/connexion": ["chunk-….js", …], … }, the initial scripts left out (the
// index.html built by Angular preloads them already).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './build-state.mjs';

/**
 * The pages opened first, and the source files of their code, as the routes load them
 * (apps/web/src/app/app.routes.ts): the sign-in page, and for a signed-in user the shell
 * with the planning or the main courante (the pages the API also paints a frame for).
 */
export const FIRST_PAGES = {
  '/connexion': ['src/app/features/auth/pages/login.page.ts'],
  '/planning': ['src/app/core/layout/shell.ts', 'src/app/features/planning/pages/planning.page.ts'],
  '/main-courante': [
    'src/app/core/layout/shell.ts',
    'src/app/features/incidents/incidents.routes.ts',
    'src/app/features/incidents/pages/incidents.page.ts',
  ],
};

/** The scripts each page needs beyond the initial ones, from an esbuild metafile's outputs. */
export function pagePreloads(outputs, pages = FIRST_PAGES) {
  const byEntry = new Map();
  for (const [path, output] of Object.entries(outputs)) {
    if (!path.endsWith('.js') || !output.entryPoint) continue;
    byEntry.set(output.entryPoint, path);
  }
  const main = byEntry.get('src/main.ts');
  if (!main) throw new Error('page-preloads : src/main.ts absent des statistiques du build');
  const staticImports = (path) =>
    (outputs[path].imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const initial = new Set([main, ...staticImports(main)]);
  const name = (path) => path.split('/').pop();
  const preloads = {};
  for (const [page, sources] of Object.entries(pages)) {
    const files = new Set();
    for (const source of sources) {
      const chunk = byEntry.get(source);
      if (!chunk) throw new Error(`page-preloads : ${source} (${page}) n’est plus un chunk du build`);
      for (const path of [chunk, ...staticImports(chunk)]) if (!initial.has(path)) files.add(name(path));
    }
    preloads[page] = [...files];
  }
  return preloads;
}

/** The initial scripts: `src/main.ts`'s chunk and its static imports. */
export function initialScripts(outputs) {
  const main = Object.entries(outputs).find(([, output]) => output.entryPoint === 'src/main.ts')?.[0];
  if (!main) throw new Error('page-preloads : src/main.ts absent des statistiques du build');
  const imports = (outputs[main].imports ?? [])
    .filter((i) => i.kind === 'import-statement')
    .map((i) => i.path);
  return [main, ...imports].map((path) => path.split('/').pop());
}

/**
 * index.html with every initial script announced: Angular's builder writes a `modulepreload` for the
 * first ten only (its MODULE_PRELOAD_MAX), the others would be found a round trip late on every page.
 */
export function announceInitialScripts(html, initial) {
  const announced = new Set([...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1]));
  const missing = initial.filter((name) => !announced.has(name));
  if (missing.length === 0) return html;
  const links = missing.map((name) => `<link rel="modulepreload" href="${name}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(ROOT, 'dist/apps/web');
  const stats = join(dist, 'stats.json');
  const { outputs } = JSON.parse(readFileSync(stats, 'utf8'));
  const preloads = pagePreloads(outputs);
  writeFileSync(join(dist, 'browser/page-preloads.json'), `${JSON.stringify(preloads, null, 2)}\n`);
  const index = join(dist, 'browser/index.html');
  writeFileSync(index, announceInitialScripts(readFileSync(index, 'utf8'), initialScripts(outputs)));
  rmSync(stats);
  const counts = Object.entries(preloads).map(([page, files]) => `${page} ${files.length}`);
  console.log(`Scripts annoncés par page : ${counts.join(', ')}`);
}
