import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { LoginFailure } from './login-failure.entity';

export interface FailureKey {
  scope: LoginFailure['scope'];
  key: string;
  /** Failures allowed within the window. */
  limit: number;
  windowMs: number;
}

export type Waits = Record<LoginFailure['scope'], number>;

/** The failed sign-ins, shared by every API process. */
@Injectable()
export class LoginFailures {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * For each key, the seconds until it may try again (0 below its limit); then, if `decide` says
   * so, records a failure against every key (until forgotten). One transaction, serialised per
   * address (the first key), so that concurrent guesses from one address cannot slip past its limit.
   */
  async countAndRecord(
    keys: readonly FailureKey[],
    now: Date,
    decide: (waits: Waits) => 'record' | 'refuse',
  ): Promise<{ waits: Waits; ids: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`vigie:login:${keys[0].key}`]);
      // The limit-th most recent failure within each key's window, when there are that many.
      const rows = await manager.query<{ scope: LoginFailure['scope']; at: Date }[]>(
        `SELECT k.scope, f.at
           FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[]) AS k(scope, key, lim, since)
           CROSS JOIN LATERAL (
             SELECT at FROM login_failure f
              WHERE f.scope = k.scope AND f.key = k.key AND f.at > k.since
              ORDER BY f.at DESC OFFSET k.lim - 1 LIMIT 1) f`,
        [
          keys.map(({ scope }) => scope),
          keys.map(({ key }) => key),
          keys.map(({ limit }) => Math.max(1, limit)),
          keys.map(({ windowMs }) => new Date(now.getTime() - windowMs)),
        ],
      );
      const waits: Waits = { ADDRESS: 0, PAIR: 0, LOGIN: 0 };
      for (const row of rows) {
        const { windowMs } = keys.find(({ scope }) => scope === row.scope)!;
        waits[row.scope] = Math.max(1, Math.ceil((row.at.getTime() + windowMs - now.getTime()) / 1000));
      }
      if (decide(waits) === 'refuse') return { waits, ids: [] };
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO login_failure (scope, key, at)
         SELECT scope, key, $3 FROM unnest($1::text[], $2::text[]) AS k(scope, key)
         RETURNING id`,
        [keys.map(({ scope }) => scope), keys.map(({ key }) => key), now],
      );
      return { waits, ids: inserted.map(({ id }) => String(id)) };
    });
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length > 0)
      await this.dataSource.query('DELETE FROM login_failure WHERE id = ANY($1::bigint[])', [ids]);
  }

  async removeBefore(cutoff: Date): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown[], number]>(
      'DELETE FROM login_failure WHERE at < $1',
      [cutoff],
    );
    return affected;
  }
}
