import { Injectable } from '@nestjs/common';
import { ChangePasswordDto, ChooseServiceDto, LoginDto, UserResponse } from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { inService } from '../../common/tenancy/tenant';
import { ServiceDirectory } from '../services/service-directory';
import { TerritoryService } from '../services/territory.service';
import { Account } from './account.entity';
import { AccountsRepository, Membership, SessionOwner } from './accounts.repository';
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
    private readonly directory: ServiceDirectory,
    private readonly territory: TerritoryService,
  ) {}

  /**
   * Throttled (see LoginThrottle): only failures count, never a right password. The account is
   * taken to the service it worked in last (else the first of its services by name).
   */
  async login(dto: LoginDto, client: ClientInfo): Promise<SignedIn> {
    const login = dto.login.trim().toLowerCase();
    const attempt = await this.throttle.begin(login, client.ip);
    let account: Account | null;
    let valid: boolean;
    let memberships: Membership[];
    try {
      account = await this.accounts.accountWithHash(login);
      valid = await this.passwords.verify(account?.passwordHash ?? null, dto.password);
      memberships = account ? await this.accounts.memberships(login) : [];
    } catch (error) {
      await attempt.forget().catch(() => undefined); // the database failed, not the password
      throw error;
    }
    const active = memberships.filter((membership) => !membership.disabled);
    const chosen =
      active.find((membership) => membership.serviceId === account?.lastServiceId) ??
      (await this.firstByName(active));
    if (!account || !valid || (!account.platform && !chosen)) {
      const refusal = attempt.refusal();
      // Written in the account's service (the last it worked in); an unknown login has none.
      const where = memberships.find((m) => m.serviceId === account?.lastServiceId) ?? memberships[0];
      if (where) {
        await inService(where.serviceId, () =>
          this.audit.record({
            actor: null,
            action: 'LOGIN_FAILED',
            entity: 'user',
            entityId: where.userId,
            ip: client.ip,
            details: {
              login: login.slice(0, 64),
              reason: !valid ? 'password' : 'disabled',
              ...(refusal ? { braked: true } : {}),
            },
          }),
        );
      }
      throw refusal ?? new DomainException('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    await attempt.forget();
    return this.openSession(login, chosen ?? null, memberships, client, 'LOGIN');
  }

  /** A member of several services moves to another: a new session there, this one ended. */
  async switchService(user: AuthenticatedUser, dto: ChooseServiceDto, client: ClientInfo): Promise<SignedIn> {
    const memberships = await this.accounts.memberships(user.login);
    const target = memberships.find(
      (membership) => membership.serviceId === dto.serviceId && !membership.disabled,
    );
    if (!target || user.platform) throw DomainException.notFound('Service');
    await this.sessions.revoke(user.sessionId, 'SERVICE_SWITCHED');
    return this.openSession(user.login, target, memberships, client, 'SERVICE_ENTERED');
  }

  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<SignedIn> {
    const outcome = refreshToken ? await this.sessions.refresh(refreshToken) : { kind: 'invalid' as const };
    if (outcome.kind === 'reused') {
      const { owner } = outcome;
      await inService(owner.serviceId, async () => {
        if (!owner.serviceId) return;
        await this.audit.record({
          actor: null,
          action: 'REFRESH_TOKEN_REUSED',
          entity: 'session',
          entityId: outcome.sessionId,
          ip: client.ip,
          details: { userId: owner.userId },
        });
      });
    }
    if (outcome.kind !== 'rotated') {
      throw new DomainException('UNAUTHENTICATED', 'Session expirée : reconnectez-vous.');
    }
    const { owner } = outcome.tokens;
    const user = await inService(owner.serviceId, () => this.describe(owner));
    if (!user) throw new DomainException('UNAUTHENTICATED', 'Session expirée : reconnectez-vous.');
    return { tokens: outcome.tokens, user };
  }

  /** The signed-in account as the web app sees it: his user here, and his services. */
  async me(user: AuthenticatedUser): Promise<UserResponse> {
    const described = await this.describe({
      login: user.login,
      userId: user.platform ? null : user.id,
      serviceId: user.serviceId,
    });
    if (!described) throw new DomainException('UNAUTHENTICATED', 'Session terminée : reconnectez-vous.');
    return described;
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(user.sessionId, 'LOGOUT');
    // A service's trail records its users; the platform's account has no service to write in.
    if (user.platform) return;
    await this.audit.record({ actor: user, action: 'LOGOUT', entity: 'session', entityId: user.sessionId });
  }

  /** Changes the password and signs out every other device of the user. */
  async changePassword(user: AuthenticatedUser, dto: ChangePasswordDto): Promise<void> {
    const current = await this.accounts.accountWithHash(user.login);
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
      await this.accounts.setPassword(manager, user.login, passwordHash);
      await this.sessions.revokeAllOf({ login: user.login }, 'PASSWORD_CHANGED', manager, user.sessionId);
      if (!user.platform) {
        await this.audit.record(
          { actor: user, action: 'PASSWORD_CHANGED', entity: 'user', entityId: user.id },
          manager,
        );
      }
    });
  }

  /** Opens a session for the account in `member`'s service (none: the platform's); audited there. */
  private async openSession(
    login: string,
    member: Membership | null,
    memberships: Membership[],
    client: ClientInfo,
    action: 'LOGIN' | 'SERVICE_ENTERED',
  ): Promise<SignedIn> {
    const owner = { login, userId: member?.userId ?? null, serviceId: member?.serviceId ?? null };
    const tokens = await this.sessions.open(owner, client.ip, client.userAgent);
    // A platform account is always described (it has no user to lose).
    if (!member) return { tokens, user: (await this.describe(owner, undefined, memberships))! };
    await this.accounts.setLastService(login, member.serviceId);
    return inService(member.serviceId, async () => {
      await this.accounts.touchLastLogin(member.userId);
      const user = await this.accounts.existing(member.userId);
      await this.audit.record({
        actor: user,
        action,
        entity: 'user',
        entityId: user.id,
        ip: client.ip,
      });
      return { tokens, user: (await this.describe(owner, user, memberships))! };
    });
  }

  /**
   * The answer's user: his user in the current service with every service of his account; a
   * platform account with none. Null when his user there is gone or disabled.
   */
  private async describe(
    owner: SessionOwner,
    known?: User,
    memberships?: Membership[],
  ): Promise<UserResponse | null> {
    // Signing in and switching have just read them: not read again.
    const active = (memberships ?? (await this.accounts.memberships(owner.login))).filter(
      (membership) => !membership.disabled,
    );
    const services = await this.directory.summaries(active.map((membership) => membership.serviceId));
    if (owner.userId === null) {
      return {
        id: '',
        login: owner.login,
        displayName: owner.login,
        roles: [],
        agentId: null,
        service: null,
        services: [],
        territory: null,
        platform: true,
      };
    }
    const user = known ?? (await this.accounts.byId(owner.userId));
    if (!user || user.disabled) return null;
    const service = services.find((summary) => summary.id === owner.serviceId) ?? null;
    // The phone keeps it with the user: the entry form's quartiers work without network.
    const territory = service ? await inService(service.id, () => this.territory.territory()) : null;
    return { ...toUserResponse(user), service, services, territory, platform: false };
  }

  private async firstByName(memberships: Membership[]): Promise<Membership | undefined> {
    if (memberships.length <= 1) return memberships[0];
    const [first] = await this.directory.summaries(memberships.map((membership) => membership.serviceId));
    return memberships.find((membership) => membership.serviceId === first?.id);
  }
}
