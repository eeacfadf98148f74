import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { AccessTokenPayload } from '../../common/auth/auth.guard';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccountsRepository, SessionOwner } from './accounts.repository';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  sessionId: string;
  owner: SessionOwner;
}

export type RefreshOutcome =
  | { kind: 'rotated'; tokens: IssuedTokens }
  | { kind: 'reused'; sessionId: string; owner: SessionOwner }
  | { kind: 'invalid' };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sessions and their tokens. A refresh token is used once: refreshing marks it used and
 * issues the next one of the same session (family). Presenting a used one again means it
 * was stolen or replayed: the whole session is revoked, and its access tokens stop working.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(owner: SessionOwner, ip: string | null, userAgent: string | null): Promise<IssuedTokens> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.save(
        manager.create(Session, { ...owner, ip, userAgent: userAgent?.slice(0, 300) ?? null }),
      );
      return this.issue(manager, owner, session.id);
    });
  }

  async refresh(refreshToken: string): Promise<RefreshOutcome> {
    const tokenHash = hashToken(refreshToken);
    return this.dataSource.transaction(async (manager) => {
      // Of two concurrent refreshes with the same token, one wins, the other is a reuse.
      const claimed = await this.accounts.claimRefreshToken(manager, tokenHash);
      if (claimed) {
        const { sessionId, ...owner } = claimed;
        return { kind: 'rotated', tokens: await this.issue(manager, owner, sessionId) };
      }
      const known = await manager.findOne(RefreshToken, {
        where: { tokenHash },
        relations: { session: true },
      });
      if (known?.usedAt && known.session && !known.session.revokedAt) {
        await this.revoke(known.sessionId, 'REFRESH_TOKEN_REUSED', manager);
        const { login, userId, serviceId } = known.session;
        return { kind: 'reused', sessionId: known.sessionId, owner: { login, userId, serviceId } };
      }
      return { kind: 'invalid' };
    });
  }

  async revoke(
    sessionId: string,
    reason: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(
      Session,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /**
   * Revokes every open session of a user in his service (disabled) or of an account in every
   * service (password changed), except `keep`.
   */
  async revokeAllOf(
    whose: { userId: string } | { login: string },
    reason: string,
    manager: EntityManager,
    keep?: string,
  ): Promise<void> {
    await this.accounts.revokeOpenSessions(manager, whose, reason, keep);
  }

  private async issue(manager: EntityManager, owner: SessionOwner, sessionId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await manager.insert(RefreshToken, {
      sessionId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    // A platform session has no user: its subject is the session itself.
    const payload: AccessTokenPayload = { sub: owner.userId ?? sessionId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(payload, {
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: 'vigie',
    });
    return {
      accessToken,
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken,
      refreshExpiresAt,
      sessionId,
      owner,
    };
  }
}
