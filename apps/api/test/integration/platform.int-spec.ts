import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTestApp, TestApp } from '../support/test-app';

describe('the platform: OpenAPI, schema, web app', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'vigie-web-'));
    await writeFile(
      join(webRoot, 'index.html'),
      '<!doctype html><html lang="fr"><title>Vigie</title><vg-root></vg-root></html>',
    );
    await writeFile(join(webRoot, 'main-ABC.js'), 'console.log(1)');
    t = await createTestApp({ webRoot });
  });
  afterAll(() => t.close());

  it('publishes the OpenAPI document with the shared DTOs’ fields, enums and constraints', async () => {
    const { body } = await t.http.get('/api/docs-json').expect(200);
    const schemas = body.components.schemas;
    expect(Object.keys(schemas.LoginDto.properties)).toEqual(expect.arrayContaining(['login', 'password']));
    expect(schemas.CreateUserDto.properties.roles).toMatchObject({
      type: 'array',
      items: { enum: ['CHIEF', 'SUPERVISOR', 'AGENT', 'HR'] },
    });
    expect(schemas.UpdateUserDto.properties.version).toMatchObject({ type: 'integer', minimum: 1 });
    expect(schemas.UserResponse.properties).toHaveProperty('agentId');
    expect(body.paths['/api/auth/login'].post).toBeDefined();
    expect(body.paths['/api/users/{id}'].patch).toBeDefined();
  });

  it('serves Swagger UI', async () => {
    const response = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });

  it('has a schema that matches the entities exactly (every entity change ships its migration)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('serves the web app at / and its routes, with security headers', async () => {
    const home = await t.http.get('/').expect(200);
    expect(home.text).toContain('<vg-root>');
    expect(home.headers['content-security-policy']).toContain("default-src 'self'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    const deepLink = await t.http.get('/comptes').set('Accept', 'text/html').expect(200);
    expect(deepLink.text).toContain('<vg-root>');
    await t.http.get('/main-ABC.js').expect(200);
    await t.http.get('/missing-file.js').expect(404);
  });

  it('answers with a request id, echoing a sane incoming one', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await t.http.get('/api/health').set('X-Request-Id', '<script>').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
