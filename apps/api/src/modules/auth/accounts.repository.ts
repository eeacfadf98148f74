import { Injectable } from '@nestjs/common';
import { Role } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { updateVersioned } from '../../common/db/versioned-update';
import { Session } from './session.entity';
import { User } from './user.entity';

/** An account as the administration creates it. */
export interface NewAccount {
  login: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  agentId: string | null;
}

/** What the administration may change on an account. */
export interface AccountChanges {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  agentId?: string | null;
}

/** A refresh token claimed for rotation: its session and the session's user. */
export interface ClaimedToken {
  sessionId: string;
  userId: string;
}

/**
 * The accounts' tables (`app_user`, `auth_session`). The auth module owns them: signing in and
 * sessions need them first; the users module (the accounts' administration) goes through here.
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  /** An account known to exist (a session names it); throws otherwise. */
  existing(id: string): Promise<User> {
    return this.dataSource.getRepository(User).findOneByOrFail({ id });
  }

  /** The account with its password hash (never selected otherwise). */
  withHash(login: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.login = :login', { login })
      .getOne();
  }

  /** `take` accounts by login, after `afterLogin` when given. */
  page(take: number, afterLogin?: string): Promise<User[]> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.login').limit(take);
    if (afterLogin !== undefined) qb.where('u.login > :login', { login: afterLogin });
    return qb.getMany();
  }

  loginTaken(manager: EntityManager, login: string): Promise<boolean> {
    return manager.existsBy(User, { login });
  }

  /** Creates the account; answers it as read back. */
  async insert(manager: EntityManager, account: NewAccount): Promise<User> {
    const { id } = await manager.save(manager.create(User, account));
    return manager.findOneByOrFail(User, { id });
  }

  /** Optimistic update (404 unknown, 409 stale); answers the account as it now is. */
  update(manager: EntityManager, id: string, version: number, changes: AccountChanges): Promise<User> {
    return updateVersioned(manager, User, id, version, changes, 'Compte');
  }

  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(User, { id }, { passwordHash });
  }

  async touchLastLogin(id: string): Promise<void> {
    await this.dataSource.getRepository(User).update({ id }, { lastLoginAt: new Date() });
  }

  /** Active accounts holding the CHIEF role. */
  activeChiefs(manager: EntityManager): Promise<number> {
    return manager
      .createQueryBuilder(User, 'u')
      .where('NOT u.disabled AND :chief = ANY(u.roles)', { chief: Role.CHIEF })
      .getCount();
  }

  /**
   * Marks the refresh token used if it is unused, unexpired, of an open session of an enabled
   * account; answers its session, or null. Atomic: of two concurrent refreshes with the same
   * token, one wins, the other finds it used.
   */
  async claimRefreshToken(manager: EntityManager, tokenHash: string): Promise<ClaimedToken | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [claimed] = await manager.query<[{ session_id: string; user_id: string }[], number]>(
      `UPDATE refresh_token t SET used_at = now()
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
          AND s.id = t.session_id AND s.revoked_at IS NULL AND NOT u.disabled
      RETURNING t.session_id, s.user_id`,
      [tokenHash],
    );
    const first = claimed[0];
    return first ? { sessionId: first.session_id, userId: first.user_id } : null;
  }

  /** Revokes every open session of a user, except `keep`. */
  async revokeOpenSessions(
    manager: EntityManager,
    userId: string,
    reason: string,
    keep?: string,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(keep ? 'id <> :keep' : 'TRUE', { keep })
      .execute();
  }
}
