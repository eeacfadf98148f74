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
 *   database keeps answering, a slow query (one waiting for a lock behind a burst) goes on
 *   waiting: the server's `statement_timeout` bounds it.
 * - Waiting for a connection of the pool, or for a new connection to be opened, fails after
 *   `acquireTimeoutMs` unless the database answered something meanwhile (a burst of 200 entries
 *   queued for 20 connections moves on; a frozen server answers nothing).
 * - Silence alone does not tell a frozen server from a running one whose every busy connection
 *   waits for a lock held by a transaction that is itself quiet (its process busy, its commit
 *   flushing): after half the timeout of silence the database is asked (`SELECT 1` on a
 *   connection of its own), and only a question left unanswered for half the timeout fails.
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

/** A question in flight longer than this is taken for lost with its connection, and asked again. */
const PROBE_PATIENCE_MS = 10_000;

/**
 * When the database last answered anything (a row, an error: it is running), and the one question
 * asked to learn whether a silent database runs.
 */
class Liveness {
  lastAnswer = Date.now();
  /** When the database was last asked, 0 never. */
  private lastAsked = 0;
  private inFlight: object | undefined;

  constructor(private readonly probe: Probe) {}

  answered(): void {
    this.lastAnswer = Date.now();
  }

  /** Did the database answer anything since `since`? */
  answeredSince(since: number): boolean {
    return this.lastAnswer >= since;
  }

  silentFor(): number {
    return Date.now() - this.lastAnswer;
  }

  /** Asked at least `ms` ago, and nothing answered since: the database is not running. */
  unansweredFor(ms: number): boolean {
    return this.lastAsked >= this.lastAnswer && Date.now() - this.lastAsked >= ms;
  }

  /** When the pending question was asked (0 none). */
  askedAt(): number {
    return this.lastAsked;
  }

  /** Asks the database whether it runs, unless a question is already waiting for its answer. */
  ask(): void {
    if (this.inFlight) {
      // Answers came since it was asked, or it waited too long: its connection is lost.
      const lost = this.lastAnswer > this.lastAsked || Date.now() - this.lastAsked > PROBE_PATIENCE_MS;
      if (!lost) return;
      this.probe.discard();
    }
    const question = {};
    this.inFlight = question;
    this.lastAsked = Date.now();
    this.probe
      .send()
      .then(
        () => this.answered(),
        () => undefined,
      )
      .finally(() => {
        if (this.inFlight === question) this.inFlight = undefined;
      });
  }
}

/** A connection of its own, outside the pool, to ask `SELECT 1` when the pool's are all busy. */
class Probe {
  private client: pg.Client | undefined;
  private ended = false;

  constructor(private readonly config: pg.ClientConfig) {}

  /** Resolves when the database answered (a server error is an answer too). */
  async send(): Promise<void> {
    if (this.ended) throw new Error('pool ended');
    let client = this.client;
    try {
      if (!client) {
        const opening = new pg.Client(this.config);
        opening.on('error', () => this.discard(opening));
        this.client = client = opening;
        await opening.connect();
      }
      await client.query('SELECT 1');
    } catch (error) {
      if (isServerError(error)) return;
      if (client) this.discard(client);
      throw error;
    }
  }

  /**
   * Drops `client` (its question lost, its connection broken): its socket destroyed, not ended,
   * since a frozen server would never close its side and a client still connecting ignores `end`.
   */
  discard(client = this.client): void {
    if (!client) return;
    if (client === this.client) this.client = undefined;
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
  }

  end(): void {
    this.ended = true;
    this.discard();
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

  /**
   * The answer, or a "Query read timeout" once the database has answered nothing for the timeout,
   * not even the question asked after half of it.
   */
  private bounded(answer: Promise<unknown>): Promise<unknown> {
    const { queryTimeoutMs } = this.timeouts!;
    const half = queryTimeoutMs / 2;
    const liveness = this.liveness;
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const check = async (): Promise<void> => {
        if (liveness.silentFor() >= queryTimeoutMs) await answersAlreadyReceived();
        if (settled) return;
        const silent = liveness.silentFor();
        if (silent >= half) {
          if (silent >= queryTimeoutMs && liveness.unansweredFor(half)) {
            settled = true;
            // pg refuses any further query on it, and the pool ends it (destroying the socket) at release.
            (this as unknown as WithQueryable)._queryable = false;
            reject(new Error('Query read timeout'));
            return;
          }
          liveness.ask();
        }
        const next =
          silent < half
            ? half - silent
            : Math.max(queryTimeoutMs - silent, liveness.askedAt() + half - Date.now(), 1);
        timer = setTimeout(() => void check(), next);
      };
      timer = setTimeout(() => void check(), half);
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
  private readonly probe: Probe;
  private readonly timeouts: DatabaseTimeouts | undefined;

  constructor(config: pg.PoolConfig & { timeouts?: DatabaseTimeouts }) {
    const connectionTimeoutMillis = config.timeouts?.acquireTimeoutMs ?? config.connectionTimeoutMillis;
    const probe = new Probe({ ...config, connectionTimeoutMillis });
    const liveness = new Liveness(probe);
    super({
      ...config,
      Client: GuardedClient,
      connectionTimeoutMillis,
      liveness,
    } as unknown as pg.PoolConfig);
    this.liveness = liveness;
    this.probe = probe;
    this.timeouts = config.timeouts;
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

  override end(): Promise<void>;
  override end(callback: (error?: Error) => void): void;
  override end(callback?: (error?: Error) => void): Promise<void> | void {
    this.probe.end();
    const ended = super.end();
    if (!callback) return ended;
    ended.then(
      () => callback(),
      (error: Error) => callback(error),
    );
  }

  private async acquire(): Promise<pg.PoolClient> {
    const first = Date.now();
    const half = (this.timeouts?.acquireTimeoutMs ?? 0) / 2;
    for (;;) {
      const since = Date.now();
      // Every connection busy and the database silent: asked halfway through the wait.
      const asking = this.timeouts
        ? setTimeout(() => {
            if (this.liveness.silentFor() >= half) this.liveness.ask();
          }, half)
        : undefined;
      try {
        return await super.connect();
      } catch (error) {
        const queued = error instanceof Error && error.message === 'timeout exceeded when trying to connect';
        if (!queued) throw error;
        await answersAlreadyReceived();
        if (Date.now() - first >= LONGEST_BUSY_WAIT_MS) throw error;
        if (this.liveness.answeredSince(since)) continue;
        // Asked while waiting (or before, long enough) and no answer: the database is not running.
        if (!this.timeouts || this.liveness.askedAt() >= since || this.liveness.unansweredFor(half))
          throw error;
        // Not asked (the process stalled past the question's time): ask, and wait again.
        this.liveness.ask();
      } finally {
        clearTimeout(asking);
      }
    }
  }
}

/** The `pg` driver TypeORM is given: pg itself, with the guarded pool. */
export function guardedDriver(): typeof pg {
  return Object.create(pg, { Pool: { value: GuardedPool } }) as typeof pg;
}
