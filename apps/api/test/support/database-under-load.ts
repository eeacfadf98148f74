import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.setup';
import { actOutsideScopesFor } from '../../src/common/tenancy/tenant';
import { loadConfig } from '../../src/config/app-config';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES } from '../../src/database/seed/services.seed';
import { seedDemoThrough } from './test-app';

/**
 * The demo app on a PostgreSQL server of its own, which a spec may stop or freeze (the shared
 * server of the other suites is never touched).
 */
export interface OwnServerApp {
  root: string;
  server: EmbeddedPostgres;
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
}

/** `name` names the temporary folder; `logLevel` lets a developer watch the logs of one suite. */
export async function startOnOwnServer(name: string, logLevel = 'silent'): Promise<OwnServerApp> {
  const root = await mkdtemp(join(tmpdir(), `vigie-${name}-`));
  const server = await EmbeddedPostgres.start({
    dataDir: join(root, 'pg'),
    database: 'vigie',
    ephemeral: true,
  });
  const url = server.url('vigie');
  // The default timeouts: what a deployment gets.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: logLevel,
    DATABASE_URL: url,
    LOGIN_LIMIT_PER_LOGIN_IP: '1000',
    LOGIN_LIMIT_PER_LOGIN: '100000',
    LOGIN_LIMIT_PER_IP: '10000',
  });
  const app = await createApp(config, url, { webRoot: null });
  await app.getHttpAdapter().getInstance().ready();
  await seedDemoThrough(app, config);
  // The specs read behind the API's back as Lomme's service, as createTestApp's do.
  actOutsideScopesFor(DEMO_SERVICES.lomme.id);
  return { root, server, app, http: request(app.getHttpServer()), dataSource: app.get(DataSource) };
}

export async function stopOwnServer(own: OwnServerApp | undefined): Promise<void> {
  if (!own) return;
  await own.app.close();
  await own.server.destroy();
  await rm(own.root, { recursive: true, force: true });
}

export async function accessTokenOf(http: TestAgent, login: string): Promise<string> {
  const response = await http.post('/api/auth/login').send({ login, password: DEMO_PASSWORD }).expect(200);
  return (response.body as { accessToken: string }).accessToken;
}

export type LoadKind = 'read' | 'write' | 'health';

export interface Answer {
  kind: LoadKind;
  start: number;
  end: number;
  status: number;
  type: string;
  retryAfter: string | undefined;
  /** Writes: the summary sent and the number the entry was given. */
  summary?: string;
  number?: string;
}

export interface Load {
  answers: Answer[];
  failures: string[];
  /** Lets every client finish the request it is on, then resolves. */
  stop(): Promise<void>;
}

export interface LoadOptions {
  /** The summary of the n-th entry written. */
  summary: (n: number) => string;
  description: string;
  readers: number;
}

/**
 * Three clients writing main courante entries as `login`, `readers` clients listing them and
 * one polling health, until stopped. Each sends again at once after an answer, and 100 ms
 * after a 503 (it polls, as a client honouring a short Retry-After would, without flooding a
 * 2-core machine).
 */
export async function startLoad(http: TestAgent, login: string, options: LoadOptions): Promise<Load> {
  const token = await accessTokenOf(http, login);
  const auth = ['Authorization', `Bearer ${token}`] as const;
  const me = (
    await http
      .get('/api/auth/me')
      .set(...auth)
      .expect(200)
  ).body as { agentId: string };
  const answers: Answer[] = [];
  const failures: string[] = [];
  let running = true;
  let written = 0;

  const record = async (kind: LoadKind, call: () => request.Test, summary?: string): Promise<void> => {
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
        number:
          summary === undefined ? undefined : (response.body as { number?: string } | undefined)?.number,
      });
    } catch (error) {
      failures.push(`${kind}: ${String(error)}`);
    }
  };
  const loop = async (step: () => Promise<void>): Promise<void> => {
    while (running) {
      await step();
      if (answers.at(-1)?.status === 503) await pause(100);
    }
  };
  const write = (): Promise<void> => {
    const summary = options.summary(++written);
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
            description: options.description,
            agentIds: [me.agentId],
          }),
      summary,
    );
  };
  const clients = Promise.all([
    ...Array.from({ length: 3 }, () => loop(write)),
    ...Array.from({ length: options.readers }, () =>
      loop(() => record('read', () => http.get('/api/incidents?limit=20').set(...auth))),
    ),
    loop(() => record('health', () => http.get('/api/health'))),
  ]);
  return {
    answers,
    failures,
    async stop() {
      running = false;
      await clients;
    },
  };
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** For the suites' printed figures: per kind, how long after `since` its first success came. */
export function firstServedAfter(answers: Answer[], since: number): string {
  return (['read', 'write', 'health'] as const)
    .map(
      (kind) =>
        `${kind} ${Math.min(...answers.filter((a) => a.kind === kind && a.status < 300 && a.start >= since).map((a) => a.end)) - since} ms`,
    )
    .join(', ');
}
