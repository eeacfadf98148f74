import { ExecutionContext } from '@nestjs/common';

import { DomainException } from '../../common/errors/domain.exception';
import { loadConfig } from '../../config/app-config';
import { SameOriginGuard } from './same-origin.guard';

function allows(
  env: Record<string, string>,
  request: { origin?: string; host: string; protocol?: 'http' | 'https' },
): boolean {
  const guard = new SameOriginGuard(loadConfig({ NODE_ENV: 'test', ...env }));
  const fastifyRequest = {
    headers: request.origin === undefined ? {} : { origin: request.origin },
    host: request.host,
    protocol: request.protocol ?? 'http',
  };
  const context = { switchToHttp: () => ({ getRequest: () => fastifyRequest }) } as ExecutionContext;
  try {
    return guard.canActivate(context);
  } catch (error) {
    if (error instanceof DomainException && error.status === 403) return false;
    throw error;
  }
}

describe('SameOriginGuard (refresh)', () => {
  it('lets a page of the same origin through, default ports and case aside', () => {
    expect(allows({}, { origin: 'http://localhost:3000', host: 'localhost:3000' })).toBe(true);
    expect(
      allows({}, { origin: 'https://Vigie.Lomme.fr', host: 'vigie.lomme.fr:443', protocol: 'https' }),
    ).toBe(true);
  });

  it('refuses a missing, null, foreign or downgraded origin', () => {
    expect(allows({}, { host: 'vigie.lomme.fr' })).toBe(false);
    expect(allows({}, { origin: 'null', host: 'vigie.lomme.fr' })).toBe(false);
    expect(allows({}, { origin: 'https://ailleurs.fr', host: 'vigie.lomme.fr', protocol: 'https' })).toBe(
      false,
    );
    expect(allows({}, { origin: 'http://vigie.lomme.fr', host: 'vigie.lomme.fr', protocol: 'https' })).toBe(
      false,
    );
  });

  it('lets the configured origins through: ALLOWED_ORIGINS (a proxy rewriting Host) and CORS_ORIGINS', () => {
    const env = { ALLOWED_ORIGINS: 'https://vigie.lomme.fr', CORS_ORIGINS: 'https://app.lomme.fr' };
    expect(allows(env, { origin: 'https://vigie.lomme.fr', host: '127.0.0.1:3000' })).toBe(true);
    expect(allows(env, { origin: 'https://app.lomme.fr', host: '127.0.0.1:3000' })).toBe(true);
    expect(allows(env, { origin: 'https://autre.lomme.fr', host: '127.0.0.1:3000' })).toBe(false);
  });
});
