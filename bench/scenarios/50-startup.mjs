// Start-up: `npm start` (no DATABASE_URL: Vigie starts its embedded PostgreSQL under its data
// directory) from stopped to the first 200 on /api/health — on the very first run (initdb,
// migrations, demo data) and then with the existing data directory, stopped cleanly in between
// (SIGINT, as Ctrl-C). Baseline in the same run: the same machine starting a bare `node -e` process.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { median } from '../stats.mjs';
import { freePort, onCleanUp, runToEnd, sleep, startProcess } from '../support/processes.mjs';
import { tempDir, vigieEnv, waitFor200 } from '../support/vigie.mjs';

export const name = 'startup';
export const title = 'Start-up — `npm start` to the first 200 on /api/health';

export async function run({ root, quick, log }) {
  const dataDir = tempDir('startup');
  // Should a start fail half-way, its daemonized PostgreSQL must not outlive the run.
  onCleanUp('startup postgres', () => {
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
    } catch {
      // already stopped
    }
  });
  const start = async (label) => {
    const port = await freePort();
    const started = Date.now();
    const logFile = join(dataDir, `${label}.log`);
    const proc = startProcess('npm', ['start', '--silent'], {
      cwd: root,
      env: vigieEnv({ port, dataDir }),
      logFile,
      label,
      graceMs: 60_000,
    });
    const ms = await waitFor200(`http://127.0.0.1:${port}/api/health`, { since: started, process: proc });
    // Ctrl-C in the terminal: SIGINT to the whole foreground group (npm, its shell, Vigie). npm
    // leaves at once; Vigie finishes its requests, stops its PostgreSQL and says so.
    const stopping = Date.now();
    process.kill(-proc.pid, 'SIGINT');
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    while (existsSync(pidFile) && Date.now() - stopping < 60_000) await sleep(50);
    const timer = setTimeout(() => void proc.stop(), 10_000);
    await proc.exited;
    clearTimeout(timer);
    const clean = !existsSync(pidFile) && /Vigie est arrêté/.test(readFileSync(logFile, 'utf8'));
    return { ms, stopMs: Date.now() - stopping, clean };
  };

  const first = await start('first-run');
  log(
    `first run: ${(first.ms / 1000).toFixed(1)} s (stopped in ${(first.stopMs / 1000).toFixed(1)} s${first.clean ? '' : ', NOT cleanly'})`,
  );
  const again = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const result = await start(`restart-${i + 1}`);
    again.push(result);
    log(
      `existing data directory: ${(result.ms / 1000).toFixed(1)} s${result.clean ? '' : ' (NOT stopped cleanly)'}`,
    );
  }
  const nodeBaseline = [];
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    await runToEnd(process.execPath, ['-e', '0']);
    nodeBaseline.push(Date.now() - started);
  }
  const metrics = {
    first_run_s: first.ms / 1000,
    existing_data_s: median(again.map((r) => r.ms)) / 1000,
    stop_s: median(again.map((r) => r.stopMs)) / 1000,
    clean_stops: [first, ...again].filter((r) => r.clean).length,
    starts: again.length + 1,
    bare_node_ms: median(nodeBaseline),
  };
  const markdown = [
    '`npm start` with a data directory of its own (no DATABASE_URL: the embedded PostgreSQL), stopped by',
    'Ctrl-C (SIGINT to the group) between starts; time from spawning `npm start` to the first 200 on `/api/health`.',
    '',
    '| start | time to first 200 |',
    '|---|---|',
    `| first run (initdb, migrations, demo data) | ${(first.ms / 1000).toFixed(1)} s |`,
    `| existing data directory (median of ${again.length}) | **${metrics.existing_data_s.toFixed(1)} s** (goal < 10 s) |`,
    `| baseline: a bare \`node -e 0\` on the same machine | ${metrics.bare_node_ms.toFixed(0)} ms |`,
    '',
    `Clean stops after Ctrl-C (« Vigie est arrêté. », PostgreSQL stopped): ${metrics.clean_stops} of ${metrics.starts}, in ${metrics.stop_s.toFixed(1)} s (median).`,
  ].join('\n');
  return { metrics, markdown };
}
