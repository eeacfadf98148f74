import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';

import { Params } from 'nestjs-pino';

import { AppConfig } from '../../config/app-config';

const REQUEST_ID = /^[\w-]{1,64}$/;

/** Nest's start-up chatter (one line per module and route), kept out of the info logs. */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** The request id: a sane incoming `X-Request-Id`, or a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Structured logs with a request id (`x-request-id`), never passwords, tokens nor cookies. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.log.level,
      hooks: {
        logMethod(args, method, level) {
          const context = (args[0] as { context?: unknown } | undefined)?.context;
          if (level <= 30 && typeof context === 'string' && QUIET_CONTEXTS.has(context)) return;
          method.apply(this, args);
        },
      },
      transport: config.log.pretty
        ? {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          }
        : undefined,
      // Fastify gave the request its id (requestIdOf); middie copies it onto the raw request.
      genReqId: (request: IncomingMessage) =>
        (request as IncomingMessage & { id?: string }).id ?? requestIdOf(request),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          'req.body.password',
          'req.body.currentPassword',
          'req.body.newPassword',
        ],
        censor: '[masqué]',
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          // Log the path only, without query string nor private calendar tokens.
          url: request.url.split('?')[0].replace(/^\/api\/calendar\/[^/]+/, '/api/calendar/[masqué]'),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: {
        ignore: (request: IncomingMessage) =>
          request.url === '/api/health' || !request.url?.startsWith('/api'),
      },
      customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    },
    exclude: [],
  };
}
