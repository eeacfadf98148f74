import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DynamicModule, Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Role, type UserResponse } from '@vigie/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock';
import { actOutsideScopesFor } from '../../src/common/tenancy/tenant';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { DEMO_PASSWORD, seedDemo } from '../../src/database/seed/demo-seed';
import { DEMO_SERVICES, PLATFORM_LOGIN } from '../../src/database/seed/services.seed';
import { PasswordService } from '../../src/modules/auth/password.service';
import { RecruitmentService } from '../../src/modules/recruitment/recruitment.service';
import { createTestDatabase } from './test-database';

export interface TestApp {
  /** The first node (a spec that reaches into a node's providers reaches into this one). */
  app: NestFastifyApplication;
  clock: Clock;
  /** Requests to the deployment: alternately to each of its nodes (see `nodes`). */
  http: TestAgent;
  /** Every node of the deployment, the first one first. */
  nodes: NestFastifyApplication[];
  /** The app's own pool: it logs in as the app role, like production. */
  dataSource: DataSource;
  /**
   * The tables' owner, for tests that tamper behind the API's back (disabling a trigger needs
   * it): the app's own role cannot.
   */
  owner: DataSource;
  /** The owner's URL. */
  databaseUrl: string;
  /** Signs in a demo account (password `vigie-demo`) and returns its access token. */
  tokenOf(login: DemoLogin): Promise<string>;
  /** The account a demo login signs in to, as `GET /api/auth/me` answers it. */
  meOf(login: DemoLogin): Promise<UserResponse>;
  close(): Promise<void>;
}

export type DemoLogin = 'chef' | 'superviseur' | 'agent' | 'rh';
export const DEMO_ROLES: Record<DemoLogin, Role> = {
  chef: Role.CHIEF,
  superviseur: Role.SUPERVISOR,
  agent: Role.AGENT,
  rh: Role.HR,
};

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: (Type | DynamicModule)[];
  webRoot?: string | null;
  /** Seed the demo data (default true). */
  demo?: boolean;
  /** Freeze the clock on this day (YYYY-MM-DD, 10:00 UTC) before seeding. */
  today?: string;
  /**
   * API processes of the deployment on the one database, `http` alternating between them as a
   * load balancer would (issue 25 point 6: no state kept in one process's memory). One unless
   * VIGIE_TEST_NODES=2 (two apps per suite, run in band, grew jest past 3 GB on CI's machine).
   */
  nodes?: 1 | 2;
}

const DEFAULT_NODES = process.env.VIGIE_TEST_NODES === '2' ? 2 : 1;

/**
 * One address for the nodes, as a TCP load balancer: each connection (a request, for supertest)
 * is handed to the next node in turn, whose own server parses it with its own limits and timeouts.
 */
function roundRobin(servers: Server[]): TcpServer {
  let next = 0;
  return createServer((socket) => {
    servers[next++ % servers.length].emit('connection', socket);
  });
}

/** The real application on its own fresh database, for one spec file. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, options.env);
  const app = await startNode(config, database.url, options);
  const dataSource = app.get(DataSource);
  // The specs read and write through the app's role behind the API's back: as Lomme's service.
  actOutsideScopesFor(DEMO_SERVICES.lomme.id);
  const clock = app.get(Clock);
  if (options.today) clock.set(`${options.today}T10:00:00Z`);
  if (options.demo ?? true) await seedDemoThrough(app, config);
  const owner = new DataSource({ ...dataSourceOptions(database.url), extra: { max: 2 } });
  await owner.initialize();
  const others =
    (options.nodes ?? DEFAULT_NODES) === 2 ? [await startNode(config, database.url, options)] : [];
  for (const other of others) {
    // One time for the deployment: the specs set the first node's clock.
    const otherClock = other.get(Clock);
    otherClock.now = () => clock.now();
    otherClock.set = (instant) => clock.set(instant);
  }
  const nodes = [app, ...others];
  const http = request(
    nodes.length === 1 ? app.getHttpServer() : roundRobin(nodes.map((node) => node.getHttpServer())),
  );
  const tokens = new Map<string, string>();
  const tokenOf = async (login: DemoLogin): Promise<string> => {
    const cached = tokens.get(login);
    if (cached) return cached;
    const response = await http.post('/api/auth/login').send({ login, password: DEMO_PASSWORD }).expect(200);
    const token = (response.body as { accessToken: string }).accessToken;
    tokens.set(login, token);
    return token;
  };
  return {
    app,
    clock,
    http,
    nodes,
    dataSource,
    owner,
    databaseUrl: database.url,
    tokenOf,
    async meOf(login) {
      const response = await http
        .get('/api/auth/me')
        .set(...bearer(await tokenOf(login)))
        .expect(200);
      return response.body as UserResponse;
    },
    async close() {
      for (const other of others) await other.close();
      await app.close();
      await owner.destroy();
      await database.drop();
      if (config.photos.kind === 'dir' && config.photos.dir)
        await rm(config.photos.dir, { recursive: true, force: true });
    },
  };
}

function testConfig(databaseUrl: string, env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.VIGIE_TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    // High limits by default: the throttling spec sets its own.
    LOGIN_LIMIT_PER_LOGIN_IP: '1000',
    LOGIN_LIMIT_PER_LOGIN: '100000',
    LOGIN_LIMIT_PER_IP: '10000',
    // Each database its own photo directory (never the checkout's .data).
    PHOTO_DIR: join(tmpdir(), `vigie-photos-${new URL(databaseUrl).pathname.slice(1)}`),
    ...env,
  });
}

async function startNode(
  config: AppConfig,
  databaseUrl: string,
  options: TestAppOptions,
): Promise<NestFastifyApplication> {
  const app = await createApp(config, databaseUrl, {
    webRoot: options.webRoot ?? null,
    imports: options.imports,
  });
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/**
 * The app on its database with these demo accounts signed in (one after the other, as a spec
 * would): `[t, chief, supervisor] = await createSignedInApp(options, 'chef', 'superviseur')`.
 */
export async function createSignedInApp<L extends DemoLogin[]>(
  options: TestAppOptions,
  ...logins: L
): Promise<[TestApp, ...{ [K in keyof L]: string }]> {
  const t = await createTestApp(options);
  const tokens: string[] = [];
  for (const login of logins) tokens.push(await t.tokenOf(login));
  return [t, ...(tokens as { [K in keyof L]: string })];
}

/** Signs in the demo's platform account (a member of no service: no `DemoLogin`); its access token. */
export async function platformTokenOf(t: TestApp): Promise<string> {
  const response = await t.http
    .post('/api/auth/login')
    .send({ login: PLATFORM_LOGIN, password: DEMO_PASSWORD })
    .expect(200);
  return (response.body as { accessToken: string }).accessToken;
}

/** Another API process of the same deployment: its own app, pool and clock, on `t`'s database. */
export interface OtherNode {
  app: NestFastifyApplication;
  clock: Clock;
  http: TestAgent;
  close(): Promise<void>;
}

export function startOtherNode(t: TestApp, options: Omit<TestAppOptions, 'demo'> = {}): Promise<OtherNode> {
  return startNodeOn(t.databaseUrl, options);
}

/** An API process on the database at `databaseUrl` (migrated by it if need be), without demo data. */
export async function startNodeOn(
  databaseUrl: string,
  options: Omit<TestAppOptions, 'demo'> = {},
): Promise<OtherNode> {
  const app = await startNode(testConfig(databaseUrl, options.env), databaseUrl, options);
  const clock = app.get(Clock);
  if (options.today) clock.set(`${options.today}T10:00:00Z`);
  return { app, clock, http: request(app.getHttpServer()), close: () => app.close() };
}

/** Seeds the demo data with the app's own services and clock, as a fresh deployment gets it. */
export async function seedDemoThrough(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const clock = app.get(Clock);
  await seedDemo(app.get(DataSource), {
    passwords: app.get(PasswordService),
    today: clock.today(),
    now: clock.now(),
    recruitments: app.get(RecruitmentService),
    ruleSet: config.ruleSet,
  });
}

export const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

/** The claims an access token carries (its payload, unchecked). */
export const claimsOf = <T>(token: string): T =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as T;

/**
 * The headers of a POST from one of Vigie's own pages: browsers send their origin, which is the
 * request's Host (refresh refuses any other, see SameOriginGuard).
 */
export const SAME_ORIGIN = { Host: 'vigie.localhost', Origin: 'http://vigie.localhost' };
