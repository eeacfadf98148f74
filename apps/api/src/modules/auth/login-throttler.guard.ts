import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';

import { DomainException } from '../../common/errors/domain.exception';

/** Throttles sign-in attempts per IP address and per login (see ThrottlerModule options). */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(
    _: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    throw new DomainException(
      'TOO_MANY_REQUESTS',
      `Trop de tentatives de connexion : réessayez dans ${seconds} s.`,
      { headers: { 'Retry-After': String(seconds) } },
    );
  }
}

/** The login of a sign-in body, whatever shape the body has. */
export function loginTracker(request: Record<string, unknown>): string {
  const body = request.body as { login?: unknown } | undefined;
  const login = typeof body?.login === 'string' ? body.login.trim().toLowerCase().slice(0, 64) : '';
  return `login:${login}`;
}
