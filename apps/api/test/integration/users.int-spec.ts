import { UserAdminResponse } from '@vigie/shared';

import { AuditEvent } from '../../src/common/audit/audit-event.entity';
import { bearer, createSignedInApp, TestApp } from '../support/test-app';

describe('user accounts (CHIEF)', () => {
  let t: TestApp;
  let chief: string;

  beforeAll(async () => {
    [t, chief] = await createSignedInApp({}, 'chef');
  });
  afterAll(() => t.close());

  async function create(login: string): Promise<UserAdminResponse> {
    const response = await t.http
      .post('/api/users')
      .set(...bearer(chief))
      .send({ login, displayName: `Agent ${login}`, roles: ['AGENT'], password: 'mot-de-passe-initial' })
      .expect(201);
    return response.body as UserAdminResponse;
  }

  it('creates an account that can sign in, and records it in the audit trail', async () => {
    const created = await create('m.dupont');
    expect(created).toMatchObject({
      login: 'm.dupont',
      roles: ['AGENT'],
      disabled: false,
      version: 1,
      lastLoginAt: null,
    });
    expect(created).not.toHaveProperty('passwordHash');
    await t.http
      .post('/api/auth/login')
      .send({ login: 'm.dupont', password: 'mot-de-passe-initial' })
      .expect(200);
    expect(
      await t.dataSource.getRepository(AuditEvent).findOneBy({ action: 'CREATE', entityId: created.id }),
    ).not.toBeNull();
  });

  it('refuses an account whose password is among the most used, or contains its login, and creates nothing', async () => {
    for (const [password, message] of [
      ['soleil123456', 'trop courant : il figure dans les listes de mots de passe les plus utilisés'],
      ['j.martin-lomme', 'refusé : il contient l’identifiant du compte'],
    ]) {
      const response = await t.http
        .post('/api/users')
        .set(...bearer(chief))
        .send({ login: 'j.martin', displayName: 'Jeanne Martin', roles: ['AGENT'], password })
        .expect(400);
      expect(response.body.errors).toEqual([{ field: 'password', message }]);
    }
    const list = await t.http
      .get('/api/users?limit=200')
      .set(...bearer(chief))
      .expect(200);
    expect((list.body.items as UserAdminResponse[]).map((user) => user.login)).not.toContain('j.martin');
  });

  it('answers 409 for a login already taken', async () => {
    await create('doublon');
    const response = await t.http
      .post('/api/users')
      .set(...bearer(chief))
      .send({ login: 'doublon', displayName: 'Autre', roles: ['HR'], password: 'mot-de-passe-initial' })
      .expect(409);
    expect(response.body.errors).toEqual([{ field: 'login', message: 'déjà utilisé' }]);
  });

  it('lists accounts page by page with a cursor', async () => {
    const first = await t.http
      .get('/api/users?limit=2')
      .set(...bearer(chief))
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http
      .get(`/api/users?limit=2&cursor=${first.body.nextCursor}`)
      .set(...bearer(chief))
      .expect(200);
    const logins = [...first.body.items, ...second.body.items].map((user: UserAdminResponse) => user.login);
    expect(new Set(logins).size).toBe(logins.length);
    expect(logins).toEqual([...logins].sort());
  });

  it('updates with the current version and refuses a stale one with 409', async () => {
    const user = await create('versionne');
    const updated = await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ displayName: 'Nouveau nom', version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ displayName: 'Nouveau nom', version: 2 });
    const stale = await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ displayName: 'Écrasement', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const [row] = await t.dataSource.query('SELECT display_name FROM app_user WHERE id = $1', [user.id]);
    expect(row.display_name).toBe('Nouveau nom');
  });

  it('lets exactly one of two concurrent updates with the same version win, and loses no change', async () => {
    const user = await create('concurrent');
    const results = await Promise.all(
      ['Premier', 'Second'].map((displayName) =>
        t.http
          .patch(`/api/users/${user.id}`)
          .set(...bearer(chief))
          .send({ displayName, version: 1 }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const winner = results.find((result) => result.status === 200)!.body as UserAdminResponse;
    const [row] = await t.dataSource.query('SELECT display_name, version FROM app_user WHERE id = $1', [
      user.id,
    ]);
    expect(row).toEqual({ display_name: winner.displayName, version: 2 });
  });

  it('answers 404 for an unknown account', async () => {
    await t.http
      .patch('/api/users/6f1c2c1e-8a1d-4c3a-9f0e-000000000000')
      .set(...bearer(chief))
      .send({ version: 1 })
      .expect(404);
  });

  it('stops a disabled user’s tokens at once and refuses his sign-in', async () => {
    const user = await create('desactive');
    const signedIn = await t.http
      .post('/api/auth/login')
      .send({ login: 'desactive', password: 'mot-de-passe-initial' })
      .expect(200);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(signedIn.body.accessToken))
      .expect(200);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ disabled: true, version: 1 })
      .expect(200);
    await t.http
      .get('/api/auth/me')
      .set(...bearer(signedIn.body.accessToken))
      .expect(401);
    await t.http
      .post('/api/auth/login')
      .send({ login: 'desactive', password: 'mot-de-passe-initial' })
      .expect(401);
  });

  it('applies a role change at the next request', async () => {
    const user = await create('promu');
    const token = (
      await t.http
        .post('/api/auth/login')
        .send({ login: 'promu', password: 'mot-de-passe-initial' })
        .expect(200)
    ).body.accessToken as string;
    await t.http
      .get('/api/users')
      .set(...bearer(token))
      .expect(403);
    await t.http
      .patch(`/api/users/${user.id}`)
      .set(...bearer(chief))
      .send({ roles: ['AGENT', 'CHIEF'], version: 1 })
      .expect(200);
    await t.http
      .get('/api/users')
      .set(...bearer(token))
      .expect(200);
  });

  it('refuses to leave the service without an active chief (422) and changes nothing', async () => {
    const me = await t.meOf('chef');
    const chiefs = await t.dataSource.query(
      `SELECT id, version FROM app_user WHERE 'CHIEF' = ANY(roles) AND NOT disabled`,
    );
    // Demote every other chief first (the "promu" account of the test above).
    for (const other of chiefs.filter((row: { id: string }) => row.id !== me.id)) {
      await t.http
        .patch(`/api/users/${other.id}`)
        .set(...bearer(chief))
        .send({ roles: ['AGENT'], version: other.version })
        .expect(200);
    }
    const [mine] = await t.dataSource.query('SELECT version FROM app_user WHERE id = $1', [me.id]);
    const response = await t.http
      .patch(`/api/users/${me.id}`)
      .set(...bearer(chief))
      .send({ roles: ['SUPERVISOR'], version: mine.version })
      .expect(422);
    expect(response.body.violations).toEqual([expect.objectContaining({ rule: 'LAST_CHIEF' })]);
    const [after] = await t.dataSource.query('SELECT roles, version FROM app_user WHERE id = $1', [me.id]);
    expect(after).toEqual({ roles: ['CHIEF'], version: mine.version });
  });
});
