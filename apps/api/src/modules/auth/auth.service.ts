import { Injectable } from '@nestjs/common';
import { ChangePasswordDto, LoginDto, UserResponse } from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { AccountsRepository } from './accounts.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordService } from './password.service';
import { assertAcceptablePassword } from './password-policy';
import { IssuedTokens, SessionService } from './session.service';
import type { User } from './user.entity';
import { toUserResponse } from './user.mapper';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface SignedIn {
  tokens: IssuedTokens;
  user: UserResponse;
}

const BAD_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Throttled (see LoginThrottle): only failures count, never a right password. */
  async login(dto: LoginDto, client: ClientInfo): Promise<SignedIn> {
    const login = dto.login.trim().toLowerCase();
    const attempt = await this.throttle.begin(login, client.ip);
    let user: User | null;
    let valid: boolean;
    try {
      user = await this.findWithHash(login);
      valid = await this.passwords.verify(user?.passwordHash ?? null, dto.password);
    } catch (error) {
      await attempt.forget().catch(() => undefined); // the database failed, not the password
      throw error;
    }
    if (!user || !valid || user.disabled) {
      const refusal = attempt.refusal();
      await this.audit.record({
        actor: null,
        action: 'LOGIN_FAILED',
        entity: 'user',
        entityId: user?.id ?? null,
        ip: client.ip,
        details: {
          login: login.slice(0, 64),
          reason: !user ? 'unknown' : user.disabled ? 'disabled' : 'password',
          ...(refusal ? { braked: true } : {}),
        },
      });
      throw refusal ?? new DomainException('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    await attempt.forget();
    const tokens = await this.sessions.open(user.id, client.ip, client.userAgent);
    await this.accounts.touchLastLogin(user.id);
    await this.audit.record({
      actor: user,
      action: 'LOGIN',
      entity: 'user',
      entityId: user.id,
      ip: client.ip,
    });
    return { tokens, user: toUserResponse(user) };
  }

  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<SignedIn> {
    const outcome = refreshToken ? await this.sessions.refresh(refreshToken) : { kind: 'invalid' as const };
    if (outcome.kind === 'reused') {
      await this.audit.record({
        actor: null,
        action: 'REFRESH_TOKEN_REUSED',
        entity: 'session',
        entityId: outcome.sessionId,
        ip: client.ip,
        details: { userId: outcome.userId },
      });
    }
    if (outcome.kind !== 'rotated') {
      throw new DomainException('UNAUTHENTICATED', 'Session expirée : reconnectez-vous.');
    }
    const user = await this.accounts.existing(outcome.tokens.userId);
    return { tokens: outcome.tokens, user: toUserResponse(user) };
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(user.sessionId, 'LOGOUT');
    await this.audit.record({ actor: user, action: 'LOGOUT', entity: 'session', entityId: user.sessionId });
  }

  /** Changes the password and signs out every other device of the user. */
  async changePassword(user: AuthenticatedUser, dto: ChangePasswordDto): Promise<void> {
    const current = await this.findWithHash(user.login);
    if (!current || !(await this.passwords.verify(current.passwordHash, dto.currentPassword))) {
      throw DomainException.invalid(
        [{ field: 'currentPassword', message: 'mot de passe actuel incorrect' }],
        'CURRENT_PASSWORD_WRONG',
      );
    }
    if (dto.currentPassword === dto.newPassword) {
      throw DomainException.invalid(
        [{ field: 'newPassword', message: 'doit différer du mot de passe actuel' }],
        'PASSWORD_UNCHANGED',
      );
    }
    assertAcceptablePassword('newPassword', dto.newPassword, user);
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.accounts.setPassword(manager, user.id, passwordHash);
      await this.sessions.revokeAllOf(user.id, 'PASSWORD_CHANGED', manager, user.sessionId);
      await this.audit.record(
        { actor: user, action: 'PASSWORD_CHANGED', entity: 'user', entityId: user.id },
        manager,
      );
    });
  }

  private findWithHash(login: string): Promise<User | null> {
    return this.accounts.withHash(login);
  }
}
