import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig, loadConfig } from '../../config/app-config';
import { addressKey, LoginThrottle } from './login-throttle';

function throttle(env: Record<string, string> = {}): { throttle: LoginThrottle; clock: Clock } {
  const config: AppConfig = loadConfig({ NODE_ENV: 'test', ...env });
  const clock = new Clock();
  clock.set('2026-03-02T10:00:00Z');
  return { throttle: new LoginThrottle(config, clock), clock };
}

function refusedWith(run: () => unknown): DomainException | null {
  try {
    run();
    return null;
  } catch (error) {
    return error as DomainException;
  }
}

describe('LoginThrottle', () => {
  it('refuses a pair after its failures, with the seconds left until the oldest one expires', () => {
    const { throttle: t, clock } = throttle();
    for (let i = 0; i < 5; i++) {
      expect(t.begin('chef', '10.0.0.1').refusal()).toBeNull();
      clock.set(new Date(clock.now().getTime() + 10_000));
    }
    const refused = refusedWith(() => t.begin('chef', '10.0.0.1'));
    expect(refused?.status).toBe(429);
    expect(refused?.options.headers?.['Retry-After']).toBe('10');
    expect(refusedWith(() => t.begin('chef', '10.0.0.2'))).toBeNull();
  });

  it('forgets an attempt whose password was right', () => {
    const { throttle: t } = throttle();
    for (let i = 0; i < 50; i++) t.begin('chef', '10.0.0.1').forget();
    expect(refusedWith(() => t.begin('chef', '10.0.0.1'))).toBeNull();
  });

  it('brakes the wrong passwords of a login past its limit, from any address', () => {
    const { throttle: t } = throttle({ LOGIN_LIMIT_PER_LOGIN: '3' });
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect(t.begin('chef', ip).refusal()).toBeNull();
    }
    const braked = t.begin('chef', '10.0.0.4').refusal();
    expect(braked?.status).toBe(429);
    expect(Number(braked?.options.headers?.['Retry-After'])).toBe(3600);
    // The right password is not the throttle's to refuse: begin() lets it through.
    expect(refusedWith(() => t.begin('chef', '10.0.0.5').forget())).toBeNull();
  });
});

describe('addressKey', () => {
  it('counts an IPv4 client by its address, an IPv6 one by its /64', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});
