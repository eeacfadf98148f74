import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig, canonicalOrigin } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/**
 * For a route a cookie alone authenticates (the refresh): the request must come from a page of
 * Vigie itself. Browsers send `Origin` on every POST; it must be the request's own origin (its
 * Host, or X-Forwarded-Host/-Proto under TRUST_PROXY), or one of ALLOWED_ORIGINS or
 * CORS_ORIGINS. A missing or foreign one is refused before the cookie is read or cleared.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.allowed = new Set(
      [...config.allowedOrigins, ...config.corsOrigins]
        .map(canonicalOrigin)
        .filter((origin) => origin !== null),
    );
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers.origin;
    const origin = typeof header === 'string' ? canonicalOrigin(header) : null;
    if (origin !== null && (this.allowed.has(origin) || origin === ownOrigin(request))) return true;
    throw new DomainException(
      'FORBIDDEN',
      header === undefined
        ? 'Renouvellement de session refusé : la requête ne dit pas de quelle page elle vient (en-tête Origin absent).'
        : 'Renouvellement de session refusé : il n’est accepté que depuis les pages de Vigie (en-tête Origin d’un autre site).',
    );
  }
}

function ownOrigin(request: FastifyRequest): string | null {
  const host = request.host;
  return host ? canonicalOrigin(`${request.protocol}://${host}`) : null;
}
