import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';
import type { Response } from 'supertest';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-seed';
import { bearer, createTestApp, DEMO_ROLES, DemoLogin, SAME_ORIGIN, TestApp } from '../support/test-app';

function refreshCookieOf(response: Response): string {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((value) => value.startsWith('vigie_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  return cookie.split(';')[0];
}

describe('sign-in and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (name: string, password = DEMO_PASSWORD) =>
    t.http.post('/api/auth/login').send({ login: name, password });

  it('signs in a demo account with an access token, the user and an httpOnly SameSite=Strict refresh cookie', async () => {
    const response = await login('chef').expect(200);
    expect(response.body).toMatchObject({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: { login: 'chef', displayName: 'Sophie Delattre', roles: ['CHIEF'], agentId: expect.any(String) },
    });
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const refresh = cookies.find((value) => value.startsWith('vigie_refresh='));
    expect(refresh).toMatch(/^vigie_refresh=[\w-]{20,}/);
    expect(refresh).toMatch(/HttpOnly/i);
    expect(refresh).toMatch(/SameSite=Strict/i);
    expect(refresh).toMatch(/Path=\/api\/auth/);
    // The web app's hint that a session may be restored: readable by scripts, so no secret in it.
    const hint = cookies.find((value) => value.startsWith('vigie_session='));
    expect(hint).toMatch(/^vigie_session=1;/);
    expect(hint).not.toMatch(/HttpOnly/i);
    expect(hint).toMatch(/SameSite=Strict/i);
    expect(hint).toMatch(/Path=\/;/);
    expect(cookies).toHaveLength(2);
  });

  it('accepts the login whatever its case', async () => {
    await login('CHEF').expect(200);
  });

  it('refuses a wrong password with a 401 problem+json that does not say which part was wrong', async () => {
    const response = await login('chef', 'pas-le-bon').expect(401);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(response.body).toMatchObject({
      status: 401,
      title: expect.any(String),
      detail: 'Identifiant ou mot de passe incorrect.',
    });
    const unknown = await login('personne').expect(401);
    expect(unknown.body.detail).toBe(response.body.detail);
  });

  it('records sign-ins and failed sign-ins in the audit trail, never the password', async () => {
    await login('superviseur', 'mauvais-mot-de-passe').expect(401);
    await login('superviseur').expect(200);
    const events = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { entity: 'user' }, order: { id: 'ASC' } });
    const failed = events.filter((event) => event.action === 'LOGIN_FAILED');
    expect(failed.some((event) => JSON.stringify(event.details).includes('superviseur'))).toBe(true);
    expect(events.some((event) => event.action === 'LOGIN' && event.actorLogin === 'superviseur')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('mauvais-mot-de-passe');
  });

  it.each(Object.keys(DEMO_ROLES) as DemoLogin[])(
    'lets %s read his own identity on a route without @Roles',
    async (name) => {
      const token = await t.tokenOf(name);
      const me = await t.http
        .get('/api/auth/me')
        .set(...bearer(token))
        .expect(200);
      expect(me.body).toMatchObject({ login: name, roles: [DEMO_ROLES[name]] });
    },
  );

  it('answers 401 without a token, with a malformed one and with a forged one', async () => {
    await t.http.get('/api/auth/me').expect(401);
    await t.http.get('/api/auth/me').set('Authorization', 'Bearer pas.un.jeton').expect(401);
    const token = await t.tokenOf('agent');
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        sub: '00000000-0000-4000-8000-000000000000',
      }),
    ).toString('base64url');
    await t.http
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${header}.${forged}.${signature}`)
      .expect(401);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${none}`).expect(401);
  });

  it('rotates the refresh cookie: each refresh gives a new access token and a new cookie', async () => {
    const first = await login('rh').expect(200);
    const cookie1 = refreshCookieOf(first);
    const second = await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie1).expect(200);
    const cookie2 = refreshCookieOf(second);
    expect(cookie2).not.toBe(cookie1);
    expect(second.body).toMatchObject({ accessToken: expect.any(String), user: { login: 'rh' } });
    await t.http
      .get('/api/auth/me')
      .set(...bearer(second.body.accessToken))
      .expect(200);
    await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie2).expect(200);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const signedIn = await login('agent').expect(200);
    const stolen = refreshCookieOf(signedIn);
    const legit = await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', stolen).expect(200);
    const legitCookie = refreshCookieOf(legit);

    const replay = await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', stolen).expect(401);
    expect(replay.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);

    // Every token of that session is dead now: the rotated cookie and both access tokens.
    await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', legitCookie).expect(401);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(legit.body.accessToken))
      .expect(401);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(signedIn.body.accessToken))
      .expect(401);
    const reuse = await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'REFRESH_TOKEN_REUSED' });
    expect(reuse).not.toBeNull();
  });

  it('lets only one of two simultaneous refreshes with the same cookie succeed', async () => {
    const cookie = refreshCookieOf(await login('superviseur').expect(200));
    const results = await Promise.all([
      t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie),
      t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
  });

  it('answers 401 to a refresh without cookie or with an unknown one', async () => {
    await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).expect(401);
    await t.http
      .post('/api/auth/refresh')
      .set(SAME_ORIGIN)
      .set('Cookie', 'vigie_refresh=inconnu-inconnu-inconnu-inconnu')
      .expect(401);
  });

  it('refuses with 403 a refresh sent without Origin or from another site, and leaves the cookie as it was', async () => {
    const cookie = refreshCookieOf(await login('rh').expect(200));
    const cases: Record<string, string>[] = [
      { Host: 'vigie.localhost' },
      { Host: 'vigie.localhost', Origin: 'https://attaquant.example' },
      { Host: 'vigie.localhost', Origin: 'http://vigie.localhost.attaquant.example' },
      { Host: 'vigie.localhost', Origin: 'https://vigie.localhost' }, // another scheme
      { Host: 'vigie.localhost', Origin: 'null' },
    ];
    for (const headers of cases) {
      const refused = await t.http.post('/api/auth/refresh').set(headers).set('Cookie', cookie).expect(403);
      expect(refused.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(refused.body.detail).toMatch(/^Renouvellement de session refusé/);
      expect(refused.headers['set-cookie']).toBeUndefined();
    }
    // The cookie was neither used nor revoked: Vigie's own page still renews the session.
    await t.http.post('/api/auth/refresh').set(SAME_ORIGIN).set('Cookie', cookie).expect(200);
  });

  it('logs out: 204, then the access token and the refresh cookie of that session stop working at once', async () => {
    const signedIn = await login('chef').expect(200);
    const other = await login('chef').expect(200);
    const token = signedIn.body.accessToken as string;
    const loggedOut = await t.http
      .post('/api/auth/logout')
      .set(...bearer(token))
      .expect(204);
    const cleared = ([] as string[]).concat(loggedOut.headers['set-cookie'] ?? []);
    expect(cleared.find((value) => value.startsWith('vigie_refresh='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared.find((value) => value.startsWith('vigie_session='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(401);
    await t.http
      .post('/api/auth/refresh')
      .set(SAME_ORIGIN)
      .set('Cookie', refreshCookieOf(signedIn))
      .expect(401);
    // Another device of the same user stays signed in.
    await t.http
      .get('/api/auth/me')
      .set(...bearer(other.body.accessToken))
      .expect(200);
  });

  describe('password change', () => {
    it('refuses a wrong current password next to its field and changes nothing', async () => {
      const token = await t.tokenOf('rh');
      const response = await t.http
        .post('/api/auth/password')
        .set(...bearer(token))
        .send({ currentPassword: 'pas-le-bon', newPassword: 'un-nouveau-mot-de-passe' })
        .expect(400);
      expect(response.body.errors).toEqual([
        { field: 'currentPassword', message: 'mot de passe actuel incorrect' },
      ]);
      await login('rh').expect(200);
    });

    it('refuses a new password shorter than 10 characters', async () => {
      const token = await t.tokenOf('rh');
      const response = await t.http
        .post('/api/auth/password')
        .set(...bearer(token))
        .send({ currentPassword: DEMO_PASSWORD, newPassword: 'court' })
        .expect(400);
      expect(response.body.errors).toEqual([
        { field: 'newPassword', message: 'doit contenir au moins 10 caractère(s)' },
      ]);
    });

    it.each([
      ['motdepasse123', 'trop courant : il figure dans les listes de mots de passe les plus utilisés'],
      ['azertyuiop', 'trop courant : il figure dans les listes de mots de passe les plus utilisés'],
      ['Chef-de-Lomme-59', 'refusé : il contient l’identifiant du compte'],
      ['ma-Vigie-2026', 'refusé : il contient « vigie », le nom de l’application'],
    ])('refuses the new password « %s » and says why, keeping the old one', async (newPassword, message) => {
      const token = await t.tokenOf('chef');
      const response = await t.http
        .post('/api/auth/password')
        .set(...bearer(token))
        .send({ currentPassword: DEMO_PASSWORD, newPassword })
        .expect(400);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.body.detail).toBe(`Mot de passe ${message}.`);
      expect(response.body.errors).toEqual([{ field: 'newPassword', message }]);
      await login('chef').expect(200);
    });

    it('changes it, keeps this session and signs out the other devices', async () => {
      const here = await login('agent').expect(200);
      const elsewhere = await login('agent').expect(200);
      await t.http
        .post('/api/auth/password')
        .set(...bearer(here.body.accessToken))
        .send({ currentPassword: DEMO_PASSWORD, newPassword: 'nouveau-mot-de-passe-2026' })
        .expect(204);
      await t.http
        .get('/api/auth/me')
        .set(...bearer(here.body.accessToken))
        .expect(200);
      await t.http
        .get('/api/auth/me')
        .set(...bearer(elsewhere.body.accessToken))
        .expect(401);
      await login('agent').expect(401);
      await login('agent', 'nouveau-mot-de-passe-2026').expect(200);
    });
  });
});
