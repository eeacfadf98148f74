// npm run bench — measures Vigie against baselines measured in the same run.
// Every scenario is one file of bench/scenarios (export `name`, `title`, `run(context)`), run in
// order; figures go to bench/results/latest.json (named keys) and a readable latest.md.
// BENCH_QUICK=1: smaller data, a run under two minutes. BENCH_ONLY=name1,name2 runs a subset.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ensureBuilt } from '../scripts/ensure-built.mjs';
import { cleanUp } from './support/processes.mjs';
import { bulkLoadIncidents } from './support/incidents.mjs';
import { startPostgres, startVigie } from './support/vigie.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY
  ? new Set(
      process.env.BENCH_ONLY.split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
  : null;

const files = readdirSync(join(ROOT, 'bench/scenarios'))
  .filter((file) => file.endsWith('.mjs'))
  .sort();
const scenarios = await Promise.all(
  files.map((file) => import(pathToFileURL(join(ROOT, 'bench/scenarios', file)).href)),
);
// A misspelt name would otherwise run nothing and look like a green run.
const unknown = only ? [...only].filter((name) => !scenarios.some((scenario) => scenario.name === name)) : [];
if (unknown.length > 0 || only?.size === 0) {
  process.stderr.write(
    `BENCH_ONLY : scénario inconnu ${unknown.map((name) => `« ${name} »`).join(', ') || '(vide)'}. ` +
      `Scénarios connus : ${scenarios.map((scenario) => scenario.name).join(', ')}.\n`,
  );
  process.exit(2);
}

ensureBuilt();

// Whatever happens (a failure, Ctrl-C), the servers, clusters and temporary files of the run go.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: clean-up…\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let postgres = null;
let vigie = null;
const context = {
  root: ROOT,
  quick,
  shared: await import(pathToFileURL(join(ROOT, 'dist/apps/api/libs/shared/src/index.js')).href),
  sharedPath: (file) => join(ROOT, 'dist/apps/api/libs/shared/src', file),
  distPath: (file) => join(ROOT, 'dist/apps/api/apps/api/src', file),
  log: (message) => process.stdout.write(`  ${message}\n`),
  /** The run's embedded PostgreSQL (ephemeral), started on first use; one database per scenario. */
  postgres: async () => (postgres ??= await startPostgres('run')),
  /**
   * The run's Vigie (the built product, its own process), started on first use on the database
   * `bench` of the run's PostgreSQL: demo data, plus a year of the main courante bulk-loaded.
   * Its JWT secret is known, so that a baseline can check the same tokens.
   */
  vigie: async () => (vigie ??= await startSharedVigie()),
};

async function startSharedVigie() {
  const server = await context.postgres();
  await server.ensureDatabase('bench');
  const databaseUrl = server.url('bench');
  const jwtSecret = randomBytes(32).toString('hex');
  const started = await startVigie({ databaseUrl, label: 'vigie', extraEnv: { JWT_SECRET: jwtSecret } });
  const loaded = await bulkLoadIncidents(databaseUrl, { count: quick ? 5_000 : 20_000, years: 1, seed: 10 });
  context.log(
    `Vigie up in ${(started.startupMs / 1000).toFixed(1)} s on ${started.url}; ${loaded.written} entries of the main courante loaded by COPY`,
  );
  return { ...started, databaseUrl, jwtSecret, loaded };
}

const results = {};
const sections = [];
const loads = [];
const failed = [];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

/** Written after every scenario, so that a long run that fails late keeps what it measured. */
function writeResults() {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), quick, machine, results }, null, 2)}\n`,
  );
  writeFileSync(
    join(ROOT, 'bench/results/latest.md'),
    `# Vigie benchmarks\n\n${new Date().toISOString()} — ${machine}${quick ? ' — BENCH_QUICK' : ''}\n\n` +
      `Load average (1 min) before → after each scenario: ${loads.join(', ')}. The machine is shared: ` +
      'the servers under test, their PostgreSQL and the load generator run as separate processes on the ' +
      'same cores as whatever else runs at the time, hence ratios against baselines measured in the same run.\n\n' +
      sections.join('\n'),
  );
}

try {
  for (const scenario of scenarios) {
    if (only && !only.has(scenario.name)) continue;
    process.stdout.write(`\n▶ ${scenario.title}\n`);
    const started = Date.now();
    const loadBefore = loadavg()[0];
    let outcome;
    try {
      outcome = await scenario.run(context);
    } catch (error) {
      // One scenario failing does not cost the others their figures.
      failed.push(scenario.name);
      process.stderr.write(`  ✗ ${scenario.name}: ${error instanceof Error ? error.stack : String(error)}\n`);
      outcome = {
        metrics: { failed: 1 },
        markdown: `**Failed**: ${String(error instanceof Error ? error.message : error)}`,
      };
    }
    loads.push(`${scenario.name} ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
    for (const [key, value] of Object.entries(outcome.metrics)) results[`${scenario.name}.${key}`] = value;
    sections.push(
      `## ${scenario.title}\n\n${outcome.markdown}\n\n_(${((Date.now() - started) / 1000).toFixed(1)} s)_\n`,
    );
    writeResults();
  }
} finally {
  await cleanUp();
}

process.stdout.write('\nRésultats (bench/results/latest.json) :\n');
const width = Math.max(...Object.keys(results).map((key) => key.length));
for (const [key, value] of Object.entries(results)) {
  process.stdout.write(
    `  ${key.padEnd(width)}  ${typeof value === 'number' ? Number(value.toPrecision(4)) : value}\n`,
  );
}
if (failed.length > 0) {
  process.stderr.write(`\nÉchec : ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
