// Writes the web app's service worker (Angular's own, @angular/service-worker) beside the build:
// ngsw.json, the manifest of the files it keeps for offline use with their SHA-1, and the worker.
// Run after every step that changes the build's files (compile-hints.mjs rewrites every script):
// a hash taken before would not match the file served, and the worker would refuse that version.
// Before compress-web.mjs, whose .br/.gz copies are of the final files and not listed here.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

import { ROOT } from './build-state.mjs';

const require = createRequire(import.meta.url);

/** The files of `ngsw.json` whose content differs from its hash (none when the build is coherent). */
export function staleHashes(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'ngsw.json'), 'utf8'));
  return Object.entries(manifest.hashTable).filter(
    ([url, hash]) =>
      createHash('sha1')
        .update(readFileSync(join(dir, url)))
        .digest('hex') !== hash,
  );
}

export function writeServiceWorker(dir, config = join(ROOT, 'apps/web/ngsw-config.json')) {
  const pkg = dirname(require.resolve('@angular/service-worker/package.json'));
  // The CLI joins its paths to the working directory: given relative to the build's.
  execFileSync(process.execPath, [join(pkg, 'ngsw-config.js'), '.', relative(dir, config), '/'], {
    cwd: dir,
    stdio: 'inherit',
  });
  // Copied after the manifest is made: the worker is not one of the files it keeps.
  for (const file of ['ngsw-worker.js', 'safety-worker.js']) copyFileSync(join(pkg, file), join(dir, file));
  const stale = staleHashes(dir);
  if (stale.length > 0)
    throw new Error(`ngsw.json : empreintes périmées (${stale.map(([url]) => url).join(', ')})`);
  return Object.keys(JSON.parse(readFileSync(join(dir, 'ngsw.json'), 'utf8')).hashTable).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Fichiers gardés hors ligne : ${writeServiceWorker(join(ROOT, 'dist/apps/web/browser'))}`);
}
