import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
}

/**
 * Stops the postmaster of a data directory (no new backend can start), then every process it
 * had started (backends, workers); returns them all, to resume.
 */
function freeze(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  signal([postmaster], 'SIGSTOP');
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  signal(children, 'SIGSTOP');
  return [postmaster, ...children];
}

function signal(pids: number[], name: 'SIGSTOP' | 'SIGCONT'): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // A backend that ended meanwhile.
    }
  }
}

/**
 * PostgreSQL frozen (its processes stopped, their connections open: what a hung host or a
 * storage stall looks like) while requests keep coming: no request hangs for the freeze, each is
 * answered 503 problem+json with Retry-After within 3 s, and the API serves again on its own
 * once the database runs again. The suite runs its own PostgreSQL server.
 */
describe('the database freezes under load and thaws', () => {
  let root: string;
  let server: EmbeddedPostgres;
  let app: NestFastifyApplication;
  let http: TestAgent;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigie-freeze-'));
    server = await EmbeddedPostgres.start({ dataDir: join(root, 'pg'), database: 'vigie', ephemeral: true });
    const url = server.url('vigie');
    // The default timeouts: what a deployment gets.
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.FREEZE_LOG ?? 'silent',
      DATABASE_URL: url,
      LOGIN_LIMIT_PER_LOGIN_IP: '1000',
      LOGIN_LIMIT_PER_LOGIN: '100000',
      LOGIN_LIMIT_PER_IP: '10000',
    });
    app = await createApp(config, url, { webRoot: null });
    await app.getHttpAdapter().getInstance().ready();
    const dataSource = app.get(DataSource);
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

  it('answers 503 problem+json with Retry-After within 3 s while it is frozen, and serves again after', async () => {
    const login = await http
      .post('/api/auth/login')
      .send({ login: 'agent', password: DEMO_PASSWORD })
      .expect(200);
    const token = (login.body as { accessToken: string }).accessToken;
    const me = (await http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200)).body as {
      agentId: string;
    };
    const auth = ['Authorization', `Bearer ${token}`] as const;
    const answers: Answer[] = [];
    const failures: string[] = [];
    let running = true;
    let written = 0;

    const record = async (kind: Answer['kind'], call: () => request.Test): Promise<void> => {
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
        });
      } catch (error) {
        failures.push(`${kind}: ${String(error)}`);
      }
    };
    const loop = async (step: () => Promise<void>): Promise<void> => {
      while (running) {
        await step();
        if (answers.at(-1)?.status === 503) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const load = Promise.all([
      ...Array.from({ length: 3 }, () =>
        loop(() =>
          record('write', () =>
            http
              .post('/api/incidents')
              .set(...auth)
              .send({
                occurredAt: new Date(Date.now() - 60_000).toISOString(),
                category: 'ASSISTANCE.VULNERABLE',
                location: { address: 'Place du Bourg', quartier: 'BOURG' },
                summary: `Base figée n° ${++written}`,
                description: 'Écrit pendant le gel de la base.',
                agentIds: [me.agentId],
              }),
          ),
        ),
      ),
      ...Array.from({ length: 3 }, () =>
        loop(() => record('read', () => http.get('/api/incidents?limit=20').set(...auth))),
      ),
      loop(() => record('health', () => http.get('/api/health'))),
    ]);

    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let frozen = 0;
    let thawed = 0;
    let pids: number[] = [];
    try {
      await pause(1500);
      pids = freeze(server.dataDir);
      frozen = Date.now();
      await pause(6000);
    } finally {
      // Whatever happens above, the server runs again (else the suite's teardown would hang).
      signal(pids, 'SIGCONT');
      thawed = Date.now();
    }
    await pause(4000);
    running = false;
    await load;

    expect(failures).toEqual([]);
    expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
    expect(answers.filter((a) => a.status >= 300 && a.status !== 503)).toEqual([]);
    // Nothing waited for the freeze: every request running or sent while frozen was answered
    // within 3 s of the freeze or of its sending.
    const whileFrozen = answers.filter((a) => a.end > frozen && a.start < thawed);
    const slow = whileFrozen
      .map((a) => ({ kind: a.kind, status: a.status, waited: a.end - Math.max(a.start, frozen) }))
      .filter((a) => a.waited >= 3000);
    expect(slow).toEqual([]);
    // Sent and answered while frozen: 503 problem+json with Retry-After, for reads, writes and health.
    const during = answers.filter((a) => a.start > frozen && a.end < thawed);
    for (const kind of ['read', 'write', 'health'] as const) {
      expect({ kind, answered: during.filter((a) => a.kind === kind).length > 0 }).toEqual({
        kind,
        answered: true,
      });
    }
    expect(during.filter((a) => a.status !== 503)).toEqual([]);
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.type).toContain(PROBLEM_CONTENT_TYPE);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // Served again on its own once thawed (reads, writes and health), within 3 s.
    for (const kind of ['read', 'write', 'health'] as const) {
      const served = answers.filter((a) => a.kind === kind && a.status < 300 && a.start >= thawed);
      expect({ kind, served: served.length > 0 }).toEqual({ kind, served: true });
      const first = Math.min(...served.map((a) => a.end)) - thawed;
      expect({ kind, late: first >= 3000 }).toEqual({ kind, late: false });
    }

    const longest = Math.max(...whileFrozen.map((a) => a.end - Math.max(a.start, frozen)));
    process.stdout.write(
      `\n  freeze: ${answers.length} requests, ${during.length} sent and answered while frozen (6 s), ` +
        `longest wait ${longest} ms; first answers after the thaw: ${(['read', 'write', 'health'] as const)
          .map(
            (kind) =>
              `${kind} ${Math.min(...answers.filter((a) => a.kind === kind && a.status < 300 && a.start >= thawed).map((a) => a.end)) - thawed} ms`,
          )
          .join(', ')}\n`,
    );
  }, 120_000);
});
