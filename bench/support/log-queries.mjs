// The requests people make of the main courante, through Vigie's API one at a time: a filtered
// first page, the deepest keyset page of the same filter, French full text for a common and a rare
// word, a year of statistics by hour of the week. For each, the statement Vigie ran (taken from
// PostgreSQL's log) is timed alone through `client` and EXPLAINed (ANALYZE, BUFFERS).
import { ms, median, quantile } from '../stats.mjs';
import { COMMON_WORD, RARE_WORD } from './incidents.mjs';
import { captureStatements } from './statements.mjs';

/**
 * `client` reads as the service measured: the owner when the database holds one service, else the
 * app role with the service set (row security then filters as it does for Vigie).
 */
export async function measureLogQueries({ url, token, server, client, runs, addDays }) {
  const filter = '/api/incidents?quartier=BOURG&category=TRAFFIC&limit=50';
  const [oldest] = (
    await client.query(
      `SELECT occurred_at, id FROM incident WHERE quartier = 'BOURG' AND category LIKE 'TRAFFIC.%'
        ORDER BY occurred_at, id OFFSET 50 LIMIT 1`,
    )
  ).rows;
  const deepest = Buffer.from(JSON.stringify([oldest.occurred_at.toISOString(), oldest.id])).toString(
    'base64url',
  );
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const yearAgo = addDays(today, -365);
  const queries = [
    { key: 'first_page', label: 'filtered first page (quartier + category group)', path: filter, goal: 10 },
    {
      key: 'deepest_page',
      label: 'deepest keyset page of the same filter',
      path: `${filter}&cursor=${deepest}`,
      goal: 10,
    },
    {
      key: 'fts_common',
      label: `full text, common word « ${COMMON_WORD} »`,
      path: `/api/incidents?q=${COMMON_WORD}&limit=50`,
      goal: 20,
    },
    {
      key: 'fts_rare',
      label: `full text, rare word « ${RARE_WORD} »`,
      path: `/api/incidents?q=${RARE_WORD}&limit=50`,
      goal: 20,
    },
    {
      key: 'stats_year',
      label: 'a year of statistics by hour of the week',
      path: `/api/incidents/stats?from=${yearAgo}&to=${today}&by=hourOfWeek`,
      goal: 100,
    },
  ];
  const get = async (path) => {
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.json();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body;
  };
  // Baselines of the same moment: a round trip to PostgreSQL (SELECT 1), and the cheapest signed-in
  // request of the API (the taxonomy: the token and session check, then the service's quartiers).
  const floor = { api: [], sql: [] };
  for (let i = 0; i < runs + 5; i++) {
    let started = process.hrtime.bigint();
    await get('/api/incidents/taxonomy');
    if (i >= 5) floor.api.push(Number(process.hrtime.bigint() - started) / 1e6);
    started = process.hrtime.bigint();
    await client.query('SELECT 1');
    if (i >= 5) floor.sql.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const metrics = { floor_api_ms_p50: median(floor.api), floor_sql_ms_p50: median(floor.sql) };
  const explains = [];
  const rows = [];
  const misses = [];
  for (const query of queries) {
    const answer = await get(query.path);
    const found = answer.items?.length ?? answer.total;
    for (let i = 0; i < 5; i++) await get(query.path);
    const api = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      await get(query.path);
      api.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    // The statement Vigie ran on the main courante for this request, timed alone and explained.
    const statements = await captureStatements(server, () => get(query.path));
    // The entries (`i`), or the statistics' hourly counts (`h`, migration 1797800000000).
    const main = statements.find((statement) =>
      /\bFROM "?incident(_hour)?"?\s+"?[ih]"?\b/.test(statement.sql),
    );
    if (!main) throw new Error(`${query.path}: no statement on the main courante was captured`);
    const sql = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      await client.query(main.sql, main.params);
      sql.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${main.sql}`, main.params)).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    Object.assign(metrics, {
      [`${query.key}.api_ms_p50`]: median(api),
      [`${query.key}.api_ms_p95`]: quantile(api, 0.95),
      [`${query.key}.api_ms_p99`]: quantile(api, 0.99),
      [`${query.key}.sql_ms_p50`]: median(sql),
      [`${query.key}.sql_ms_p95`]: quantile(sql, 0.95),
    });
    const met = median(api) < query.goal;
    if (!met) misses.push(`${query.label}: ${ms(median(api))} (goal < ${query.goal} ms)`);
    rows.push(
      `| ${query.label} | ${found} | ${ms(median(api))} | ${ms(quantile(api, 0.95))} | ${ms(quantile(api, 0.99))} | ${ms(median(sql))} | ${ms(quantile(sql, 0.95))} | < ${query.goal} ms ${met ? '✓' : '✗'} |`,
    );
    explains.push(
      `### ${query.label}\n\n\`GET ${query.path.replace(/cursor=[^&]+/, 'cursor=…')}\`\n\n\`\`\`sql\n${main.sql}\n-- ${JSON.stringify(main.params)}\n\`\`\`\n\n\`\`\`\n${plan}\n\`\`\`\n`,
    );
  }
  metrics.deepest_over_first = metrics['deepest_page.api_ms_p50'] / metrics['first_page.api_ms_p50'];
  const table = [
    '| request | rows | API p50 | API p95 | API p99 | SQL p50 | SQL p95 | goal (API p50) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| baseline: the cheapest signed-in request (taxonomy) / \`SELECT 1\` | — | ${ms(metrics.floor_api_ms_p50)} | ${ms(quantile(floor.api, 0.95))} | ${ms(quantile(floor.api, 0.99))} | ${ms(metrics.floor_sql_ms_p50)} | ${ms(quantile(floor.sql, 0.95))} | |`,
  ];
  return { metrics, table, explains, misses };
}
