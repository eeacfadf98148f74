import { isIPv6 } from 'node:net';

import { Inject, Injectable } from '@nestjs/common';

import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/** A sign-in under way: it counts as a failure until the password proves right. */
export interface LoginAttempt {
  /** The password was right (or the check never ran): the attempt no longer counts. */
  forget(): void;
  /** The password was wrong: a 429 if the login is braked, else null (answer the usual 401). */
  refusal(): DomainException | null;
}

/** Keys kept per log at most; past that, the keys that failed longest ago are dropped. */
const MAX_KEYS = 50_000;

/**
 * Throttles failed sign-ins so that no one can lock a user out:
 * - a (login, address) pair, and an address, that failed too often within the window are
 *   refused (429) before their password is even checked;
 * - past its own, larger limit within the brake period, a login's wrong passwords are answered
 *   429 from every address, while its right password still gets in from any address that is not
 *   itself throttled — five wrong passwords from one address never keep the chief out from hers.
 * Successful sign-ins never count. Counters live in this process's memory.
 */
@Injectable()
export class LoginThrottle {
  private readonly perPair: FailureLog;
  private readonly perAddress: FailureLog;
  private readonly perLogin: FailureLog;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    const { limitPerLoginIp, limitPerIp, windowSeconds, limitPerLogin, brakeSeconds } = config.login;
    this.perPair = new FailureLog(limitPerLoginIp, windowSeconds * 1000);
    this.perAddress = new FailureLog(limitPerIp, windowSeconds * 1000);
    this.perLogin = new FailureLog(limitPerLogin, brakeSeconds * 1000);
  }

  /** Before the password is checked: throws a 429 if the address or the pair is throttled. */
  begin(login: string, ip: string | null | undefined): LoginAttempt {
    const now = this.clock.now().getTime();
    const address = addressKey(ip);
    const pair = `${address} ${login}`;
    for (const [log, key] of [
      [this.perAddress, address],
      [this.perPair, pair],
    ] as const) {
      const wait = log.wait(key, now);
      if (wait > 0) throw tooManyAttempts(wait);
    }
    const brake = this.perLogin.wait(login, now);
    this.perAddress.add(address, now);
    this.perPair.add(pair, now);
    this.perLogin.add(login, now);
    let settled = false;
    return {
      forget: () => {
        if (settled) return;
        settled = true;
        this.perAddress.remove(address, now);
        this.perPair.remove(pair, now);
        this.perLogin.remove(login, now);
      },
      refusal: () => {
        settled = true;
        return brake > 0 ? tooManyAttempts(brake) : null;
      },
    };
  }
}

function tooManyAttempts(seconds: number): DomainException {
  return new DomainException(
    'LOGIN_THROTTLED',
    `Trop de tentatives de connexion : réessayez dans ${seconds} s.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}

/** The times (ms) of the last `limit` failures of each key. */
class FailureLog {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again: 0 below its limit. */
  wait(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - this.limit] + this.windowMs - now) / 1000));
  }

  add(key: string, at: number): void {
    const recent = this.recent(key, at);
    recent.push(at);
    if (recent.length > this.limit) recent.splice(0, recent.length - this.limit);
    // Re-inserted: the map's order is the order of the latest failure, oldest first.
    this.failures.delete(key);
    this.failures.set(key, recent);
    for (const oldest of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS) break;
      this.failures.delete(oldest);
    }
  }

  remove(key: string, at: number): void {
    const times = this.failures.get(key);
    const index = times?.lastIndexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const times = this.failures.get(key) ?? [];
    const recent = times.filter((at) => at > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else if (recent.length < times.length) this.failures.set(key, recent);
    return recent;
  }
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
