import { mkdir, mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { planningFrame, planningMonday } from '@vigie/shared';

import { createTestApp, TestApp } from '../support/test-app';

const bigScript = `export const labels = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `Libellé ${i}`))};`;
/** Like the build's ngsw.json: over 1 KB, so compress-web.mjs writes its copies. */
const bigManifest = JSON.stringify({
  configVersion: 1,
  hashTable: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`/chunk-${i}.js`, 'a'.repeat(40)])),
});

describe('the platform: OpenAPI, schema, web app', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'vigie-web-'));
    await writeFile(
      join(webRoot, 'index.html'),
      '<!doctype html><html lang="fr"><head><title>Vigie</title><link rel="stylesheet" href="styles-A.css"></head>' +
        '<body><vg-root></vg-root><script src="restore-session-R2D2.js" defer></script>' +
        '<script src="main-ABC.js" type="module"></script></body></html>',
    );
    await mkdir(join(webRoot, 'media'));
    await writeFile(join(webRoot, 'media', 'roboto-latin-700-normal-B2.woff2'), 'font');
    await writeFile(join(webRoot, 'media', 'roboto-latin-400-normal-A1B2.woff2'), 'font');
    await writeFile(join(webRoot, 'media', 'roboto-latin-500-normal-C3.woff2'), 'font');
    await writeFile(join(webRoot, 'main-ABC.js'), 'console.log(1)');
    await writeFile(join(webRoot, 'ngsw-worker.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(webRoot, 'ngsw.json'), bigManifest);
    await writeFile(join(webRoot, 'ngsw.json.br'), brotliCompressSync(bigManifest));
    await writeFile(join(webRoot, 'manifest.webmanifest'), '{"name":"Vigie"}');
    // As the build leaves it (scripts/compress-web.mjs): a copy in brotli and one in gzip.
    await writeFile(join(webRoot, 'chunk-XYZ.js'), bigScript);
    await writeFile(join(webRoot, 'chunk-XYZ.js.br'), brotliCompressSync(bigScript));
    await writeFile(join(webRoot, 'chunk-XYZ.js.gz'), gzipSync(bigScript));
    // As scripts/page-preloads.mjs leaves it; a name not of the build's form is never written out.
    await writeFile(
      join(webRoot, 'page-preloads.json'),
      JSON.stringify({
        '/connexion': ['chunk-LOGIN.js', 'chunk-FORMS.js'],
        '/planning': ['chunk-SHELL.js', 'chunk-WEEK.js', '"><script>alert(1)</script>.js'],
      }),
    );
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

  it('preloads the fonts of the text and of the buttons the page opens with, not the bold', async () => {
    const { text } = await t.http.get('/connexion').set('Accept', 'text/html').expect(200);
    expect(text).toContain(
      '<link rel="preload" href="media/roboto-latin-400-normal-A1B2.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="preload" href="media/roboto-latin-500-normal-C3.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="stylesheet"',
    );
    expect(text).not.toContain('roboto-latin-700');
  });

  it('announces the first scripts of the page the app will draw: the sign-in page’s without a session', async () => {
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const signIn = await t.http.get('/connexion').expect(200);
    expect(preloads(signIn.text)).toEqual(['chunk-LOGIN.js', 'chunk-FORMS.js']);
    expect(signIn.text.indexOf('modulepreload')).toBeLessThan(signIn.text.indexOf('</head>'));
    // A visitor opening the planning is sent to the sign-in page: its scripts, not the planning's.
    expect(preloads((await t.http.get('/planning').expect(200)).text)).toEqual([
      'chunk-LOGIN.js',
      'chunk-FORMS.js',
    ]);

    const signedIn = 'vigie_session=1';
    const week = await t.http.get('/planning/?semaine=2026-12-02').set('Cookie', signedIn).expect(200);
    expect(preloads(week.text)).toEqual(['chunk-SHELL.js', 'chunk-WEEK.js']);
    expect(week.text).not.toContain('alert(1)');
    expect(preloads((await t.http.get('/effectif').set('Cookie', signedIn).expect(200)).text)).toEqual([]);
  });

  it('has a signed-in user’s page restore the session first, while the app downloads; a visitor’s not', async () => {
    const signedIn = await t.http.get('/main-courante').set('Cookie', 'vigie_session=1').expect(200);
    const script = '<script src="restore-session-R2D2.js" async data-session-restore></script>';
    expect(signedIn.text.split(script)).toHaveLength(2);
    // Before the fonts, the stylesheet and the other scripts.
    expect(signedIn.text.indexOf(script)).toBeLessThan(signedIn.text.indexOf('<link'));
    expect(signedIn.text).not.toContain('restore-session-R2D2.js" defer');

    const visitor = await t.http.get('/connexion').expect(200);
    expect(visitor.text).not.toContain('restore-session');
    expect(visitor.text).toContain('<script src="main-ABC.js" type="module">');
  });

  it('paints the frame of a signed-in user’s main courante and planning from the HTML', async () => {
    const signedIn = 'vigie_session=1';
    const log = await t.http.get('/main-courante').set('Cookie', signedIn).expect(200);
    expect(log.headers['content-type']).toContain('text/html');
    expect(log.headers['vary']).toContain('Cookie');
    expect(log.text).toContain('<div id="vg-frame" class="vg-frame" aria-hidden="true" inert>');
    expect(log.text).toContain(
      '<h1>Main courante</h1><p>Les faits constatés ou signalés, les plus récents d’abord.</p>',
    );
    // Before the application’s element (fixed above it): the application takes it away.
    expect(log.text.indexOf('vg-frame')).toBeLessThan(log.text.indexOf('<vg-root>'));

    const week = await t.http.get('/planning?semaine=2026-12-02').set('Cookie', signedIn).expect(200);
    expect(week.text).toContain('<h1>Planning</h1><p>Semaine du 30 novembre au 6 décembre 2026</p>');
    expect(week.text).toContain('vg-page vg-frame-wide');
  });

  it('frames no page for a visitor, nor pages without a frame, nor a query’s text', async () => {
    const visitor = await t.http.get('/main-courante').expect(200);
    expect(visitor.text).toContain('<vg-root>');
    expect(visitor.text).not.toContain('vg-frame');
    const withoutFrame = await t.http.get('/effectif').set('Cookie', 'vigie_session=1').expect(200);
    expect(withoutFrame.text).not.toContain('vg-frame');
    // `?semaine=` is read only as a date: anything else shows this week, and is never written back.
    const hostile = await t.http
      .get('/planning?semaine=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
      .set('Cookie', 'vigie_session=1')
      .expect(200);
    expect(hostile.text).toContain('<h1>Planning</h1><p>Semaine du ');
    expect(hostile.text).not.toContain('alert(1)');
  });

  it('reads the query as the app does, and answers 304 to a reload when the page has not changed', async () => {
    const signedIn = 'vigie_session=1';
    // A second « ? » belongs to the value, as for the app's router: not a date, so this week.
    const odd = await t.http.get('/planning?semaine=2026-12-02?x').set('Cookie', signedIn).expect(200);
    expect(odd.text).toContain(`<p>${planningFrame(planningMonday(null)).lede}</p>`);
    expect((await t.http.get('/main-courante//').set('Cookie', signedIn).expect(200)).text).not.toContain(
      'vg-frame',
    );

    const first = await t.http.get('/main-courante').set('Cookie', signedIn).expect(200);
    const etag = first.headers['etag'];
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await t.http
      .get('/main-courante')
      .set('Cookie', signedIn)
      .set('If-None-Match', etag)
      .expect(304);
    expect(again.text).toBe('');
    // Another page's text, another validator: the visitor's page is not the signed-in one.
    const visitor = await t.http.get('/main-courante').set('If-None-Match', etag).expect(200);
    expect(visitor.headers['etag']).not.toBe(etag);
  });

  it('serves the page of a new build without a restart', async () => {
    const index = join(webRoot, 'index.html');
    const before = await readFile(index, 'utf8');
    try {
      await writeFile(index, before.replace('main-ABC.js', 'main-DEF.js'));
      const later = new Date(Date.now() + 5_000);
      await utimes(index, later, later);
      const { text } = await t.http.get('/effectif').expect(200);
      expect(text).toContain('main-DEF.js');
    } finally {
      await writeFile(index, before);
    }
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

  it('has the service worker, its list of files and the web manifest revalidated, not kept a year', async () => {
    const worker = await t.http.get('/ngsw-worker.js').expect(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await t.http
      .get('/ngsw.json?ngsw-cache-bust=0.5')
      .set('Accept-Encoding', 'br')
      .expect(200);
    expect(manifest.headers['content-encoding']).toBe('br');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(manifest.text)).toEqual(JSON.parse(bigManifest));
    const app = await t.http.get('/manifest.webmanifest').expect(200);
    expect(app.headers['cache-control']).toBe('no-cache');
    expect(app.headers['content-type']).toContain('manifest+json');
    // The hashed files stay immutable.
    expect((await t.http.get('/main-ABC.js').expect(200)).headers['cache-control']).toContain('immutable');
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

  it('compresses a page of the main courante in one piece, its length known, the same answer decoded', async () => {
    // Beyond 8 KB the plugin's default streamed it through the thread pool (a chunked answer,
    // several milliseconds on the first page): pages of the lists are compressed at once.
    const token = await t.tokenOf('chef');
    const page = (encoding: string) =>
      t.http
        .get('/api/incidents?limit=200')
        .auth(token, { type: 'bearer' })
        .set('Accept-Encoding', encoding)
        .expect(200);
    const plain = await page('identity');
    expect(plain.text.length).toBeGreaterThan(16 * 1024);
    for (const [accepted, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const compressed = await page(accepted);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(compressed.headers['transfer-encoding']).toBeUndefined();
      expect(Number(compressed.headers['content-length'])).toBeLessThan(plain.text.length / 3);
      expect(compressed.body).toEqual(plain.body);
    }
  });

  it('answers with a request id, echoing a sane incoming one', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    const generated = await t.http.get('/api/health').set('X-Request-Id', '<script>').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
