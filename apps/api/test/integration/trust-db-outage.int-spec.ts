import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { DEMO_PASSWORD, seedDemo } from '../../src/database/seed/demo-seed';
import { PasswordService } from '../../src/modules/auth/password.service';
import { RecruitmentService } from '../../src/modules/recruitment/recruitment.service';

interface Answer {
  kind: 'read' | 'write' | 'health';
  start: number;
  end: number;
  status: number;
  type: string;
  retryAfter: string | undefined;
  summary?: string;
  number?: string;
}

/**
 * PostgreSQL stopped for a few seconds while requests keep coming: the API stays up, answers
 * 503 problem+json with Retry-After (never a 500), writes nothing partial, and serves again
 * within 2 s of the database's return, without a restart. The suite runs its own PostgreSQL
 * server (the shared one of the other suites is never stopped).
 */
describe('the database goes away under load and comes back', () => {
  let root: string;
  let server: EmbeddedPostgres;
  let app: NestFastifyApplication;
  let http: TestAgent;
  let dataSource: DataSource;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigie-outage-'));
    server = await EmbeddedPostgres.start({ dataDir: join(root, 'pg'), database: 'vigie', ephemeral: true });
    const url = server.url('vigie');
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.OUTAGE_LOG ?? 'silent',
      DATABASE_URL: url,
      LOGIN_LIMIT_PER_LOGIN_IP: '1000',
      LOGIN_LIMIT_PER_LOGIN: '100000',
      LOGIN_LIMIT_PER_IP: '10000',
    });
    app = await createApp(config, url, { webRoot: null });
    await app.getHttpAdapter().getInstance().ready();
    dataSource = app.get(DataSource);
    const clock = app.get(Clock);
    await seedDemo(dataSource, {
      passwords: app.get(PasswordService),
      today: clock.today(),
      now: clock.now(),
      recruitments: app.get(RecruitmentService),
      ruleSet: config.ruleSet,
    });
    http = request(app.getHttpServer());
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await server?.destroy();
    await rm(root, { recursive: true, force: true });
  });

  it('answers 503 problem+json with Retry-After while it is away, nothing partial, and serves again within 2 s', async () => {
    const token = (
      (await http.post('/api/auth/login').send({ login: 'agent', password: DEMO_PASSWORD }).expect(200))
        .body as {
        accessToken: string;
      }
    ).accessToken;
    const me = (await http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200)).body as {
      agentId: string;
    };
    const answers: Answer[] = [];
    const failures: string[] = [];
    let running = true;
    let written = 0;

    const record = async (
      kind: Answer['kind'],
      call: () => request.Test,
      summary?: string,
    ): Promise<void> => {
      const start = Date.now();
      try {
        const response = await call();
        answers.push({
          kind,
          start,
          end: Date.now(),
          status: response.status,
          type: String(response.headers['content-type'] ?? ''),
          retryAfter: response.headers['retry-after'],
          summary,
          number: (response.body as { number?: string } | undefined)?.number,
        });
      } catch (error) {
        failures.push(`${kind}: ${String(error)}`);
      }
    };
    // Each client sends again at once after an answer, and 100 ms after a 503 (it polls, as a
    // client honouring a short Retry-After would, without flooding a 2-core machine).
    const loop = async (step: () => Promise<void>): Promise<void> => {
      while (running) {
        await step();
        if (answers.at(-1)?.status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const auth = ['Authorization', `Bearer ${token}`] as const;
    const load = Promise.all([
      ...Array.from({ length: 3 }, () =>
        loop(() => {
          const summary = `Panne de courant n° ${++written}`;
          return record(
            'write',
            () =>
              http
                .post('/api/incidents')
                .set(...auth)
                .send({
                  occurredAt: new Date(Date.now() - 60_000).toISOString(),
                  category: 'ASSISTANCE.VULNERABLE',
                  location: { address: 'Place du Bourg', quartier: 'BOURG' },
                  summary,
                  description: 'Écrit pendant la coupure de la base.',
                  agentIds: [me.agentId],
                }),
            summary,
          );
        }),
      ),
      ...Array.from({ length: 2 }, () =>
        loop(() => record('read', () => http.get('/api/incidents?limit=20').set(...auth))),
      ),
      loop(() => record('health', () => http.get('/api/health'))),
    ]);

    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(1500);
    await server.stop();
    const away = Date.now();
    await pause(3000);
    const restarting = Date.now();
    server = await EmbeddedPostgres.start({ dataDir: server.dataDir, port: server.port });
    // pg_ctl reports the server ready a moment after it is: "back" is when it is known to be.
    const back = Date.now();
    await pause(3000);
    running = false;
    await load;

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
    const rows = await dataSource.query<
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
    const [{ count, last, max }] = await dataSource.query<{ count: number; last: number; max: number }[]>(
      `SELECT count(*)::int AS count, max(sequence)::int AS max,
              (SELECT last FROM incident_counter WHERE year = i.year) AS last
         FROM incident i WHERE year = (SELECT max(year) FROM incident) GROUP BY year`,
    );
    expect({ count, last }).toEqual({ count: max, last: max });
    const chief = (
      (await http.post('/api/auth/login').send({ login: 'chef', password: DEMO_PASSWORD }).expect(200))
        .body as {
        accessToken: string;
      }
    ).accessToken;
    const integrity = await http
      .get('/api/incidents/integrity')
      .set('Authorization', `Bearer ${chief}`)
      .expect(200);
    expect(integrity.body).toMatchObject({ ok: true });

    const away503 = during.filter((a) => a.status === 503).length;
    process.stdout.write(
      `\n  outage: ${answers.length} requests, ${away503} answered 503 while away (3 s), ` +
        `${acknowledged.length} entries acknowledged, first answers after the return: ` +
        `${(['read', 'write', 'health'] as const)
          .map(
            (kind) =>
              `${kind} ${Math.min(...answers.filter((a) => a.kind === kind && a.status < 300 && a.start >= back).map((a) => a.end)) - back} ms`,
          )
          .join(', ')}\n`,
    );
  }, 120_000);
});
