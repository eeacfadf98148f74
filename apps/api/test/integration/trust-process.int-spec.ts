import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { ensureApiBuilt, Running, startProduct } from '../support/product';

interface Written {
  status: number;
  type?: string;
  body: { id?: string; number?: string };
}

/**
 * The built product as `npm start` runs it (node dist/…/main.js, embedded PostgreSQL under
 * VIGIE_DATA_DIR, demo data): a SIGTERM lets the requests in flight finish, refuses new ones,
 * exits 0 and stops PostgreSQL cleanly; a SIGKILL loses nothing that was acknowledged.
 */
describe('the product stopped by a signal', () => {
  let root: string;
  let dataDir: string;
  let vigie: Running | undefined;

  beforeAll(async () => {
    ensureApiBuilt();
    root = await mkdtemp(join(tmpdir(), 'vigie-process-'));
    // As root, PostgreSQL runs as another user, who must reach the data directory.
    await chmod(root, 0o755);
    dataDir = join(root, 'data');
  }, 300_000);

  afterAll(async () => {
    if (vigie?.child.exitCode === null) {
      vigie.child.kill('SIGTERM');
      await vigie.exited;
    }
    // A postmaster left by a SIGKILL case is stopped before its files go.
    await EmbeddedPostgres.abandon(join(dataDir, 'pg'));
    await rm(root, { recursive: true, force: true });
  });

  async function signIn(url: string, login: string): Promise<string> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function agentOf(url: string, token: string): Promise<string> {
    const me = await fetch(`${url}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    return ((await me.json()) as { agentId: string }).agentId;
  }

  function record(url: string, token: string, agentId: string, summary: string): Promise<Response> {
    return fetch(`${url}/api/incidents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        category: 'TRAFFIC.PARKING',
        location: { address: 'Rue du Général de Gaulle', quartier: 'BOURG' },
        summary,
        description: 'Écrit juste avant un arrêt.',
        agentIds: [agentId],
      }),
    });
  }

  /** A POST whose body is sent in two halves: it is in flight until `finish()`. */
  function slowRecord(url: string, token: string, agentId: string, summary: string) {
    const body = Buffer.from(
      JSON.stringify({
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        category: 'TRAFFIC.PARKING',
        location: { address: 'Rue Victor Hugo', quartier: 'BOURG' },
        summary,
        description: 'Envoyé en deux fois, autour du signal.',
        agentIds: [agentId],
      }),
    );
    const half = Math.floor(body.length / 2);
    const { hostname, port } = new URL(url);
    let finish = (): void => undefined;
    let halfSentResolve = (): void => undefined;
    const halfSent = new Promise<void>((resolve) => (halfSentResolve = resolve));
    const answer = new Promise<{ status: number; body: { id?: string; number?: string } }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            hostname,
            port,
            path: '/api/incidents',
            method: 'POST',
            agent: false,
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': body.length,
              Authorization: `Bearer ${token}`,
            },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') as { id?: string } }),
            );
          },
        );
        req.on('error', reject);
        req.flushHeaders();
        req.write(body.subarray(0, half), () => setTimeout(halfSentResolve, 200));
        finish = () => req.end(body.subarray(half));
      },
    );
    return { halfSent, answer, finish: () => finish() };
  }

  /** The state PostgreSQL wrote in its control file: `shut down` after a clean stop. */
  function clusterState(): string {
    // ControlFileData: system identifier (8 bytes), two uint32 versions, then `state` (DBState).
    const state = readFileSync(join(dataDir, 'pg', 'global', 'pg_control')).readInt32LE(16);
    const names = [
      'starting up',
      'shut down',
      'shut down in recovery',
      'shutting down',
      'in crash recovery',
      'in archive recovery',
      'in production',
    ];
    return names[state] ?? `unknown (${state})`;
  }

  async function expectAllThere(url: string, numbers: Map<string, string>): Promise<void> {
    const chief = await signIn(url, 'chef');
    const missing: string[] = [];
    for (const [id, number] of numbers) {
      const response = await fetch(`${url}/api/incidents/${id}`, {
        headers: { Authorization: `Bearer ${chief}` },
      });
      if (response.status !== 200 || ((await response.json()) as { number: string }).number !== number)
        missing.push(number);
    }
    expect(missing).toEqual([]);
    const integrity = await fetch(`${url}/api/incidents/integrity`, {
      headers: { Authorization: `Bearer ${chief}` },
    });
    expect(await integrity.json()).toMatchObject({ ok: true });
  }

  it('on SIGTERM finishes the requests in flight, refuses new ones, exits 0 and stops PostgreSQL cleanly', async () => {
    vigie = await startProduct(dataDir);
    const { url } = vigie;
    const agent = await signIn(url, 'agent');
    const agentId = await agentOf(url, agent);

    // Requests in flight for sure: their bodies are half sent when the signal comes.
    const slow = Array.from({ length: 3 }, (_, i) =>
      slowRecord(url, agent, agentId, `Envoi lent n° ${i + 1}`),
    );
    const writes = Array.from({ length: 20 }, (_, i) =>
      record(url, agent, agentId, `Avant l’arrêt n° ${i + 1}`).then(
        async (response): Promise<Written> => ({
          status: response.status,
          type: response.headers.get('content-type') ?? '',
          body: (await response.json()) as Written['body'],
        }),
        // Sent on a keep-alive connection the server closed as idle at the signal: never received.
        (): Written => ({ status: 0, body: {} }),
      ),
    );
    await Promise.all(slow.map((request) => request.halfSent));
    const signalled = Date.now();
    vigie.child.kill('SIGTERM');

    // New requests: refused, with a 503 problem+json (Retry-After) or no connection at all.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = await fetch(`${url}/api/health`).then(
      (response) => ({
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        retryAfter: response.headers.get('retry-after'),
      }),
      () => ({ status: 0, type: '', retryAfter: null }),
    );
    if (late.status !== 0) {
      expect(late).toMatchObject({ status: 503, type: expect.stringContaining(PROBLEM_CONTENT_TYPE) });
      expect(Number(late.retryAfter)).toBeGreaterThan(0);
    }

    for (const request of slow) request.finish();
    const finished = await Promise.all(slow.map((request) => request.answer));
    expect(finished.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const written = await Promise.all(writes);
    expect(written.filter((w) => ![0, 201, 503].includes(w.status))).toEqual([]);
    for (const refused of written.filter((w) => w.status === 503)) {
      expect(refused.type).toContain(PROBLEM_CONTENT_TYPE);
    }
    const acknowledged = new Map(
      [...written, ...finished].filter((w) => w.status === 201).map((w) => [w.body.id!, w.body.number!]),
    );

    const exit = await vigie.exited;
    const exitedAt = Date.now();
    process.stdout.write(
      `\n  SIGTERM: 3 half-sent requests finished 201 after the signal, ${acknowledged.size - 3}/20 concurrent entries ` +
        `acknowledged (${written.filter((w) => w.status === 503).length} answered 503, ` +
        `${written.filter((w) => w.status === 0).length} connections closed unanswered), a new request: ` +
        `${late.status || 'connection refused'}, exit ${exit.code} after ` +
        `${exitedAt - signalled} ms, cluster "${clusterState()}"\n`,
    );
    expect(exit).toEqual({ code: 0, signal: null });
    expect(vigie.output()).toContain('Vigie est arrêté.');
    expect(clusterState()).toBe('shut down');

    // Next start: no recovery, every acknowledged entry there.
    vigie = await startProduct(dataDir);
    expect(readFileSync(join(dataDir, 'pg', 'server.log'), 'utf8')).not.toContain(
      'was not properly shut down',
    );
    await expectAllThere(vigie.url, acknowledged);
  }, 300_000);

  it.each([
    ['the API process', false],
    ['the API process and PostgreSQL', true],
  ])(
    'after a SIGKILL of %s, starts again with every acknowledged write',
    async (_, killDatabase) => {
      if (vigie?.child.exitCode !== null) vigie = await startProduct(dataDir);
      const { url } = vigie;
      const agent = await signIn(url, 'agent');
      const agentId = await agentOf(url, agent);
      const acknowledged = new Map<string, string>();
      let running = true;
      let n = 0;
      const writer = async (): Promise<void> => {
        while (running) {
          const response = await record(url, agent, agentId, `Avant la panne n° ${++n}`).catch(() => null);
          if (response?.status === 201) {
            const body = (await response.json()) as { id: string; number: string };
            acknowledged.set(body.id, body.number);
          }
        }
      };
      const writers = Promise.all([writer(), writer(), writer()]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      vigie.child.kill('SIGKILL');
      if (killDatabase) {
        process.kill(postmaster, 'SIGKILL');
        // As after a power cut, the next start finds a dead server: wait until the killed process is gone.
        const deadline = Date.now() + 20_000;
        while (existsSync(`/proc/${postmaster}`) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await vigie.exited;
      running = false;
      await writers;
      expect(acknowledged.size).toBeGreaterThan(0);

      vigie = await startProduct(dataDir);
      await expectAllThere(vigie.url, acknowledged);
      process.stdout.write(
        `\n  SIGKILL (${killDatabase ? 'API and PostgreSQL' : 'API'}): ${acknowledged.size} acknowledged entries, all found after the restart\n`,
      );
    },
    300_000,
  );
});
