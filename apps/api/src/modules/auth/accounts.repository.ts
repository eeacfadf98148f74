import { Injectable } from '@nestjs/common';
import { Role } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { updateVersioned } from '../../common/db/versioned-update';
import { Account } from './account.entity';
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

/** A refresh token claimed for rotation: its session, and who and where that session is. */
export interface ClaimedToken extends SessionOwner {
  sessionId: string;
}

/** Who a session is: an account, and his user in the service he works in (none for the platform). */
export interface SessionOwner {
  login: string;
  userId: string | null;
  serviceId: string | null;
}

/** An account's user in one service (read before any service is chosen). */
export interface Membership {
  userId: string;
  serviceId: string;
  disabled: boolean;
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

  /** The sign-in account with its password hash (never selected otherwise). */
  accountWithHash(login: string): Promise<Account | null> {
    return this.dataSource
      .getRepository(Account)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.login = :login', { login })
      .getOne();
  }

  /** The account's users in every service (through the owner's `vigie_memberships`, row security aside). */
  async memberships(login: string): Promise<Membership[]> {
    const rows = await this.dataSource.query<{ user_id: string; service_id: string; disabled: boolean }[]>(
      'SELECT user_id, service_id, disabled FROM vigie_memberships($1)',
      [login],
    );
    return rows.map((row) => ({ userId: row.user_id, serviceId: row.service_id, disabled: row.disabled }));
  }

  async setLastService(login: string, serviceId: string): Promise<void> {
    await this.dataSource.getRepository(Account).update({ login }, { lastServiceId: serviceId });
  }

  /** `take` accounts by login, after `afterLogin` when given. */
  page(take: number, afterLogin?: string): Promise<User[]> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.login').limit(take);
    if (afterLogin !== undefined) qb.where('u.login > :login', { login: afterLogin });
    return qb.getMany();
  }

  /** Logins are unique across services: one person, one login. */
  loginTaken(manager: EntityManager, login: string): Promise<boolean> {
    return manager.existsBy(Account, { login });
  }

  /** Creates the account and its user in the current service; answers the user as read back. */
  async insert(manager: EntityManager, account: NewAccount): Promise<User> {
    const { passwordHash, ...user } = account;
    await manager.insert(Account, { login: account.login, passwordHash });
    const { id } = await manager.save(manager.create(User, user));
    return manager.findOneByOrFail(User, { id });
  }

  /** Optimistic update (404 unknown, 409 stale); answers the account as it now is. */
  update(manager: EntityManager, id: string, version: number, changes: AccountChanges): Promise<User> {
    return updateVersioned(manager, User, id, version, changes, 'Compte');
  }

  async setPassword(manager: EntityManager, login: string, passwordHash: string): Promise<void> {
    await manager.update(Account, { login }, { passwordHash });
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
   * Marks the refresh token used if it is unused, unexpired, of an open session; answers its
   * session, or null. Atomic: of two concurrent refreshes with the same token, one wins, the
   * other finds it used. (A disabled user's sessions are revoked when he is disabled.)
   */
  async claimRefreshToken(manager: EntityManager, tokenHash: string): Promise<ClaimedToken | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [claimed] = await manager.query<
      [{ session_id: string; login: string; user_id: string | null; service_id: string | null }[], number]
    >(
      `UPDATE refresh_token t SET used_at = now()
         FROM auth_session s
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
          AND s.id = t.session_id AND s.revoked_at IS NULL
      RETURNING t.session_id, s.login, s.user_id, s.service_id`,
      [tokenHash],
    );
    const first = claimed[0];
    return first
      ? {
          sessionId: first.session_id,
          login: first.login,
          userId: first.user_id,
          serviceId: first.service_id,
        }
      : null;
  }

  /** Revokes every open session of one user (in his service) or of an account (everywhere), except `keep`. */
  async revokeOpenSessions(
    manager: EntityManager,
    whose: { userId: string } | { login: string },
    reason: string,
    keep?: string,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('userId' in whose ? 'user_id = :userId' : 'login = :login', whose)
      .andWhere('revoked_at IS NULL')
      .andWhere(keep ? 'id <> :keep' : 'TRUE', { keep })
      .execute();
  }
}
