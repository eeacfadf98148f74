import { AuditEventResponse } from '@vigie/shared';

import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('audit trail (CHIEF)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets the chief see sign-ins and failures, most recent first, page by page', async () => {
    await t.http.post('/api/auth/login').send({ login: 'rh', password: 'faux-mot-de-passe' }).expect(401);
    await t.tokenOf('rh');
    const chief = await t.tokenOf('chef');
    const page1 = await t.http
      .get('/api/audit?entity=user&limit=2')
      .set(...bearer(chief))
      .expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.http
      .get(`/api/audit?entity=user&limit=2&cursor=${page1.body.nextCursor}`)
      .set(...bearer(chief))
      .expect(200);
    const events = [...page1.body.items, ...page2.body.items] as AuditEventResponse[];
    expect(events.map((event) => event.action)).toEqual(['LOGIN', 'LOGIN', 'LOGIN_FAILED']);
    expect(events[1]).toMatchObject({ actorLogin: 'rh', entity: 'user' });
    const ids = events.map((event) => Number(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by entity and id', async () => {
    const chief = await t.tokenOf('chef');
    const me = await t.http
      .get('/api/auth/me')
      .set(...bearer(chief))
      .expect(200);
    const response = await t.http
      .get(`/api/audit?entity=user&entityId=${me.body.id}`)
      .set(...bearer(chief))
      .expect(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(response.body.items.every((event: AuditEventResponse) => event.entityId === me.body.id)).toBe(
      true,
    );
  });

  it.each(['superviseur', 'agent', 'rh'] as const)('is closed to %s', async (login) => {
    await t.http
      .get('/api/audit')
      .set(...bearer(await t.tokenOf(login)))
      .expect(403);
  });

  it('refuses a forged cursor with 400', async () => {
    const chief = await t.tokenOf('chef');
    await t.http
      .get('/api/audit?cursor=bm9uc2Vucw')
      .set(...bearer(chief))
      .expect(400);
    const injection = Buffer.from(JSON.stringify(['1; DROP TABLE audit_event'])).toString('base64url');
    await t.http
      .get(`/api/audit?cursor=${injection}`)
      .set(...bearer(chief))
      .expect(400);
  });
});
