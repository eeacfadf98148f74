import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { createTestApp, TestApp } from '../support/test-app';

/** Sign-in throttling with the default limits, from chosen client addresses. */
describe('sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        // The defaults, over what the test app sets for the other specs.
        LOGIN_LIMIT_PER_LOGIN_IP: '5',
        LOGIN_LIMIT_PER_IP: '30',
        LOGIN_LIMIT_WINDOW_SECONDS: '60',
        LOGIN_LIMIT_PER_LOGIN: '50',
        LOGIN_BRAKE_SECONDS: '3600',
      },
    });
  });
  afterEach(() => t.clock.set(null));
  afterAll(() => t.close());

  const signIn = (login: string, password: string, remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password }, remoteAddress });

  it('never keeps the chief out from her own address after five wrong passwords sent from another', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn('chef', 'devine-devine', '203.0.113.1')).statusCode).toBe(401);
    }
    const blocked = await signIn('chef', 'vigie-demo', '203.0.113.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.json<{ detail: string }>().detail).toMatch(/^Trop de tentatives de connexion/);

    expect((await signIn('chef', 'vigie-demo', '203.0.113.2')).statusCode).toBe(200);
  });

  it('lets the throttled pair in again once the window has passed', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn('rh', 'devine-devine', '203.0.113.3')).statusCode).toBe(401);
    }
    expect((await signIn('rh', 'vigie-demo', '203.0.113.3')).statusCode).toBe(429);
    t.clock.set(new Date(Date.now() + 61_000));
    expect((await signIn('rh', 'vigie-demo', '203.0.113.3')).statusCode).toBe(200);
  });

  it('never counts a successful sign-in', async () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      expect((await signIn('agent', 'vigie-demo', '203.0.113.4')).statusCode).toBe(200);
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn('agent', 'devine-devine', '203.0.113.4')).statusCode).toBe(401);
    }
    // 4 failures: below the 5 of the pair, whatever the 12 successes.
    expect((await signIn('agent', 'vigie-demo', '203.0.113.4')).statusCode).toBe(200);
    expect((await signIn('agent', 'devine-devine', '203.0.113.4')).statusCode).toBe(401);
    expect((await signIn('agent', 'vigie-demo', '203.0.113.4')).statusCode).toBe(429);
  });

  it('refuses every login from an address past its own limit of failures, not from the others', async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const login = `inconnu-${attempt % 6}`; // 5 each: never the pair's limit
      expect((await signIn(login, 'devine-devine', '198.51.100.7')).statusCode).toBe(401);
    }
    const blocked = await signIn('superviseur', 'vigie-demo', '198.51.100.7');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await signIn('superviseur', 'vigie-demo', '198.51.100.8')).statusCode).toBe(200);
  });

  it('counts attempts sent at once before their passwords are checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => signIn('chef', 'devine-devine', '198.51.100.9')),
    );
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const address = `2001:db8:1:2::${attempt + 1}`;
      expect((await signIn('rh', 'devine-devine', address)).statusCode).toBe(401);
    }
    expect((await signIn('rh', 'vigie-demo', '2001:db8:1:2:ffff::1')).statusCode).toBe(429);
    expect((await signIn('rh', 'vigie-demo', '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  describe('the brake on a login attacked from many addresses', () => {
    beforeAll(async () => {
      // 50 wrong passwords on « superviseur », 5 from each of 10 addresses.
      for (let address = 1; address <= 10; address++) {
        for (let attempt = 0; attempt < 5; attempt++) {
          const answer = await signIn('superviseur', 'devine-devine', `192.0.2.${address}`);
          expect(answer.statusCode).toBe(401);
        }
      }
    });

    it('answers its next wrong passwords 429 from any address, for up to an hour', async () => {
      const braked = await signIn('superviseur', 'encore-rate', '192.0.2.100');
      expect(braked.statusCode).toBe(429);
      expect(braked.json<{ detail: string }>().detail).toMatch(/Trop de tentatives/);
      const wait = Number(braked.headers['retry-after']);
      expect(wait).toBeGreaterThan(60);
      expect(wait).toBeLessThanOrEqual(3600);
    });

    it('still lets the right password in from an address that is not throttled itself', async () => {
      expect((await signIn('superviseur', 'vigie-demo', '192.0.2.100')).statusCode).toBe(200);
      expect((await signIn('superviseur', 'vigie-demo', '192.0.2.101')).statusCode).toBe(200);
      // An address that spent its own budget on this login stays refused for the window.
      expect((await signIn('superviseur', 'vigie-demo', '192.0.2.1')).statusCode).toBe(429);
    });

    it('is released an hour after the failures', async () => {
      t.clock.set(new Date(Date.now() + 3_601_000));
      expect((await signIn('superviseur', 'encore-rate', '192.0.2.102')).statusCode).toBe(401);
    });
  });
});
