import { createHmac } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';
import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { DEMO_JWT_SECRET } from '../../src/config/app-config';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { User } from '../../src/modules/auth/user.entity';
import { bearer, claimsOf, createTestApp, TestApp } from '../support/test-app';

const b64 = (value: object | string): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function sign(header: object, payload: object, secret: string, algorithm = 'sha256'): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  return `${unsigned}.${createHmac(algorithm, secret).update(unsigned).digest('base64url')}`;
}

/** Every way a bearer token can be bad is a 401 problem+json, on a plain and on a role-restricted route. */
describe('access tokens that must not work', () => {
  let t: TestApp;
  let claims: { sub: string; sid: string; iat: number; exp: number; iss: string };
  let good: string;

  beforeAll(async () => {
    t = await createTestApp();
    good = await signIn('chef');
    claims = claimsOf<typeof claims>(good);
  });
  afterAll(() => t.close());

  async function signIn(login: string, password = DEMO_PASSWORD): Promise<string> {
    const response = await t.http.post('/api/auth/login').send({ login, password }).expect(200);
    return (response.body as { accessToken: string }).accessToken;
  }

  async function expectRefused(token: string): Promise<void> {
    for (const path of ['/api/auth/me', '/api/users']) {
      const response = await t.http.get(path).set(...bearer(token));
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(JSON.stringify(response.body)).not.toContain('Delattre');
    }
  }

  it('accepts the genuine token (the baseline of every case below)', async () => {
    await t.http
      .get('/api/users')
      .set(...bearer(good))
      .expect(200);
    // The same claims signed again by the test with the real key pass too: the cases below differ by one thing.
    await t.http
      .get('/api/users')
      .set(...bearer(sign({ alg: 'HS256', typ: 'JWT' }, claims, DEMO_JWT_SECRET)))
      .expect(200);
  });

  it('refuses alg "none", with or without a signature', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}`;
    await expectRefused(`${unsigned}.`);
    await expectRefused(`${unsigned}.${good.split('.')[2]}`);
  });

  it('refuses a tampered payload (another user, a later expiry) under the original signature', async () => {
    const [header, , signature] = good.split('.');
    const users = await t.dataSource.getRepository(User).findOneByOrFail({ login: 'rh' });
    await expectRefused(`${header}.${b64({ ...claims, sub: users.id })}.${signature}`);
    await expectRefused(`${header}.${b64({ ...claims, exp: claims.exp + 86_400 })}.${signature}`);
  });

  it('refuses a token signed with another key, or with another algorithm of the same key', async () => {
    await expectRefused(
      sign({ alg: 'HS256', typ: 'JWT' }, claims, 'une-autre-cle-secrete-de-32-caracteres!!'),
    );
    await expectRefused(sign({ alg: 'HS512', typ: 'JWT' }, claims, DEMO_JWT_SECRET, 'sha512'));
  });

  it('refuses an expired token, and one of another issuer', async () => {
    const jwt = t.app.get(JwtService);
    const now = Math.floor(Date.now() / 1000);
    const expired = await jwt.signAsync(
      { sub: claims.sub, sid: claims.sid, iat: now - 1000, exp: now - 10 },
      { secret: DEMO_JWT_SECRET, algorithm: 'HS256', issuer: 'vigie' },
    );
    await expectRefused(expired);
    await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'ailleurs' }, DEMO_JWT_SECRET));
  });

  it('refuses a genuinely signed token missing its expiry, issue time, user or session', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const claim of ['exp', 'iat', 'sub', 'sid'] as const) {
      const { [claim]: _missing, ...rest } = claims;
      await expectRefused(sign({ alg: 'HS256', typ: 'JWT' }, rest, DEMO_JWT_SECRET));
    }
    // Present but not what the claim means: a string expiry, an issue time in the future.
    await expectRefused(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: String(claims.exp) }, DEMO_JWT_SECRET),
    );
    await expectRefused(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now + 3600, exp: now + 4500 }, DEMO_JWT_SECRET),
    );
    await expectRefused(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: claims.exp, exp: claims.iat }, DEMO_JWT_SECRET),
    );
  });

  it('stops every token of a disabled user at once; re-enabling the account does not revive them', async () => {
    const chief = await signIn('chef');
    const token = await signIn('superviseur');
    const other = await signIn('superviseur');
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ login: 'superviseur' });
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ version: user.version, disabled: true })
      .expect(200);
    for (const each of [token, other]) {
      const response = await t.http.get('/api/auth/me').set(...bearer(each));
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    }
    await t.http.post('/api/auth/login').send({ login: 'superviseur', password: DEMO_PASSWORD }).expect(401);
    // Disabling also revokes the sessions: re-enabling does not bring old tokens back.
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ version: user.version + 1, disabled: false })
      .expect(200);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(401);
    await signIn('superviseur');
  });

  it('stops the access token of a session at once after logout', async () => {
    const token = await signIn('rh');
    await t.http
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(200);
    await t.http
      .post('/api/auth/logout')
      .set(...bearer(token))
      .expect(204);
    await expectRefused(token);
  });

  it('refuses malformed Authorization headers', async () => {
    for (const header of [
      'Bearer',
      'Bearer ',
      `Basic ${b64('chef:vigie-demo')}`,
      `bearer ${good}`,
      `Bearer ${good} x`,
      'Bearer a.b',
    ]) {
      const response = await t.http.get('/api/auth/me').set('Authorization', header);
      expect({ header, status: response.status }).toEqual({ header, status: 401 });
    }
  });
});
