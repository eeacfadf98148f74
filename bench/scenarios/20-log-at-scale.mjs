// The main courante at scale: a million entries (over three years) bulk-loaded with COPY, then the
// requests people make of it (bench/support/log-queries.mjs).
import pg from 'pg';

import { bulkLoadIncidents, LOMME_SERVICE } from '../support/incidents.mjs';
import { measureLogQueries } from '../support/log-queries.mjs';
import { signIn, startVigie } from '../support/vigie.mjs';

export const name = 'scale';
export const title = 'The main courante at scale — a million entries';

export async function run({ shared, quick, postgres, log }) {
  const server = await postgres();
  await server.ensureDatabase('bench_scale');
  const databaseUrl = server.url('bench_scale');
  const vigie = await startVigie({ databaseUrl, label: 'vigie-scale' });
  const count = quick ? 20_000 : 1_000_000;
  let lastLog = Date.now();
  const loaded = await bulkLoadIncidents(databaseUrl, {
    count,
    years: 3,
    seed: 20,
    log: (message) => {
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(message.trim());
      }
    },
  });
  log(
    `${loaded.written} entries and ${loaded.statusChanges} status changes loaded in ${(loaded.totalMs / 1000).toFixed(0)} s ` +
      `(generated and chained ${(loaded.generatedMs / 1000).toFixed(0)} s, COPY ${(loaded.copiedMs / 1000).toFixed(0)} s, indexes ${(loaded.indexMs / 1000).toFixed(0)} s)`,
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  // A scenario that fails leaves its connection to the run's clean-up: its end is not a crash.
  client.on('error', () => undefined);
  await client.connect();
  // The statements timed and explained as Vigie runs them: the app role, its service set (row security on).
  const [{ role }] = (await client.query('SELECT current_user AS role')).rows;
  await client.query(`SET ROLE "${role}_app"`);
  await client.query(`SELECT set_config('vigie.service', $1, false)`, [LOMME_SERVICE]);
  const { token } = await signIn(vigie.url, 'chef');
  const runs = quick ? 10 : 50;
  const measured = await measureLogQueries({
    url: vigie.url,
    token,
    server,
    client,
    runs,
    addDays: shared.addDays,
  });
  for (const miss of measured.misses) log(`goal missed: ${miss}`);
  const metrics = { entries: loaded.written, load_s: loaded.totalMs / 1000, ...measured.metrics };
  await client.end();
  await vigie.stop();

  const markdown = [
    `${loaded.written.toLocaleString('en')} entries over three years and ${loaded.statusChanges.toLocaleString('en')} status changes,`,
    `generated and chained (${(loaded.generatedMs / 1000).toFixed(0)} s), then COPY into the tables with the full-text trigger`,
    `(${(loaded.copiedMs / 1000).toFixed(0)} s) and the indexes rebuilt (${(loaded.indexMs / 1000).toFixed(0)} s), VACUUM ANALYZE. Requests one at a time to Vigie (the`,
    'page requests include the token and session check and the names of the agents), then the main statement',
    `alone through pg as the app role with the service set; ${runs} runs each after 5 warm-up runs. The embedded PostgreSQL runs with its defaults`,
    '(shared_buffers 128 MB) and fsync off (a throwaway cluster).',
    '',
    ...measured.table,
    '',
    `Deepest page / first page: ${metrics.deepest_over_first.toFixed(2)} (goal ≤ 2). The baselines say what a`,
    'round trip costs on the machine at that moment: the page goals (10 ms) sit close to the floor of any',
    'signed-in request here; the plans below say what PostgreSQL itself spent (Execution Time).',
    '',
    ...measured.explains,
  ].join('\n');
  return { metrics, markdown };
}
