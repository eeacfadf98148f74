import { Clock } from '../../src/common/clock';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { AuthService } from '../../src/modules/auth/auth.service';
import { LoginFailureJob } from '../../src/modules/auth/login-failure.job';
import { BackupService } from '../../src/modules/backup/backup.service';
import { RetentionJob } from '../../src/modules/retention/retention.job';
import { RetentionService } from '../../src/modules/retention/retention.service';
import { FootageExpiryJob } from '../../src/modules/video/footage-expiry.job';
import { FootageRequestsService } from '../../src/modules/video/footage-requests.service';
import { bearer, createTestApp, OtherNode, startNodeOn, startOtherNode, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

/**
 * Two API processes on one database, as behind a load balancer (issue 25 point 6): what one node
 * learns, the other knows; what is scheduled runs once.
 */
describe('two API nodes on one database', () => {
  const limits = {
    LOGIN_LIMIT_PER_LOGIN_IP: '5',
    LOGIN_LIMIT_PER_IP: '30',
    LOGIN_LIMIT_WINDOW_SECONDS: '60',
    LOGIN_LIMIT_PER_LOGIN: '50',
    LOGIN_BRAKE_SECONDS: '3600',
  };
  let a: TestApp;
  let b: OtherNode;

  beforeAll(async () => {
    a = await createTestApp({ env: limits, nodes: 1 });
    b = await startOtherNode(a, { env: limits });
  });
  afterEach(() => {
    a.clock.set(null);
    b.clock.set(null);
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const nodes = () => [a.app, b.app];
  const signIn = (node: number, login: string, password: string, remoteAddress: string) =>
    nodes()[node % 2].inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password },
      remoteAddress,
    });

  it('counts the wrong passwords sent to either node against the same limit', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(attempt, 'chef', 'devine-devine', '203.0.113.21')).statusCode).toBe(401);
    }
    // Five failures spread 3 + 2: each node alone saw fewer than the pair's limit.
    expect((await signIn(0, 'chef', DEMO_PASSWORD, '203.0.113.21')).statusCode).toBe(429);
    expect((await signIn(1, 'chef', DEMO_PASSWORD, '203.0.113.21')).statusCode).toBe(429);
    expect((await signIn(1, 'chef', DEMO_PASSWORD, '203.0.113.22')).statusCode).toBe(200);
  });

  it('counts attempts sent to both nodes at once before their passwords are checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(i, 'rh', 'devine-devine', '198.51.100.21')),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([
      401, 401, 401, 401, 401, 429, 429, 429, 429, 429,
    ]);
  });

  it('serves a session opened on one node on the other, and ends it on both', async () => {
    const login = await signIn(0, 'superviseur', DEMO_PASSWORD, '203.0.113.23');
    const { accessToken } = login.json<{ accessToken: string }>();
    const headers = { authorization: `Bearer ${accessToken}` };
    expect((await b.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(200);
    expect((await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    expect((await a.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });

  it('runs the night’s purge once when both nodes start it', async () => {
    const purges = [a.app, b.app].map((node) => jest.spyOn(node.get(RetentionService), 'purge'));
    for (const node of [a.app, b.app]) {
      jest.spyOn(node.get(BackupService), 'nightly').mockResolvedValue(undefined);
    }
    a.clock.set('2031-03-04T02:30:00Z');
    b.clock.set('2031-03-04T02:30:01Z');
    await Promise.all([a.app.get(RetentionJob).run(), b.app.get(RetentionJob).run()]);
    expect(purges.map((purge) => purge.mock.calls.length).sort()).toEqual([0, 1]);

    // The next night, whichever node comes first runs it again.
    b.clock.set('2031-03-05T02:30:00Z');
    await b.app.get(RetentionJob).run();
    expect(purges[1].mock.calls.length + purges[0].mock.calls.length).toBe(2);

    const runs = await a.owner.query<
      { slot: string; node: string; finished_at: Date | null; error: string | null }[]
    >(`SELECT slot, node, finished_at, error FROM job_run WHERE name = 'retention-purge' ORDER BY slot`);
    expect(runs.map(({ slot }) => slot)).toEqual(['2031-03-04', '2031-03-05']);
    expect(runs.every(({ finished_at, error }) => finished_at !== null && error === null)).toBe(true);
  });

  it('expires the footage requests once per five minutes across the nodes, even with clocks apart', async () => {
    const rounds = [a.app, b.app].map((node) => jest.spyOn(node.get(FootageRequestsService), 'expireDue'));
    a.clock.set('2031-03-04T10:05:00.200Z');
    b.clock.set('2031-03-04T10:04:59.100Z'); // a node whose clock is a second behind
    await Promise.all([a.app.get(FootageExpiryJob).run(), b.app.get(FootageExpiryJob).run()]);
    expect(rounds[0].mock.calls.length + rounds[1].mock.calls.length).toBe(1);
  });

  it('keeps no sign-in failure in a process: a node started later sees them', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(0, 'agent', 'devine-devine', '203.0.113.24')).statusCode).toBe(401);
    }
    const late = await startOtherNode(a, { env: limits });
    try {
      const answer = await late.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'agent', password: DEMO_PASSWORD },
        remoteAddress: '203.0.113.24',
      });
      expect(answer.statusCode).toBe(429);
    } finally {
      await late.close();
    }
    const failures = await a.owner.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM login_failure WHERE key = '203.0.113.24 agent'`,
    );
    expect(Number(failures[0].n)).toBe(5);
  });

  it('forgets the failures older than every limit on the hourly clean-up', async () => {
    const before = await a.owner.query<{ n: string }[]>(`SELECT count(*) AS n FROM login_failure`);
    expect(Number(before[0].n)).toBeGreaterThan(0);
    a.clock.set(new Date(Date.now() + 3_601_000));
    await a.app.get(LoginFailureJob).run();
    const after = await a.owner.query<{ n: string }[]>(`SELECT count(*) AS n FROM login_failure`);
    expect(Number(after[0].n)).toBe(0);
  });

  it('starts two nodes at once on a new database: one migrates it, the other waits and serves', async () => {
    const database = await createTestDatabase({ empty: true });
    const started = await Promise.allSettled([startNodeOn(database.url), startNodeOn(database.url)]);
    try {
      expect(started.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      for (const result of started) {
        if (result.status !== 'fulfilled') continue;
        const health = await result.value.app.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(200);
      }
    } finally {
      for (const result of started) if (result.status === 'fulfilled') await result.value.close();
      await database.drop();
    }
  });

  it('runs the integration suites against two nodes, their requests alternating, with one clock', async () => {
    const deployment = await createTestApp({ nodes: 2, today: '2026-06-15' });
    try {
      expect(deployment.nodes).toHaveLength(2);
      const token = await deployment.tokenOf('chef');
      const served = deployment.nodes.map((node) => jest.spyOn(node.get(AuthService), 'me'));
      for (let i = 0; i < 4; i++)
        await deployment.http
          .get('/api/auth/me')
          .set(...bearer(token))
          .expect(200);
      expect(served.map((spy) => spy.mock.calls.length)).toEqual([2, 2]);
      expect(deployment.nodes[1].get(Clock).today()).toBe('2026-06-15');
    } finally {
      await deployment.close();
    }
  });
});
