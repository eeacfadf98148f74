import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import { Client, PoolConfig } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.setup';
import { guardedDriver, servingRequest } from '../../src/common/db/database-guard';
import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';

/** Its own PostgreSQL, since this spec stops it. */
describe('health', () => {
  let server: EmbeddedPostgres;
  let url: string;

  beforeAll(async () => {
    server = await EmbeddedPostgres.start({
      dataDir: join(await mkdtemp(join(tmpdir(), 'vigie-health-')), 'pg'),
      ephemeral: true,
      database: 'vigie',
    });
    url = server.url('vigie');
    const migrations = new DataSource(dataSourceOptions(url));
    await migrations.initialize();
    await migrations.runMigrations();
    await migrations.destroy();
  });
  afterAll(() => server.destroy());

  it('runs parallel plans (a large main courante is scanned by parallel workers)', async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SET debug_parallel_query = on');
      const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM pg_class');
      expect(rows[0].count).toBeGreaterThan(0);
      const plan = await client.query<{ 'QUERY PLAN': string }>('EXPLAIN SELECT count(*) FROM pg_class');
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('Gather');
    } finally {
      await client.end();
    }
  });

  it('takes a process that stalled (its event loop blocked) for a slow process, not a frozen database', async () => {
    const pool = new (guardedDriver().Pool)({
      connectionString: url,
      max: 1,
      timeouts: { acquireTimeoutMs: 300, queryTimeoutMs: 300 },
    } as PoolConfig);
    const stall = (ms: number): void => {
      const end = Date.now() + ms;
      while (Date.now() < end);
    };
    // The first query on a connection is queued behind its service setting: both answers are read late.
    const client = await pool.connect();
    let released = false;
    try {
      // A query sent, then the process stalls (GC, a CPU-starved host) past the timeout while
      // the database answers: the answer waits in the socket, the timer comes due first.
      const answered = servingRequest(() => client.query('SELECT 1 AS one'));
      stall(800);
      expect((await answered).rows).toEqual([{ one: 1 }]);

      // A request waiting for the pool's one connection, released during the stall.
      const queued = servingRequest(() => pool.query('SELECT 2 AS two'));
      const sleeping = client.query('SELECT pg_sleep(0.05)').finally(() => {
        released = true;
        client.release();
      });
      stall(800);
      expect((await queued).rows).toEqual([{ two: 2 }]);
      await sleeping;
    } finally {
      if (!released) client.release(true);
      await pool.end();
    }
  });

  it('takes a wait for a lock held by a quiet transaction for a running database, not a frozen one', async () => {
    const pool = new (guardedDriver().Pool)({
      connectionString: url,
      max: 1,
      timeouts: { acquireTimeoutMs: 300, queryTimeoutMs: 300 },
    } as PoolConfig);
    // The holder is quiet (its process busy, its commit flushing): the database answers nothing
    // for four timeouts, the pool's one connection waiting for the lock, a request queued for it.
    const holder = new Client({ connectionString: url });
    await holder.connect();
    const client = await pool.connect();
    let released = false;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(4242)');
      // As TypeORM queries: a promised query on a connection taken from the pool.
      const waiting = servingRequest(() => client.query('SELECT pg_advisory_xact_lock(4242), 1 AS one'));
      const queued = servingRequest(() => pool.query('SELECT 2 AS two'));
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await holder.query('COMMIT');
      expect((await waiting).rows).toEqual([{ pg_advisory_xact_lock: '', one: 1 }]);
      released = true;
      client.release();
      expect((await queued).rows).toEqual([{ two: 2 }]);
    } finally {
      if (!released) client.release(true);
      await holder.end();
      await pool.end();
    }
  });

  it('answers 200 while the database answers, 503 problem+json with Retry-After while it is down, 200 again after', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url });
    const app = await createApp(config, url, { webRoot: null });
    await app.getHttpAdapter().getInstance().ready();
    const http = request(app.getHttpServer());
    try {
      const up = await http.get('/api/health').expect(200);
      expect(up.body).toEqual({
        status: 'ok',
        info: { database: { status: 'up' } },
        error: {},
        details: { database: { status: 'up' } },
      });

      await server.stop();
      const down = await http.get('/api/health').expect(503);
      expect(down.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(down.headers['retry-after']).toBeDefined();
      expect(down.body).toMatchObject({ status: 503, title: 'Service momentanément indisponible' });
      // Anyone may ask: up or down per component, never the driver's message nor where the base is.
      expect(down.body.checks).toEqual({
        status: 'error',
        info: {},
        error: { database: { status: 'down' } },
        details: { database: { status: 'down' } },
      });
      expect(down.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost|connect|timeout/i);
      expect(down.text).not.toContain(String(server.port));
      // Other routes say 503 as well, never 500.
      const login = await http.post('/api/auth/login').send({ login: 'chef', password: 'vigie-demo' });
      expect(login.status).toBe(503);

      const restarted = await EmbeddedPostgres.start({ dataDir: server.dataDir, port: server.port });
      server = restarted;
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await http.get('/api/health')).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
