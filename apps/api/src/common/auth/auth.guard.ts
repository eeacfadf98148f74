import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@vigie/shared';
import { DataSource } from 'typeorm';

import { DomainException } from '../errors/domain.exception';
import { enterService, regardlessOfService } from '../tenancy/tenant';
import { AccountKind, ACCOUNTS, IS_PUBLIC, ROLES } from './auth.decorators';
import { AuthenticatedUser } from './authenticated-user';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
}

/** Every claim an access token must carry (`iat` and `exp` are added by the signer). */
interface AccessTokenClaims extends AccessTokenPayload {
  iat: number;
  exp: number;
}

/** Seconds an issue time may lie ahead of this clock (another node's). */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`.
 * The token is checked (HS256 only), then its user and session are read from the
 * database, so a disabled user or a revoked session (logout) is refused at once,
 * and role changes apply at the next request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, unknown>; user?: AuthenticatedUser }>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;

    const accounts = this.reflector.getAllAndOverride<AccountKind | undefined>(ACCOUNTS, targets);
    if (accounts === 'platform' && !user.platform) {
      throw new DomainException('FORBIDDEN', 'Réservé aux comptes de la plateforme.');
    }
    if (accounts === undefined && user.platform) {
      throw new DomainException(
        'FORBIDDEN',
        'Un compte de la plateforme ne lit les données d’aucun service.',
      );
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !user.roles.some((role) => roles.includes(role))) {
      throw new DomainException('FORBIDDEN', 'Votre rôle ne vous permet pas cette action.');
    }
    return true;
  }

  private async authenticate(header: unknown): Promise<AuthenticatedUser> {
    const token = typeof header === 'string' && /^Bearer [\w.-]+$/.test(header) ? header.slice(7) : null;
    if (!token) throw unauthenticated('Connectez-vous pour accéder à cette ressource.');
    let payload: Partial<AccessTokenClaims>;
    try {
      // The key is the module's (auth.module.ts).
      payload = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token, {
        algorithms: ['HS256'],
        issuer: 'vigie',
      });
    } catch {
      throw unauthenticated('Session expirée ou jeton invalide : reconnectez-vous.');
    }
    // jsonwebtoken checks `exp` only when there is one: a token without it would never expire.
    if (!hasEveryClaim(payload)) throw unauthenticated('Jeton invalide : reconnectez-vous.');
    // The session, its account and its user in its service, in one statement (the owner's
    // function: the request has no service until this answers which).
    const [row] = await regardlessOfService(() =>
      this.dataSource.query<SignedInRow[]>(
        `SELECT login, user_id, service_id, platform, display_name, roles, agent_id FROM vigie_signed_in($1)`,
        [payload.sid],
      ),
    );
    if (!row || (row.user_id ?? payload.sid) !== payload.sub) {
      throw unauthenticated('Session terminée : reconnectez-vous.');
    }
    if (row.user_id === null) {
      enterService(null);
      return {
        id: payload.sid,
        login: row.login,
        displayName: row.login,
        roles: [],
        agentId: null,
        sessionId: payload.sid,
        serviceId: null,
        platform: true,
      };
    }
    // No user: disabled, or gone from the session's service.
    if (row.display_name === null || row.roles === null) {
      throw unauthenticated('Session terminée : reconnectez-vous.');
    }
    enterService(row.service_id);
    return {
      id: row.user_id,
      login: row.login,
      displayName: row.display_name,
      roles: row.roles,
      agentId: row.agent_id,
      sessionId: payload.sid,
      serviceId: row.service_id,
      platform: false,
    };
  }
}

/** What `vigie_signed_in` answers: the user's columns are null for a platform session or no user. */
interface SignedInRow {
  login: string;
  user_id: string | null;
  service_id: string | null;
  platform: boolean;
  display_name: string | null;
  roles: Role[] | null;
  agent_id: string | null;
}

function unauthenticated(detail: string): DomainException {
  return new DomainException('UNAUTHENTICATED', detail, { headers: { 'WWW-Authenticate': 'Bearer' } });
}

function hasEveryClaim(payload: Partial<AccessTokenClaims>): payload is AccessTokenClaims {
  const { sub, sid, iat, exp } = payload;
  return (
    isUuid(sub) &&
    isUuid(sid) &&
    typeof iat === 'number' &&
    typeof exp === 'number' &&
    Number.isInteger(iat) &&
    Number.isInteger(exp) &&
    iat <= Date.now() / 1000 + CLOCK_SKEW_SECONDS &&
    exp > iat
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
