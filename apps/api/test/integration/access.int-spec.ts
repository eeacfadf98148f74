import { Controller, Get, Module } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@vigie/shared';

import { User } from '../../src/modules/auth/user.entity';
import { bearer, createTestApp, DEMO_ROLES, DemoLogin, TestApp } from '../support/test-app';

/** A controller written without any decoration, as a new feature might be. */
@Controller('probe')
class ProbeController {
  @Get()
  read(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const LOGINS = Object.keys(DEMO_ROLES) as DemoLogin[];

describe('access control and bad input', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('denies by default: an undecorated route needs a signed-in user', async () => {
    const response = await t.http.get('/api/probe').expect(401);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it.each(LOGINS)('lets %s use an undecorated route once signed in', async (login) => {
    await t.http
      .get('/api/probe')
      .set(...bearer(await t.tokenOf(login)))
      .expect(200, { ok: true });
  });

  it.each(LOGINS)('restricts the accounts of @Roles(CHIEF) routes: %s', async (login) => {
    const expected = login === 'chef' ? 200 : 403;
    const response = await t.http
      .get('/api/users')
      .set(...bearer(await t.tokenOf(login)))
      .expect(expected);
    if (expected === 403) {
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(response.body).toEqual(expect.objectContaining({ status: 403 }));
      expect(JSON.stringify(response.body)).not.toContain('chef');
    }
  });

  it('answers unknown API routes with a problem+json 404', async () => {
    for (const [method, path] of [
      ['get', '/api/nowhere'],
      ['post', '/api/nowhere'],
      ['delete', '/api/users'],
    ] as const) {
      const response = await t.http[method](path).set(...bearer(await t.tokenOf('chef')));
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    }
  });

  describe('bad input is a 400 problem+json and writes nothing', () => {
    const validUser = {
      login: 'nouveau',
      displayName: 'Nouvel Agent',
      roles: ['AGENT'],
      password: 'mot-de-passe-solide',
    };

    async function expectRejected(
      send: (token: string) => Promise<{ status: number; headers: Record<string, string>; body: unknown }>,
      status = 400,
    ): Promise<unknown> {
      const before = await t.dataSource.getRepository(User).count();
      const response = await send(await t.tokenOf('chef'));
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(await t.dataSource.getRepository(User).count()).toBe(before);
      return response.body;
    }

    it('rejects malformed JSON', async () => {
      const body = await expectRejected((token) =>
        t.http
          .post('/api/users')
          .set(...bearer(token))
          .set('Content-Type', 'application/json')
          .send('{"login": "x",'),
      );
      expect(body).toMatchObject({ detail: 'Le corps de la requête n’est pas un JSON valide.' });
    });

    it('rejects unknown fields, naming them', async () => {
      const body = await expectRejected((token) =>
        t.http
          .post('/api/users')
          .set(...bearer(token))
          .send({ ...validUser, isAdmin: true }),
      );
      expect(body).toMatchObject({ errors: [{ field: 'isAdmin', message: 'champ inconnu' }] });
    });

    it('rejects wrong types and values with French messages per field', async () => {
      const body = (await expectRejected((token) =>
        t.http
          .post('/api/users')
          .set(...bearer(token))
          .send({ ...validUser, roles: ['ROOT'], displayName: 42 }),
      )) as { errors: { field: string; message: string }[] };
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { field: 'roles', message: 'valeur non reconnue' },
          { field: 'displayName', message: 'doit être une chaîne de caractères' },
        ]),
      );
    });

    it('rejects a body that is not a JSON object', async () => {
      for (const raw of ['null', '[1,2]', '"texte"', '42']) {
        const body = await expectRejected((token) =>
          t.http
            .post('/api/users')
            .set(...bearer(token))
            .set('Content-Type', 'application/json')
            .send(raw),
        );
        expect(body).toMatchObject({ errors: [{ field: 'body', message: 'doit être un objet JSON' }] });
      }
    });

    it('rejects prototype pollution attempts', async () => {
      await expectRejected((token) =>
        t.http
          .post('/api/users')
          .set(...bearer(token))
          .set('Content-Type', 'application/json')
          .send(`{"__proto__": {"isAdmin": true}, "login": "x"}`),
      );
    });

    it('refuses bodies over 1 MB with 413', async () => {
      await expectRejected(
        (token) =>
          t.http
            .post('/api/users')
            .set(...bearer(token))
            .send({ ...validUser, displayName: 'x'.repeat(1_100_000) }),
        413,
      );
    });

    it('answers a malformed id in the path with 404, not a database error', async () => {
      const response = await t.http
        .patch('/api/users/pas-un-uuid')
        .set(...bearer(await t.tokenOf('chef')))
        .send({ version: 1 })
        .expect(404);
      expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('rejects a NUL character in a string instead of failing in the database', async () => {
      await expectRejected((token) =>
        t.http
          .post('/api/users')
          .set(...bearer(token))
          .send({ ...validUser, displayName: 'Agent\u0000Nul' }),
      );
    });

    it('rejects out-of-range and malformed page parameters', async () => {
      const token = await t.tokenOf('chef');
      for (const query of ['limit=0', 'limit=201', 'limit=abc', 'limit=1e20', 'cursor=%00']) {
        const response = await t.http.get(`/api/users?${query}`).set(...bearer(token));
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
      }
    });
  });
});
