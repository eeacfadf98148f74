import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { createTestApp, TestApp } from '../support/test-app';

describe('sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: { LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '6', LOGIN_LIMIT_WINDOW_SECONDS: '60' },
    });
  });
  afterAll(() => t.close());

  it('blocks a login after repeated failures with 429, Retry-After and a French message', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await t.http.post('/api/auth/login').send({ login: 'chef', password: 'devine' }).expect(401);
    }
    const blocked = await t.http
      .post('/api/auth/login')
      .send({ login: 'chef', password: 'vigie-demo' })
      .expect(429);
    expect(blocked.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.detail).toMatch(/Trop de tentatives/);
  });

  it('still lets another login through, until the address itself is over its limit', async () => {
    await t.http.post('/api/auth/login').send({ login: 'rh', password: 'vigie-demo' }).expect(200);
    await t.http.post('/api/auth/login').send({ login: 'agent', password: 'vigie-demo' }).expect(200);
    // 6 per address: 4 attempts above plus these 2 reach it.
    await t.http.post('/api/auth/login').send({ login: 'superviseur', password: 'vigie-demo' }).expect(429);
  });
});
