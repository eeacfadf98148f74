import { Inject, Injectable } from '@nestjs/common';
import { SESSION_HINT_COOKIE } from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

export const REFRESH_COOKIE = 'vigie_refresh';

const PATH = '/api/auth';

/** The refresh token travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(request: FastifyRequest): string | undefined {
    const value = request.cookies?.[REFRESH_COOKIE];
    return value && /^[\w-]{20,100}$/.test(value) ? value : undefined;
  }

  set(reply: FastifyReply, token: string, expires: Date): void {
    void reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
      path: PATH,
      expires,
    });
    void reply.setCookie(SESSION_HINT_COOKIE, '1', {
      httpOnly: false,
      sameSite: 'strict',
      secure: this.config.production,
      path: '/',
      expires,
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, {
      path: PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.production,
    });
    void reply.clearCookie(SESSION_HINT_COOKIE, {
      path: '/',
      sameSite: 'strict',
      secure: this.config.production,
    });
  }
}
