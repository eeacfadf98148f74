import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import {
  firstServedAfter,
  OwnServerApp,
  pause,
  startLoad,
  startOnOwnServer,
  stopOwnServer,
} from '../support/database-under-load';

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
  let own: OwnServerApp;

  beforeAll(async () => {
    own = await startOnOwnServer('freeze', process.env.FREEZE_LOG);
  }, 180_000);

  afterAll(() => stopOwnServer(own));

  it('answers 503 problem+json with Retry-After within 3 s while it is frozen, and serves again after', async () => {
    const { answers, failures, stop } = await startLoad(own.http, 'agent', {
      summary: (n) => `Base figée n° ${n}`,
      description: 'Écrit pendant le gel de la base.',
      readers: 3,
    });

    let frozen = 0;
    let thawed = 0;
    let pids: number[] = [];
    try {
      await pause(1500);
      pids = freeze(own.server.dataDir);
      frozen = Date.now();
      await pause(6000);
    } finally {
      // Whatever happens above, the server runs again (else the suite's teardown would hang).
      signal(pids, 'SIGCONT');
      thawed = Date.now();
    }
    await pause(4000);
    await stop();

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
        `longest wait ${longest} ms; first answers after the thaw: ${firstServedAfter(answers, thawed)}\n`,
    );
  }, 120_000);
});
