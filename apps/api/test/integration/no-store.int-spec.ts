import { bearer, createTestApp, DemoLogin, TestApp } from '../support/test-app';

/**
 * API answers hold tokens and personal data: a browser or a proxy must never keep them, so that
 * the back button or a shared computer's cache does not show them after sign-out.
 */
describe('API answers are never stored by a cache', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says Cache-Control: no-store on signed-in answers of every role, errors included', async () => {
    const cases: { login: DemoLogin; path: string; status: number }[] = [
      { login: 'chef', path: '/api/users', status: 200 },
      { login: 'chef', path: '/api/incidents?limit=5', status: 200 },
      { login: 'superviseur', path: '/api/agents', status: 200 },
      { login: 'superviseur', path: '/api/users', status: 403 },
      { login: 'agent', path: '/api/auth/me', status: 200 },
      { login: 'agent', path: '/api/incidents?limit=5', status: 200 },
      { login: 'agent', path: '/api/recruitments', status: 403 },
      { login: 'agent', path: '/api/incidents?limit=abc', status: 400 },
      { login: 'agent', path: '/api/incidents/00000000-0000-4000-8000-000000000000', status: 404 },
      { login: 'rh', path: '/api/recruitments', status: 200 },
      { login: 'rh', path: '/api/nowhere', status: 404 },
    ];
    const answers = [];
    for (const { login, path } of cases) {
      const response = await t.http.get(path).set(...bearer(await t.tokenOf(login)));
      answers.push({ login, path, status: response.status, cacheControl: response.headers['cache-control'] });
    }
    expect(answers).toEqual(cases.map((c) => ({ ...c, cacheControl: 'no-store' })));
  });

  it('says it on the sign-in answer (it carries the token), a refused sign-in and a CSV export', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ login: 'chef', password: 'vigie-demo' })
      .expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await t.http
      .post('/api/auth/login')
      .send({ login: 'chef', password: 'mauvais' })
      .expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const anonymous = await t.http.get('/api/incidents').expect(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
    const today = t.clock.today();
    const csv = await t.http
      .get(`/api/incidents/export.csv?from=${today}&to=${today}`)
      .set(...bearer(await t.tokenOf('superviseur')))
      .expect(200);
    expect(csv.headers['cache-control']).toBe('no-store');
  });
});
