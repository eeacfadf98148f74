// Vigie's API against the raw limit: the same requests answered by Vigie (Nest, TypeORM,
// class-validator, guards, request logs) and by a minimal Fastify + pg server running the same
// SQL on the same database (bench/support/raw-server.mjs), each under autocannon at 20 and 50
// connections, in alternating rounds; medians of the rounds, ratios Vigie / raw.
import { isDeepStrictEqual } from 'node:util';

import { median } from '../stats.mjs';
import { runLoad } from '../support/load.mjs';
import { freePort, startProcess } from '../support/processes.mjs';
import { api, signIn, tempDir, waitFor200 } from '../support/vigie.mjs';

export const name = 'api';
export const title = 'API against the raw limit — Vigie vs Fastify + pg, same SQL, same database';

export async function run({ root, quick, vigie: sharedVigie, log }) {
  const vigie = await sharedVigie();
  const { databaseUrl, jwtSecret, loaded } = vigie;
  const logs = tempDir('api-logs');

  const rawPort = await freePort();
  const { token: token0 } = await signIn(vigie.url, 'chef');
  const raw = startProcess(process.execPath, [`${root}/bench/support/raw-server.mjs`], {
    env: {
      DATABASE_URL: databaseUrl,
      VIGIE_SERVICE: (await api(vigie.url, token0, '/api/auth/me')).service.id,
      PORT: String(rawPort),
      JWT_SECRET: jwtSecret,
    },
    logFile: `${logs}/raw.log`,
    label: 'raw server',
  });
  const rawUrl = `http://127.0.0.1:${rawPort}`;
  await waitFor200(`${rawUrl}/api/health`, { process: raw });

  const { token, user } = await signIn(vigie.url, 'chef');
  const headers = { authorization: `Bearer ${token}` };
  // A filtered page of 50 reached by its keyset cursor (the second page of the filter).
  const filter = '/api/incidents?quartier=BOURG&category=TRAFFIC&limit=50';
  const first = await api(vigie.url, token, filter);
  const listPath = `${filter}&cursor=${first.nextCursor}`;
  const [fromVigie, fromRaw] = await Promise.all([
    api(vigie.url, token, listPath),
    api(rawUrl, token, listPath),
  ]);
  if (fromVigie.items.length !== 50 || !isDeepStrictEqual(fromVigie, fromRaw))
    throw new Error('the raw server does not answer the list as Vigie does');

  const body = JSON.stringify({
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    category: 'PUBLIC_PEACE.NOISE',
    location: { address: '12 rue du Bourg', quartier: 'BOURG', lat: 50.6445, lng: 2.9875 },
    summary: 'Tapage nocturne, musique forte',
    description:
      'Appel d’un riverain pour des nuisances sonores. Les occupants ont été invités à cesser le tapage.',
    agentIds: [user.agentId],
    actions: [{ kind: 'VERBAL_WARNING' }],
  });
  const post = (url) =>
    fetch(`${url}/api/incidents`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
  const [createdVigie, createdRaw] = [await post(vigie.url), await post(rawUrl)];
  const [a, b] = [await createdVigie.json(), await createdRaw.json()];
  if (
    createdVigie.status !== 201 ||
    createdRaw.status !== 201 ||
    !isDeepStrictEqual(Object.keys(a).sort(), Object.keys(b).sort())
  )
    throw new Error(
      `POST /api/incidents: Vigie ${createdVigie.status}, raw ${createdRaw.status}; keys only Vigie's: ` +
        `${Object.keys(a).filter((key) => !(key in b))}, only raw's: ${Object.keys(b).filter((key) => !(key in a))}`,
    );

  const servers = { vigie: vigie.url, raw: rawUrl };
  // Both connection counts; BENCH_QUICK keeps 50 only.
  const LEVELS = quick ? [50] : [20, 50];
  const rounds = quick ? 1 : 3;
  const endpoints = {
    incidents: { method: 'GET', path: listPath, seconds: quick ? 2 : 10 },
    create: { method: 'POST', path: '/api/incidents', body, seconds: quick ? 2 : 6 },
  };
  const runs = [];
  for (const [endpoint, spec] of Object.entries(endpoints)) {
    const options = (url, connections, seconds) => ({
      url: `${url}${spec.path}`,
      method: spec.method,
      headers: spec.body ? { ...headers, 'content-type': 'application/json' } : headers,
      body: spec.body,
      connections,
      duration: seconds,
      timeout: 10,
    });
    // Warm-up (JIT, pools, caches) of both servers before the measured rounds.
    for (const url of Object.values(servers)) await runLoad(options(url, 10, quick ? 1 : 2));
    for (const connections of LEVELS) {
      for (let round = 1; round <= rounds; round++) {
        // Alternate who goes first, so that a drift of the machine does not favour one side.
        const order = round % 2 === 1 ? ['vigie', 'raw'] : ['raw', 'vigie'];
        for (const side of order) {
          const result = await runLoad(options(servers[side], connections, spec.seconds));
          runs.push({ endpoint, side, connections, round, ...result });
          log(
            `${endpoint} ${side.padEnd(5)} c${connections} r${round}: ${result.rps.toFixed(0)} req/s, ` +
              `p50 ${result.p50} ms, p99 ${result.p99} ms${result.non2xx ? `, ${result.non2xx} non-2xx` : ''}`,
          );
        }
      }
    }
  }
  const integrity = quick ? null : await api(vigie.url, token, '/api/incidents/integrity');
  await raw.stop();

  const metrics = {};
  const rows = [];
  for (const endpoint of Object.keys(endpoints)) {
    const worst = { rps_ratio: Infinity, p50_ratio: 0, p99_ratio: 0 };
    for (const connections of LEVELS) {
      const of = (side, key) =>
        median(
          runs
            .filter((r) => r.endpoint === endpoint && r.side === side && r.connections === connections)
            .map((r) => r[key]),
        );
      const figures = {};
      for (const side of ['vigie', 'raw'])
        for (const key of ['rps', 'p50', 'p99']) figures[`${side}_${key}`] = of(side, key);
      const ratios = {
        rps_ratio: figures.vigie_rps / figures.raw_rps,
        p50_ratio: figures.vigie_p50 / Math.max(figures.raw_p50, 1),
        p99_ratio: figures.vigie_p99 / Math.max(figures.raw_p99, 1),
      };
      for (const [key, value] of Object.entries({ ...figures, ...ratios }))
        metrics[`${endpoint}.c${connections}.${key}`] = value;
      worst.rps_ratio = Math.min(worst.rps_ratio, ratios.rps_ratio);
      worst.p50_ratio = Math.max(worst.p50_ratio, ratios.p50_ratio);
      worst.p99_ratio = Math.max(worst.p99_ratio, ratios.p99_ratio);
      rows.push(
        `| ${label(endpoint)} | ${connections} | ${figures.vigie_rps.toFixed(0)} / ${figures.raw_rps.toFixed(0)} | ` +
          `**${ratios.rps_ratio.toFixed(2)}** | ${figures.vigie_p50} / ${figures.raw_p50} ms | **${ratios.p50_ratio.toFixed(2)}** | ` +
          `${figures.vigie_p99} / ${figures.raw_p99} ms | **${ratios.p99_ratio.toFixed(2)}** |`,
      );
    }
    for (const [key, value] of Object.entries(worst)) metrics[`${endpoint}.${key}`] = value;
  }
  const failures = runs.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  metrics.failed_requests = failures;
  if (integrity) metrics.chain_ok = integrity.ok ? 1 : 0;

  const markdown = [
    `${loaded.written} entries (one year) bulk-loaded with COPY next to the demo data; the list is`,
    `\`GET ${listPath.replace(/cursor=.*/, 'cursor=…')}\` (the second page of a filter, by its keyset cursor);`,
    'the write is a validated `POST /api/incidents` (numbered, chained, journaled, read back: the same',
    'statements in one transaction). Both servers were checked to give the same answer before measuring.',
    '',
    "Raw baseline: Fastify 5 + pg, the SQL captured from Vigie's statement log, the same pool size (20), the",
    'same HS256 token check and session query, a JSON schema for the body; no Nest, TypeORM, class-validator,',
    'helmet headers nor request logs. Each server and autocannon run as separate processes; only one server',
    'is loaded at a time, and the embedded PostgreSQL is shared, so each run had the 2 cores to split between',
    'the server (one event loop), PostgreSQL backends and autocannon — plus whatever other jobs ran on the',
    `machine then. ${rounds} alternating round(s) (Vigie first, then raw first…), ${endpoints.incidents.seconds} s per GET run`,
    `and ${endpoints.create.seconds} s per POST run, after a warm-up; medians of the rounds.`,
    '',
    '| request | connections | req/s Vigie / raw | ratio | p50 Vigie / raw | ratio | p99 Vigie / raw | ratio |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Headline keys (\`incidents.*\`, \`create.*\`) take the worse of the connection counts. Goals for the list:`,
    'req/s ratio ≥ 0.6, p50 ratio ≤ 1.5, p99 ratio ≤ 2. ' +
      `Failed requests (errors, timeouts, non-2xx): ${failures}.` +
      (integrity
        ? ` Hash chain after all the writes of both servers: ${integrity.ok ? 'intact' : 'BROKEN'} (${integrity.checked} links).`
        : ''),
  ].join('\n');
  return { metrics, markdown };

  function label(endpoint) {
    return endpoint === 'incidents' ? '`GET /api/incidents` page' : '`POST /api/incidents`';
  }
}
