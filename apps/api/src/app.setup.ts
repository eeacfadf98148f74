import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { DynamicModule, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SESSION_HINT_COOKIE } from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { servingRequest } from './common/db/database-guard';
import { DomainException } from './common/errors/domain.exception';
import { rawClientErrorResponse } from './common/errors/problem-details';
import { sendProblem } from './common/errors/problem-details.filter';
import { API_COMPRESSION } from './common/http/compression';
import { requestIdOf } from './common/http/logger.options';
import { documentValidationConstraints } from './common/http/openapi-constraints';
import { WebPage } from './common/http/web-page';
import { withinRequest } from './common/tenancy/tenant';
import { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/app-role';
import { acceptPhotoBodies } from './modules/incidents/photo-upload';

export const BODY_LIMIT = 1024 * 1024;

const frameworkLogger = new NestLogger('HTTP');

export interface CreateAppOptions {
  /** Directory of the built Angular app served at `/`; null serves the API only. */
  webRoot?: string | null;
  /** Extra modules (tests). */
  imports?: (Type | DynamicModule)[];
}

/**
 * Builds the whole Vigie application: API under /api, Swagger, the web app at /. `databaseUrl`
 * (the configured one or the embedded server's) is the owner's: it migrates, the app serves
 * through its own role.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 500 },
    // Slow clients (a few bytes of headers at a time) must not hold sockets for ever: the headers
    // must arrive within HEADERS_TIMEOUT_SECONDS and the whole request within
    // REQUEST_TIMEOUT_SECONDS, else Node answers 408 (clientErrorHandler) and closes.
    // Checked every second (Node's default is every 30 s). A socket silent for longer than the
    // slowest answer (the automatic planning's time limit) is closed too.
    http: {
      headersTimeout: config.http.headersTimeoutSeconds * 1000,
      requestTimeout: config.http.requestTimeoutSeconds * 1000,
      connectionsCheckingInterval: 1000,
    },
    requestTimeout: config.http.requestTimeoutSeconds * 1000,
    connectionTimeout: (config.http.requestTimeoutSeconds + config.plannerTimeLimitSeconds + 60) * 1000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Answered by the hook below, in problem+json with Retry-After, from the signal on.
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: requestIdOf,
    // Requests refused before routing (a malformed %-escape, an over-long path segment) and by
    // Node's parser (headers or address over 16 KB) are answered problem+json as well.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(reply, request, error, frameworkLogger),
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      if (socket.writable) socket.write(rawClientErrorResponse(error.code));
      socket.destroy(error);
    },
  });
  const { appUrl } = await prepareDatabase(databaseUrl, config.databaseAppUrl);
  const root = AppModule.forRoot(config, appUrl);
  root.imports = [...(root.imports ?? []), ...(options.imports ?? [])];
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  const shutdown = new DomainException(
    'SHUTTING_DOWN',
    'Vigie redémarre : réessayez dans quelques secondes.',
    {
      headers: { 'Retry-After': '5', Connection: 'close' },
    },
  );
  const shuttingDown = (): boolean =>
    Boolean((adapter as unknown as { isShuttingDown?: boolean }).isShuttingDown);
  const fastify = app.getHttpAdapter().getInstance();
  // The answers of requests still running at the signal close their connection: an idle
  // keep-alive connection would otherwise hold the exit back until its timeout (72 s).
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (shuttingDown()) void reply.header('Connection', 'close');
    // API answers (tokens, personal data, errors) are never kept by a browser or a proxy: a
    // shared computer's cache must not replay them after sign-out. A route may say otherwise
    // (the calendar feed, whose address is its key).
    if (isApiUrl(request.url) && !reply.hasHeader('cache-control'))
      void reply.header('Cache-Control', 'no-store');
    done(null, payload);
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // From SIGTERM on (app.close()), requests already running finish; new ones are refused.
    if (shuttingDown()) {
      sendProblem(reply, request, shutdown, frameworkLogger);
      return;
    }
    done();
  });
  // The handler's queries are bounded by the database timeouts (background work is not), and act
  // for no service until the auth guard enters the signed-in session's (common/tenancy).
  fastify.addHook('preHandler', (_request, _reply, done) => servingRequest(() => withinRequest(done)));
  acceptPhotoBodies(fastify);
  await app.register(fastifyCookie);
  // The API's answers over 1 KB travel compressed to clients that accept it (a week of the
  // planning is ~90 KB of JSON: seconds on a phone's 4G), fast (see API_COMPRESSION). The web
  // build's files have their compressed copies made at build time (serveWebApp).
  await app.register(fastifyCompress, API_COMPRESSION);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https://*.tile.openstreetmap.org'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.production ? [] : null,
      },
    },
  });

  setUpSwagger(app);
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  await serveWebApp(app, webRoot);
  await app.init();
  return app;
}

function setUpSwagger(app: NestFastifyApplication): void {
  documentValidationConstraints(app);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vigie API')
      .setDescription(
        'Effectifs, planning, main courante et vidéoprotection d’une police municipale. ' +
          'Erreurs en application/problem+json (RFC 9457).',
      )
      .setVersion('1.0')
      .addBearerAuth()
      .addCookieAuth('vigie_refresh')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Vigie — API',
  });
}

/** The Angular build, next to the API build (dist/apps/web/browser). */
function defaultWebRoot(): string | null {
  const candidates = [
    join(__dirname, '../../../../web/browser'),
    join(process.cwd(), 'dist/apps/web/browser'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Headers that only mean something on a document (a page, an SVG opened on its own) or are only
 * read there: the build's scripts, styles and fonts go without them (~650 of the ~1,100 bytes of
 * headers a file had; a page's first load fetches ~40 files, most of them under 2 KB).
 * `X-Content-Type-Options` and `Cross-Origin-Resource-Policy` stay: they protect the files themselves.
 */
const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'x-request-id',
];

/**
 * Files of the build whose name does not change with their content: the service worker, the list
 * of files it keeps (ngsw.json, with their hashes: a stale one would keep an old version) and the
 * web app manifest. Revalidated at each use instead of kept a year (their .br/.gz copies too).
 */
const UNHASHED_BUILD_FILES =
  /^(ngsw\.json|ngsw-worker\.js|safety-worker\.js|worker-basic\.min\.js|manifest\.webmanifest)(\.br|\.gz)?$/;

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** A file of the web build that is not a document: neither a page nor an SVG, nor an API answer. */
function isStaticAsset(url: string, contentType: unknown): boolean {
  if (isApiUrl(url)) return false;
  const type = typeof contentType === 'string' ? contentType : '';
  return /^(application\/javascript|text\/javascript|text\/css|font\/|image\/(png|webp|jpeg|x-icon|vnd\.microsoft\.icon))/.test(
    type,
  );
}

/**
 * Static files of the web app, and its routes (/planning…) answered with index.html.
 * Unknown /api routes stay a problem+json 404.
 */
async function serveWebApp(app: NestFastifyApplication, webRoot: string | null): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const logger = new NestLogger('Web');
  let page = webRoot ? WebPage.load(webRoot) : null;
  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
      // The .br and .gz copies written at build time (scripts/compress-web.mjs).
      preCompressed: true,
      maxAge: '1y',
      immutable: true,
      setHeaders: (response, path) => {
        if (path.endsWith('.html') || UNHASHED_BUILD_FILES.test(basename(path)))
          void response.header('Cache-Control', 'no-cache');
      },
    });
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (isStaticAsset(request.url, reply.getHeader('content-type'))) {
        for (const header of DOCUMENT_ONLY_HEADERS) reply.removeHeader(header);
      }
      done(null, payload);
    });
  } else {
    logger.warn('Application web non construite : lancez « npm run build » (seule l’API est servie).');
  }
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const wantsPage = !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]{1,8}$/i.test(path);
    if (page && wantsPage) {
      page = page.fresh();
      const html = page.render(request.url, request.cookies?.[SESSION_HINT_COOKIE] === '1');
      const etag = WebPage.etagOf(html);
      void reply.header('Cache-Control', 'no-cache').header('Vary', 'Cookie').header('ETag', etag);
      if (request.headers['if-none-match'] === etag) {
        void reply.code(304).send();
        return;
      }
      void reply.type('text/html; charset=utf-8').send(html);
      return;
    }
    sendProblem(reply, request, DomainException.notFound(), logger);
  });
}
