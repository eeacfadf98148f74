// Many services on one database (issue 25): the demo's two services and synthetic ones up to
// BENCH_SERVICES (1 000), each with Lomme's 23 agents, its quartiers and a chief, and a year of
// main courante of BENCH_SERVICE_ENTRIES entries (10 000: about 10 M in all) bulk-loaded with
// COPY. Then, for one service (Lomme), the requests of the 1 M-entry scenario against their goals,
// its statements timed alone as the app role under row security; and the request rate one node
// holds at p99 < 100 ms, chiefs of 20 services sending at rising rates in an open loop.
import pg from 'pg';

import { ms } from '../stats.mjs';
import { bulkLoadIncidents, LOMME_SERVICE } from '../support/incidents.mjs';
import { measureLogQueries } from '../support/log-queries.mjs';
import { openLoop } from '../support/open-loop.mjs';
import { signIn, startVigie } from '../support/vigie.mjs';

export const name = 'services';
export const title = 'Many services on one database — a year of main courante each';

/** How many services, entries each: the issue's 1 000 × 10 000 unless told (BENCH_QUICK: 20 × 2 000). */
const SERVICES = Number(process.env.BENCH_SERVICES ?? 1000);
const ENTRIES = Number(process.env.BENCH_SERVICE_ENTRIES ?? 10_000);
/** The rates tried, requests per second across the node, until p99 passes 100 ms. */
const RATES = [25, 50, 100, 150, 200, 300, 400, 600];
const LOAD_CALLERS = 20;

/**
 * The estimated peak of 1 000 services, in requests per second: at the morning change of shift
 * about 10 people of a 23-agent service have Vigie open (the day team, the night team handing
 * over, the chief and a supervisor), each a request every 10 s while busy (a page is 2–4 requests);
 * every service of a time zone does it in the same quarter of an hour.
 */
const PEAK_PER_SERVICE = 10 / 10;

/** `INSERT … SELECT` of the rows of `table` matching `where`, once per synthetic service `b`. */
async function cloneForEach(client, table, where, overrides) {
  const columns = (
    await client.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    )
  ).rows.map((row) => row.column_name);
  const values = columns.map((column) => overrides[column] ?? `t."${column}"`);
  await client.query(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')})
     SELECT ${values.join(', ')} FROM "${table}" t CROSS JOIN bench_service b WHERE ${where}`,
  );
}

/** Adds `count` services shaped as Lomme: its agents, quartiers and a chief `chef.s<n>` (same password). */
async function addServices(client, count) {
  await client.query('BEGIN');
  await client.query(
    `CREATE TEMP TABLE bench_service ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, n FROM generate_series(1, $1::int) AS n`,
    [count],
  );
  const lomme = `'${LOMME_SERVICE}'`;
  await cloneForEach(client, 'service', `t.id = ${lomme}`, {
    id: 'b.id',
    name: `'Police municipale synthétique n° ' || b.n`,
  });
  await cloneForEach(client, 'agent', `t.service_id = ${lomme}`, {
    id: 'gen_random_uuid()',
    service_id: 'b.id',
  });
  await cloneForEach(client, 'service_quartier', `t.service_id = ${lomme}`, { service_id: 'b.id' });
  await cloneForEach(client, 'account', `t.login = 'chef'`, {
    login: `'chef.s' || b.n`,
    last_service_id: 'b.id',
  });
  await cloneForEach(client, 'app_user', `t.service_id = ${lomme} AND t.login = 'chef'`, {
    id: 'gen_random_uuid()',
    service_id: 'b.id',
    login: `'chef.s' || b.n`,
    agent_id: 'NULL',
  });
  const ids = (await client.query('SELECT id FROM bench_service ORDER BY n')).rows.map((row) => row.id);
  await client.query('COMMIT');
  return ids;
}

export async function run({ shared, quick, postgres, log }) {
  const services = quick ? 20 : SERVICES;
  const entries = quick ? 2_000 : ENTRIES;
  const server = await postgres();
  await server.ensureDatabase('bench_services');
  const databaseUrl = server.url('bench_services');
  const vigie = await startVigie({ databaseUrl, label: 'vigie-services' });
  const owner = new pg.Client({ connectionString: databaseUrl });
  owner.on('error', () => undefined);
  await owner.connect();
  const [{ count: demoServices }] = (await owner.query('SELECT count(*)::int AS count FROM service')).rows;
  const synthetic = await addServices(owner, services - demoServices);
  let lastLog = Date.now();
  const loaded = await bulkLoadIncidents(databaseUrl, {
    count: entries,
    years: 1,
    seed: 25,
    services: [LOMME_SERVICE, ...synthetic],
    log: (message) => {
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        log(message.trim());
      }
    },
  });
  const [{ total }] = (await owner.query('SELECT count(*)::int AS total FROM incident')).rows;
  const [{ size }] = (
    await owner.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')
  ).rows;
  log(
    `${services} services, ${total} entries (${loaded.written} loaded in ${(loaded.totalMs / 1000).toFixed(0)} s: ` +
      `generated ${(loaded.generatedMs / 1000).toFixed(0)} s, copied ${(loaded.copiedMs / 1000).toFixed(0)} s, ` +
      `indexed ${(loaded.indexMs / 1000).toFixed(0)} s, vacuumed ${(loaded.vacuumMs / 1000).toFixed(0)} s), database ${size}`,
  );

  // One service's requests, its statements timed as Vigie runs them: the app role, its service set.
  const [{ role }] = (await owner.query('SELECT current_user AS role')).rows;
  const app = new pg.Client({ connectionString: databaseUrl });
  app.on('error', () => undefined);
  await app.connect();
  await app.query(`SET ROLE "${role}_app"`);
  await app.query(`SELECT set_config('vigie.service', $1, false)`, [LOMME_SERVICE]);
  const [{ lomme }] = (await app.query('SELECT count(*)::int AS lomme FROM incident')).rows;
  const { token } = await signIn(vigie.url, 'chef');
  const runs = quick ? 10 : 50;
  const measured = await measureLogQueries({
    url: vigie.url,
    token,
    server,
    client: app,
    runs,
    addDays: shared.addDays,
  });
  for (const miss of measured.misses) log(`goal missed: ${miss}`);
  await app.end();

  // The rate one node holds: chiefs of services spread over the database, each his own connection.
  const callers = [];
  for (let n = 1; n <= LOAD_CALLERS && n <= synthetic.length; n++) {
    const index = Math.floor(((n - 1) * synthetic.length) / LOAD_CALLERS);
    const signedIn = await signIn(vigie.url, `chef.s${index + 1}`);
    const [{ id: agentId }] = (
      await owner.query(
        `SELECT id FROM agent WHERE service_id = $1 AND status = 'ACTIVE' ORDER BY matricule LIMIT 1`,
        [synthetic[index]],
      )
    ).rows;
    callers.push({ token: signedIn.token, agentId });
  }
  const body = {
    occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    category: 'TRAFFIC.PARKING',
    location: { address: '3 rue du Marais', quartier: 'MARAIS' },
    summary: 'Stationnement gênant devant l’école',
    description: 'Constat d’un stationnement gênant aux heures de sortie. Avis de contravention apposé.',
    actions: [{ kind: 'FINE', natinf: '35008' }],
  };
  // A day's mix at the main courante: pages of the list, a filtered page, a French search, an
  // entry recorded; each request by the chief of one service, in turn.
  const mix = [
    '/api/incidents?limit=50',
    '/api/incidents?quartier=BOURG&category=TRAFFIC&limit=50',
    '/api/incidents?limit=50&status=OPEN',
    '/api/incidents?q=stationnement&limit=50',
    null,
  ];
  const request = (i) => {
    const caller = callers[i % callers.length];
    const path = mix[Math.floor(i / callers.length) % mix.length];
    const authorization = `Bearer ${caller.token}`;
    return path
      ? { path, headers: { authorization } }
      : {
          path: '/api/incidents',
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ ...body, agentIds: [caller.agentId] }),
        };
  };
  const steps = [];
  for (const rate of RATES) {
    const result = await openLoop({ url: vigie.url, rate, seconds: quick ? 5 : 20, request });
    steps.push(result);
    log(
      `${rate} req/s sent: ${result.rps.toFixed(0)} answered a second, p50 ${result.p50.toFixed(0)} ms, ` +
        `p99 ${result.p99.toFixed(0)} ms, ${result.status5xx} 5xx, ${result.status4xx} 4xx, ${result.errors} failed`,
    );
    if (result.p99 >= 100 || result.status5xx + result.errors > 0) break;
  }
  await owner.end();
  await vigie.stop();
  const held = steps.filter((step) => step.p99 < 100 && step.status5xx + step.errors === 0);
  const rate = held.at(-1)?.rate ?? 0;
  const peak = services * PEAK_PER_SERVICE;
  const metrics = {
    services,
    entries: total,
    lomme_entries: lomme,
    load_s: loaded.totalMs / 1000,
    ...measured.metrics,
    node_rate_p99_under_100ms: rate,
    estimated_peak_rps: peak,
    nodes_for_peak: rate > 0 ? Math.ceil(peak / rate) : null,
  };
  const markdown = [
    `${services} services on one database (the demo's ${demoServices} and ${synthetic.length} shaped as Lomme: 23 agents,`,
    `six quartiers, a chief), ${total.toLocaleString('en')} entries of the main courante in all (${entries.toLocaleString('en')}`,
    `a service over a year, each with its numbering and hash chain), ${size}, loaded in ${(loaded.totalMs / 1000).toFixed(0)} s.`,
    '',
    `**One service (Lomme, ${lomme.toLocaleString('en')} entries) among them**: the requests of the 1 M-entry scenario, one at`,
    `a time, ${runs} runs each; its statements timed alone as the app role with the service set (row security on).`,
    '',
    ...measured.table,
    '',
    `**The rate one node holds**: ${callers.length} chiefs of services spread over the database send a mix of list pages,`,
    'a filtered page, a French search and an entry recorded, in an open loop (Poisson arrivals, each request timed from',
    `the moment it was due), at rising rates, ${quick ? 5 : 20} s each, the load generator on the same two cores.`,
    '',
    '| sent (req/s) | answered a second | p50 | p99 | max | 5xx | 4xx | failed |',
    '|---|---|---|---|---|---|---|---|',
    ...steps.map(
      (step) =>
        `| ${step.rate} | ${step.rps.toFixed(0)} | ${ms(step.p50)} | ${ms(step.p99)} | ${ms(step.max)} | ${step.status5xx} | ${step.status4xx} | ${step.errors} |`,
    ),
    '',
    `Held at p99 < 100 ms: **${rate} req/s**. Estimated peak of ${services} services: **${peak} req/s** (about 10 people of`,
    'a service with Vigie open at the morning change of shift, a request every 10 s each, every service of the',
    `time zone in the same quarter of an hour): ${rate > 0 ? `${Math.ceil(peak / rate)} such node(s)` : 'no rate held'} on this machine's two cores, the`,
    'database beside them.',
    '',
    ...measured.explains,
  ].join('\n');
  return { metrics, markdown };
}
