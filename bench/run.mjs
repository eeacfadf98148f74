// npm run bench — measures Vigie against baselines measured in the same run.
// Every scenario is one file of bench/scenarios (export `name`, `title`, `run(context)`), run in
// order; figures go to bench/results/latest.json (named keys) and a readable latest.md.
// BENCH_QUICK=1: smaller data, a run under two minutes. BENCH_ONLY=name1,name2 runs a subset.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ensureBuilt } from '../scripts/ensure-built.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;

ensureBuilt();

const context = {
  root: ROOT,
  quick,
  shared: await import(pathToFileURL(join(ROOT, 'dist/apps/api/libs/shared/src/index.js')).href),
  sharedPath: (file) => join(ROOT, 'dist/apps/api/libs/shared/src', file),
  distPath: (file) => join(ROOT, 'dist/apps/api/apps/api/src', file),
  log: (message) => process.stdout.write(`  ${message}\n`),
};

const files = readdirSync(join(ROOT, 'bench/scenarios'))
  .filter((file) => file.endsWith('.mjs'))
  .sort();
const results = {};
const sections = [];
for (const file of files) {
  const scenario = await import(pathToFileURL(join(ROOT, 'bench/scenarios', file)).href);
  if (only && !only.has(scenario.name)) continue;
  process.stdout.write(`\n▶ ${scenario.title}\n`);
  const started = Date.now();
  const { metrics, markdown } = await scenario.run(context);
  for (const [key, value] of Object.entries(metrics)) results[`${scenario.name}.${key}`] = value;
  sections.push(
    `## ${scenario.title}\n\n${markdown}\n\n_(${((Date.now() - started) / 1000).toFixed(1)} s)_\n`,
  );
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/latest.json'),
  `${JSON.stringify({ at: new Date().toISOString(), quick, machine, results }, null, 2)}\n`,
);
writeFileSync(
  join(ROOT, 'bench/results/latest.md'),
  `# Vigie benchmarks\n\n${new Date().toISOString()} — ${machine}${quick ? ' — BENCH_QUICK' : ''}\n\n${sections.join('\n')}`,
);

process.stdout.write('\nRésultats (bench/results/latest.json) :\n');
const width = Math.max(...Object.keys(results).map((key) => key.length));
for (const [key, value] of Object.entries(results)) {
  process.stdout.write(
    `  ${key.padEnd(width)}  ${typeof value === 'number' ? Number(value.toPrecision(4)) : value}\n`,
  );
}
