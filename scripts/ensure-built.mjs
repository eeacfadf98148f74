// Builds Vigie (API + web) when dist/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';

import { buildIsFresh, ROOT } from './build-state.mjs';

export function ensureBuilt() {
  if (buildIsFresh()) return;
  console.log('Construction de Vigie (API et application web)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('La construction a échoué.');
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuilt();
