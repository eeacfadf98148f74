import { AsyncLocalStorage } from 'node:async_hooks';

import * as pg from 'pg';

import { currentService, isRegardlessOfService } from '../tenancy/tenant';

/**
 * A database that stops answering (host frozen, storage stalled: processes stopped, connections
 * still open) must not hang the requests: the server's own `statement_timeout` cannot fire then,
 * so the timeouts are the client's.
 *
 * - A request's query that has had no answer for `queryTimeoutMs` while the database answered
 *   nothing else meanwhile fails ("Query read timeout", answered 503), and its connection is
 *   discarded (a stuck connection would hold every later query behind the lost one). While the
 *   database keeps answering other queries, a slow query (one waiting for a lock behind a burst)
 *   goes on waiting: the server's `statement_timeout` bounds it.
 * - Waiting for a connection of the pool, or for a new connection to be opened, fails after
 *   `acquireTimeoutMs` unless the database answered something meanwhile (a burst of 200 entries
 *   queued for 20 connections moves on; a frozen server answers nothing).
 *
 * Only requests are bounded so (see `servingRequest`): the migrations at boot and the nightly
 * purge may run long statements on a healthy database.
 */
export interface DatabaseTimeouts {
  acquireTimeoutMs: number;
  queryTimeoutMs: number;
}

/** The longest a request waits for a connection while the database keeps answering others. */
const LONGEST_BUSY_WAIT_MS = 30_000;

const serving = new AsyncLocalStorage<true>();

/** Runs `work` (a request's handling) so that its queries are bounded by the query timeout. */
export function servingRequest<T>(work: () => T): T {
  return serving.run(true, work);
}

/** When the database last answered anything (a row, an error: it is running). */
class Liveness {
  lastAnswer = Date.now();

  answered(): void {
    this.lastAnswer = Date.now();
  }

  /** Did the database answer anything since `since`, or within the last `ms`? */
  answeredSince(since: number): boolean {
    return this.lastAnswer >= since;
  }
}

interface GuardedConfig extends pg.ClientConfig {
  liveness: Liveness;
  /** None: the owner's pools (migrations, the CLI): unbounded, only the service is set. */
  timeouts?: DatabaseTimeouts;
}

/** pg's own flag that a connection may not be used any more (its pool then discards it). */
type WithQueryable = { _queryable: boolean };

class GuardedClient extends pg.Client {
  private readonly liveness: Liveness;
  private readonly timeouts: DatabaseTimeouts | undefined;
  /** The connection's `vigie.service` as last set; undefined: unknown (new, or rolled back since). */
  private service: string | null | undefined;

  constructor(config: GuardedConfig) {
    super(config);
    this.liveness = config.liveness;
    this.timeouts = config.timeouts;
  }

  // pg's overloads: only the promise form (what TypeORM uses) is bounded; the others pass through.
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    this.actForCurrentService(config);
    const own = config as { submit?: unknown; callback?: unknown } | null;
    const submittable = typeof own?.submit === 'function';
    const called =
      typeof values === 'function' || callback !== undefined || typeof own?.callback === 'function';
    if (submittable || called) {
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    // Any promised answer, a request's or not, shows the database is running.
    const answer = this.heard((super.query as (...a: unknown[]) => Promise<unknown>)(config, values));
    if (!this.timeouts || !serving.getStore()) return answer as never;
    return this.bounded(answer) as never;
  }

  /** `answer`, noting in the pool's liveness that the database answered when it does. */
  private heard<T>(answer: Promise<T>): Promise<T> {
    answer.then(
      () => this.liveness.answered(),
      (error: unknown) => {
        if (isServerError(error)) this.liveness.answered();
      },
    );
    return answer;
  }

  /**
   * Row-level security reads the service from the connection (tenancy/tenant.ts): set it, queued
   * ahead of the query (pg runs a connection's queries in order), when it is not the one the
   * current work acts for. A failed setting fails the query after it too (same broken connection
   * or aborted transaction); a rollback may undo a setting made inside the transaction.
   */
  private actForCurrentService(config: unknown): void {
    const wanted = currentService();
    if (this.service !== wanted && !isRegardlessOfService()) {
      this.service = wanted;
      const setting = this.heard(
        (super.query as (...a: unknown[]) => Promise<unknown>)('SELECT set_config($1, $2, false)', [
          'vigie.service',
          wanted ?? '',
        ]),
      );
      setting.catch(() => (this.service = undefined));
    }
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    if (typeof text === 'string' && /^\s*ROLLBACK/i.test(text)) this.service = undefined;
  }

  /** The answer, or a "Query read timeout" once the database has answered nothing for the timeout. */
  private bounded(answer: Promise<unknown>): Promise<unknown> {
    const { queryTimeoutMs } = this.timeouts!;
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const silentFor = (): number => Date.now() - this.liveness.lastAnswer;
      const check = async (): Promise<void> => {
        if (silentFor() >= queryTimeoutMs) await answersAlreadyReceived();
        if (settled) return;
        const silent = silentFor();
        if (silent < queryTimeoutMs) {
          timer = setTimeout(() => void check(), queryTimeoutMs - silent);
          return;
        }
        settled = true;
        // pg refuses any further query on it, and the pool ends it (destroying the socket) at release.
        (this as unknown as WithQueryable)._queryable = false;
        reject(new Error('Query read timeout'));
      };
      timer = setTimeout(() => void check(), queryTimeoutMs);
      const settle = (): void => {
        settled = true;
        clearTimeout(timer);
      };
      answer.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: Error) => {
          settle();
          reject(error);
        },
      );
    });
  }
}

/**
 * Resolves once what the sockets already hold has been read. After the process stalled (a long
 * GC, a starved CPU) its timers come due before the answers that arrived meanwhile are read: the
 * database answered, the process was slow. An immediate runs after that reading.
 */
function answersAlreadyReceived(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** An error PostgreSQL itself sent (it has a SQLSTATE): the server is running. */
function isServerError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

type Callback = (error: Error | undefined, client?: pg.PoolClient, release?: (error?: Error) => void) => void;

class GuardedPool extends pg.Pool {
  private readonly liveness: Liveness;

  constructor(config: pg.PoolConfig & { timeouts?: DatabaseTimeouts }) {
    const liveness = new Liveness();
    super({
      ...config,
      Client: GuardedClient,
      connectionTimeoutMillis: config.timeouts?.acquireTimeoutMs ?? config.connectionTimeoutMillis,
      liveness,
    } as unknown as pg.PoolConfig);
    this.liveness = liveness;
    // A connection opened is an answer of the database.
    this.on('connect', () => liveness.answered());
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Callback): void;
  override connect(callback?: Callback): Promise<pg.PoolClient> | void {
    const acquired = this.acquire();
    if (!callback) return acquired;
    acquired.then(
      (client) => callback(undefined, client, (error?: Error) => client.release(error)),
      (error: Error) => callback(error),
    );
  }

  private async acquire(): Promise<pg.PoolClient> {
    const first = Date.now();
    for (;;) {
      const since = Date.now();
      try {
        return await super.connect();
      } catch (error) {
        const queued = error instanceof Error && error.message === 'timeout exceeded when trying to connect';
        if (!queued) throw error;
        await answersAlreadyReceived();
        const busy = this.liveness.answeredSince(since) && Date.now() - first < LONGEST_BUSY_WAIT_MS;
        if (!busy) throw error;
      }
    }
  }
}

/** The `pg` driver TypeORM is given: pg itself, with the guarded pool. */
export function guardedDriver(): typeof pg {
  return Object.create(pg, { Pool: { value: GuardedPool } }) as typeof pg;
}
