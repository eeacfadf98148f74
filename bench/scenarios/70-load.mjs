// Sustained load: 50 connections for a minute, every connection looping over a mix of reads and
// writes of the main courante and the planning (bench/support/mixed-load.mjs), autocannon in its
// own process. A benchmark, not a test: requests/s, latencies, errors, timeouts, status codes.
import { fileURLToPath } from 'node:url';

import { runLoad } from '../support/load.mjs';
import { prepareWeek } from '../support/planning.mjs';
import { api, signIn } from '../support/vigie.mjs';

export const name = 'load';
export const title = 'Sustained load — mixed reads and writes of the main courante and the planning';

const CONNECTIONS = 50;

export async function run({ quick, vigie: sharedVigie, log }) {
  const vigie = await sharedVigie();
  const { token, user } = await signIn(vigie.url, 'chef');
  const week = await prepareWeek(vigie.url, token, { weeksAhead: 5, pairs: quick ? 15 : CONNECTIONS });
  const first = await api(vigie.url, token, '/api/incidents?limit=50');
  const second = await api(vigie.url, token, `/api/incidents?limit=50&cursor=${first.nextCursor}`);
  const listPaths = [
    '/api/incidents?limit=50',
    `/api/incidents?limit=50&cursor=${first.nextCursor}`,
    '/api/incidents?quartier=MARAIS&limit=50',
    '/api/incidents?category=PUBLIC_PEACE&status=CLOSED&limit=50',
    '/api/incidents?q=stationnement&limit=50',
  ];
  const body = JSON.stringify({
    occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    category: 'TRAFFIC.PARKING',
    location: { address: '3 rue du Marais', quartier: 'MARAIS' },
    summary: 'Stationnement gênant devant l’école',
    description: 'Constat d’un stationnement gênant aux heures de sortie. Avis de contravention apposé.',
    agentIds: [user.agentId],
    actions: [{ kind: 'FINE', natinf: '35008' }],
  });
  const seconds = quick ? 8 : 60;
  log(
    `${week.pairs.length} (shift, agent) pairs in the week of ${week.from}; ${CONNECTIONS} connections for ${seconds} s…`,
  );
  const result = await runLoad(
    {
      url: vigie.url,
      token,
      connections: CONNECTIONS,
      duration: seconds,
      listPaths,
      incidentIds: [...first.items, ...second.items].map((item) => item.id),
      shiftsPath: week.shiftsPath,
      pairs: week.pairs,
      body,
    },
    { profile: fileURLToPath(new URL('../support/mixed-load.mjs', import.meta.url)) },
  );
  const integrity = quick ? null : await api(vigie.url, token, '/api/incidents/integrity');
  const metrics = {
    connections: CONNECTIONS,
    seconds: result.duration,
    rps: result.rps,
    requests: result.requests,
    p50_ms: result.p50,
    p99_ms: result.p99,
    max_ms: result.max,
    errors: result.errors,
    timeouts: result.timeouts,
    status_4xx: result.status4xx,
    status_5xx: result.status5xx,
  };
  if (integrity) metrics.chain_ok = integrity.ok ? 1 : 0;
  log(
    `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, ` +
      `codes ${JSON.stringify(result.codes)}`,
  );
  const markdown = [
    `${CONNECTIONS} connections for ${seconds} s against the run's Vigie (demo data and a year of the main courante),`,
    'autocannon in its own process. Each connection loops over: a page of the main courante (five filters,',
    'full text among them) ×3, an entry read (journaled) ×2, the week of the planning ×2, an entry recorded',
    '(numbered and chained), an agent assigned to a shift under the working-time rules, then taken off it',
    `(each connection its own pair of a draft week, ${week.from}). Vigie, its PostgreSQL and autocannon shared`,
    'the 2 cores (and whatever else ran on the machine).',
    '',
    '| req/s | requests | p50 | p99 | max | errors | timeouts | 4xx | 5xx |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${result.rps.toFixed(0)} | ${result.requests} | ${result.p50} ms | ${result.p99} ms | ${result.max} ms | ${result.errors} | ${result.timeouts} | ${result.status4xx} | **${result.status5xx}** |`,
    '',
    `Status codes: ${Object.entries(result.codes)
      .map(([code, count]) => `${code} × ${count}`)
      .join(', ')}. 4xx are the rules at work (an agent already assigned elsewhere at that time: 409, a`,
    'working-time rule: 422, taking off an assignment that was refused: 404); 5xx, errors and timeouts must be 0.' +
      (integrity
        ? ` Hash chain afterwards: ${integrity.ok ? 'intact' : 'BROKEN'} (${integrity.checked} links).`
        : ''),
  ].join('\n');
  return { metrics, markdown };
}
