import { isIPv6 } from 'node:net';

import { Inject, Injectable } from '@nestjs/common';

import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { LoginFailure } from './login-failure.entity';
import { FailureKey, LoginFailures } from './login-failures.repository';

/** A sign-in under way: it counts as a failure until the password proves right. */
export interface LoginAttempt {
  /** The password was right (or the check never ran): the attempt no longer counts. */
  forget(): Promise<void>;
  /** The password was wrong: a 429 if the login is braked, else null (answer the usual 401). */
  refusal(): DomainException | null;
}

/**
 * Throttles failed sign-ins so that no one can lock a user out:
 * - a (login, address) pair, and an address, that failed too often within the window are
 *   refused (429) before their password is even checked;
 * - past its own, larger limit within the brake period, a login's wrong passwords are answered
 *   429 from every address, while its right password still gets in from any address that is not
 *   itself throttled — five wrong passwords from one address never keep the chief out from hers.
 * Successful sign-ins never count. The failures live in PostgreSQL (`login_failure`), so every
 * API process behind the load balancer counts the same ones.
 */
@Injectable()
export class LoginThrottle {
  private readonly limits: Record<LoginFailure['scope'], { limit: number; windowMs: number }>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly failures: LoginFailures,
  ) {
    const { limitPerLoginIp, limitPerIp, windowSeconds, limitPerLogin, brakeSeconds } = config.login;
    this.limits = {
      ADDRESS: { limit: limitPerIp, windowMs: windowSeconds * 1000 },
      PAIR: { limit: limitPerLoginIp, windowMs: windowSeconds * 1000 },
      LOGIN: { limit: limitPerLogin, windowMs: brakeSeconds * 1000 },
    };
  }

  /** Before the password is checked: throws a 429 if the address or the pair is throttled. */
  async begin(login: string, ip: string | null | undefined): Promise<LoginAttempt> {
    const now = this.clock.now();
    const address = addressKey(ip);
    const keys: FailureKey[] = [
      { scope: 'ADDRESS', key: address, ...this.limits.ADDRESS },
      { scope: 'PAIR', key: `${address} ${login}`, ...this.limits.PAIR },
      { scope: 'LOGIN', key: login, ...this.limits.LOGIN },
    ];
    const { waits, ids } = await this.failures.countAndRecord(keys, now, (waits) =>
      Math.max(waits.ADDRESS, waits.PAIR) > 0 ? 'refuse' : 'record',
    );
    const refused = Math.max(waits.ADDRESS, waits.PAIR);
    if (refused > 0) throw tooManyAttempts(refused);
    let settled = false;
    return {
      forget: async () => {
        if (settled) return;
        settled = true;
        await this.failures.remove(ids);
      },
      refusal: () => {
        settled = true;
        return waits.LOGIN > 0 ? tooManyAttempts(waits.LOGIN) : null;
      },
    };
  }

  /** Forgets the failures too old to count for any limit. */
  purge(): Promise<number> {
    const longest = Math.max(...Object.values(this.limits).map(({ windowMs }) => windowMs));
    return this.failures.removeBefore(new Date(this.clock.now().getTime() - longest));
  }
}

function tooManyAttempts(seconds: number): DomainException {
  return new DomainException(
    'LOGIN_THROTTLED',
    `Trop de tentatives de connexion : réessayez dans ${seconds} s.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}

/**
 * The address an attempt is counted against: an IPv4 address, or the /64 network of an IPv6 one
 * (one subscriber holds a whole /64, and would otherwise get a fresh budget per address).
 */
export function addressKey(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  const bare = ip.replace(/%.*$/, '');
  if (!isIPv6(bare)) return ip;
  const [head, tail] = bare.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const width = (parts: string[]) => parts.reduce((n, part) => n + (part.includes('.') ? 2 : 1), 0);
  const known = groups(head);
  const zeros = tail === undefined ? 0 : 8 - width(known) - width(groups(tail));
  const prefix = [...known, ...Array<string>(zeros).fill('0'), ...groups(tail)].slice(0, 4);
  return `${prefix.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`;
}
