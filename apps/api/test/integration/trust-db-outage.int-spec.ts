import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import {
  accessTokenOf,
  firstServedAfter,
  OwnServerApp,
  pause,
  startLoad,
  startOnOwnServer,
  stopOwnServer,
} from '../support/database-under-load';

/**
 * PostgreSQL stopped for a few seconds while requests keep coming: the API stays up, answers
 * 503 problem+json with Retry-After (never a 500), writes nothing partial, and serves again
 * within 2 s of the database's return, without a restart. The suite runs its own PostgreSQL
 * server (the shared one of the other suites is never stopped).
 */
describe('the database goes away under load and comes back', () => {
  let own: OwnServerApp;

  beforeAll(async () => {
    own = await startOnOwnServer('outage', process.env.OUTAGE_LOG);
  }, 180_000);

  afterAll(() => stopOwnServer(own));

  it('answers 503 problem+json with Retry-After while it is away, nothing partial, and serves again within 2 s', async () => {
    const { answers, failures, stop } = await startLoad(own.http, 'agent', {
      summary: (n) => `Panne de courant n° ${n}`,
      description: 'Écrit pendant la coupure de la base.',
      readers: 2,
    });

    await pause(1500);
    await own.server.stop();
    const away = Date.now();
    await pause(3000);
    const restarting = Date.now();
    own.server = await EmbeddedPostgres.start({ dataDir: own.server.dataDir, port: own.server.port });
    // pg_ctl reports the server ready a moment after it is: "back" is when it is known to be.
    const back = Date.now();
    await pause(3000);
    await stop();

    // The process stayed up and answered everything; nothing but 2xx and 503.
    expect(failures).toEqual([]);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
    expect(answers.filter((a) => a.status >= 300 && a.status !== 503)).toEqual([]);
    // While away (requests sent and answered between the stop and the restart): 503 problem+json, Retry-After.
    const during = answers.filter((a) => a.start > away && a.end < restarting);
    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((a) => a.status !== 503)).toEqual([]);
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.type).toContain(PROBLEM_CONTENT_TYPE);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // Back within 2 s of the database's return, reads and writes, without a restart of the API.
    for (const kind of ['read', 'write', 'health'] as const) {
      const served = answers.filter((a) => a.kind === kind && a.status < 300 && a.start >= back);
      expect({ kind, served: served.length > 0 }).toEqual({ kind, served: true });
      const firstServed = Math.min(...served.map((a) => a.end));
      expect({ kind, late: firstServed - back >= 2000 }).toEqual({ kind, late: false });
    }

    // Nothing partial: every acknowledged entry is there, whole; numbers without gap; the chain intact.
    const acknowledged = answers.filter((a) => a.kind === 'write' && a.status === 201);
    expect(acknowledged.length).toBeGreaterThan(0);
    const rows = await own.dataSource.query<
      { summary: string; number: string; links: number; agents: number; search: number }[]
    >(
      `SELECT i.summary, i.number,
              (SELECT count(*)::int FROM incident_link l WHERE l.kind = 'ENTRY' AND l.ref_id = i.id) AS links,
              (SELECT count(*)::int FROM incident_agent a WHERE a.incident_id = i.id) AS agents,
              (SELECT count(*)::int FROM incident_search s WHERE s.incident_id = i.id) AS search
         FROM incident i WHERE i.summary LIKE 'Panne de courant%'`,
    );
    const stored = new Map(rows.map((row) => [row.summary, row]));
    for (const answer of acknowledged) {
      expect(stored.get(answer.summary!)).toMatchObject({
        number: answer.number,
        links: 1,
        agents: 1,
        search: 1,
      });
    }
    expect(rows.filter((row) => row.links !== 1 || row.agents !== 1 || row.search !== 1)).toEqual([]);
    const [{ count, last, max }] = await own.dataSource.query<{ count: number; last: number; max: number }[]>(
      `SELECT count(*)::int AS count, max(sequence)::int AS max,
              (SELECT last FROM incident_counter WHERE year = i.year) AS last
         FROM incident i WHERE year = (SELECT max(year) FROM incident) GROUP BY year`,
    );
    expect({ count, last }).toEqual({ count: max, last: max });
    const chief = await accessTokenOf(own.http, 'chef');
    const integrity = await own.http
      .get('/api/incidents/integrity')
      .set('Authorization', `Bearer ${chief}`)
      .expect(200);
    expect(integrity.body).toMatchObject({ ok: true });

    const away503 = during.filter((a) => a.status === 503).length;
    process.stdout.write(
      `\n  outage: ${answers.length} requests, ${away503} answered 503 while away (3 s), ` +
        `${acknowledged.length} entries acknowledged, first answers after the return: ${firstServedAfter(answers, back)}\n`,
    );
  }, 120_000);
});
