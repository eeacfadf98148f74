import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { createTestApp, TestApp } from '../support/test-app';

const bigScript = `export const labels = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `Libellé ${i}`))};`;

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
    // As the build leaves it (scripts/compress-web.mjs): a copy in brotli and one in gzip.
    await writeFile(join(webRoot, 'chunk-XYZ.js'), bigScript);
    await writeFile(join(webRoot, 'chunk-XYZ.js.br'), brotliCompressSync(bigScript));
    await writeFile(join(webRoot, 'chunk-XYZ.js.gz'), gzipSync(bigScript));
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

  it('sends the build’s scripts without the headers only a document reads', async () => {
    const script = await t.http.get('/main-ABC.js').expect(200);
    expect(script.headers['content-security-policy']).toBeUndefined();
    expect(script.headers['strict-transport-security']).toBeUndefined();
    expect(script.headers['x-frame-options']).toBeUndefined();
    expect(script.headers['x-request-id']).toBeUndefined();
    // What protects the file itself stays.
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(script.headers['cache-control']).toContain('immutable');
    const compressed = await t.http.get('/chunk-XYZ.js').set('Accept-Encoding', 'br').expect(200);
    expect(compressed.headers['content-security-policy']).toBeUndefined();
    // Pages and API answers keep them all.
    const page = await t.http.get('/planning').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    const api = await t.http.get('/api/health').expect(200);
    expect(api.headers['content-security-policy']).toContain("default-src 'self'");
    expect(api.headers['x-request-id']).toBeDefined();
  });

  it('sends the compressed copies of the build to browsers that accept them', async () => {
    // supertest decodes what it receives: the header says what travelled.
    const brotli = await t.http.get('/chunk-XYZ.js').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.text).toBe(bigScript);
    const gzip = await t.http.get('/chunk-XYZ.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(bigScript);
    const plain = await t.http.get('/chunk-XYZ.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(bigScript);
  });

  it('compresses the API answers for clients that accept it, and not the small ones', async () => {
    const token = await t.tokenOf('chef');
    const plain = await t.http
      .get('/api/agents?limit=200')
      .auth(token, { type: 'bearer' })
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text.length).toBeGreaterThan(1024);
    const brotli = await t.http
      .get('/api/agents?limit=200')
      .auth(token, { type: 'bearer' })
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.body).toEqual(plain.body);
    const gzip = await t.http
      .get('/api/agents?limit=200')
      .auth(token, { type: 'bearer' })
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(plain.body);
    const small = await t.http.get('/api/health').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('answers with a request id, echoing a sane incoming one', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await t.http.get('/api/health').set('X-Request-Id', '<script>').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
