import { HttpException } from '@nestjs/common';
import {
  isProblemCategory,
  PROBLEM_TITLES,
  ProblemCategory,
  ProblemDetails,
  problemOf,
  problemType,
} from '@vigie/shared';
import { QueryFailedError } from 'typeorm';

import { DomainException } from './domain.exception';

const DEFAULT_DETAILS: Record<number, string> = {
  400: 'La requête est invalide.',
  401: 'Connectez-vous pour accéder à cette ressource.',
  403: 'Votre rôle ne vous permet pas cette action.',
  404: 'Ressource introuvable.',
  405: 'Cette méthode n’est pas autorisée sur cette ressource.',
  406: 'Ce format de réponse n’est pas disponible.',
  408: 'La requête n’est pas arrivée à temps.',
  409: 'Conflit avec les données existantes.',
  413: 'La requête dépasse la taille maximale autorisée (1 Mo).',
  414: 'L’adresse de la requête est trop longue ou contient un segment trop long.',
  415: 'Type de contenu non pris en charge : envoyez du JSON (application/json).',
  422: 'La demande enfreint une règle métier.',
  429: 'Trop de tentatives : patientez avant de réessayer.',
  431: 'L’adresse ou les en-têtes de la requête sont trop volumineux.',
  500: 'Une erreur inattendue est survenue. Elle a été journalisée.',
  503: 'La base de données ne répond pas pour le moment : réessayez dans quelques secondes.',
};

export interface ProblemResponse {
  body: ProblemDetails & Record<string, unknown>;
  headers: Record<string, string>;
  /** True for errors that are our fault (5xx except 503): log them with their stack. */
  unexpected: boolean;
}

/** `type` and the `code` member are the category (what clients have always read); a precise code goes in `reason`. */
function problem(
  status: number,
  category: ProblemCategory,
  detail?: string,
  extra: Partial<ProblemDetails> & Record<string, unknown> = {},
): ProblemDetails & Record<string, unknown> {
  return {
    type: problemType(category),
    title: PROBLEM_TITLES[status] ?? 'Erreur',
    status,
    detail: detail ?? DEFAULT_DETAILS[status] ?? 'Erreur.',
    code: category,
    ...extra,
  };
}

const UNAVAILABLE_HEADERS = { 'Retry-After': '5' };

/** What a constraint means, for those an ordinary request can meet; the others say their name. */
const CONSTRAINT_DETAILS: Record<string, string> = {
  uq_shift_type_start:
    'Un créneau de ce type commence déjà à cette heure : donnez un libellé au second (par exemple « Patrouille 2 ») ou augmentez l’effectif du premier.',
  // A shift whose worked time is on record was paid on it: the payroll keeps it.
  fk_worked_time_shift:
    'Du temps travaillé est enregistré sur ce créneau (paie, récupération) : il ne peut plus être supprimé.',
};

/** PostgreSQL SQLSTATEs an input can provoke, answered as client errors. */
function fromPostgres(error: {
  code?: string;
  constraint?: string;
  detail?: string;
}): ProblemResponse | null {
  const constraint = error.constraint ? ` (${error.constraint})` : '';
  switch (error.code) {
    case '23505':
      return {
        body: problem(
          409,
          'DUPLICATE',
          CONSTRAINT_DETAILS[error.constraint ?? ''] ?? `Cette valeur existe déjà${constraint}.`,
        ),
        headers: {},
        unexpected: false,
      };
    case '23P01':
      return {
        body: problem(409, 'CONFLICT', `Conflit avec un enregistrement existant${constraint}.`),
        headers: {},
        unexpected: false,
      };
    case '23514':
    case '23502':
      return {
        body: problem(422, 'RULE_VIOLATION', `Valeur refusée par une règle de la base${constraint}.`),
        headers: {},
        unexpected: false,
      };
    // 23001: a row others still refer to under ON DELETE RESTRICT (worked time on a shift).
    case '23001':
    case '23503':
      return {
        body: problem(
          422,
          'RULE_VIOLATION',
          CONSTRAINT_DETAILS[error.constraint ?? ''] ??
            `Référence à un enregistrement inexistant${constraint}.`,
        ),
        headers: {},
        unexpected: false,
      };
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22021':
    case '22023':
    case '22P05':
    case '2201X':
    case '2201W':
      return {
        body: problem(400, 'BAD_REQUEST', 'Valeur invalide dans la requête.'),
        headers: {},
        unexpected: false,
      };
    case '40001':
    case '40P01':
    case '55P03':
      return {
        body: problem(409, 'CONFLICT', 'Modification concurrente : réessayez.'),
        headers: { 'Retry-After': '1' },
        unexpected: false,
      };
    default:
      // 57014: a statement cancelled by statement_timeout (a database too slow to answer).
      if (error.code && /^(08|53|57P0|57014)/.test(error.code)) {
        return {
          body: problem(503, 'DATABASE_UNAVAILABLE'),
          headers: UNAVAILABLE_HEADERS,
          unexpected: false,
        };
      }
      return null;
  }
}

const CONNECTION_ERROR =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|connection is closed|terminating connection/i;

function isConnectionError(error: unknown): boolean {
  // Duck-typed: errors of Node's net module may come from another realm (no `instanceof Error`).
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  // TypeORM releases the query runner of a transaction whose connection died: the queries
  // that follow in that transaction fail so (it rolled back with the connection).
  if (typeof name === 'string' && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(name)) return true;
  return (
    (typeof code === 'string' && CONNECTION_ERROR.test(code)) ||
    (typeof message === 'string' && CONNECTION_ERROR.test(message))
  );
}

/** Fastify's own client errors (body parsing, media type, size). */
function fromFastify(error: {
  code?: string;
  statusCode?: number;
  message?: string;
}): ProblemResponse | null {
  if (!error.code?.startsWith('FST_') || !error.statusCode || error.statusCode >= 500) return null;
  const status = error.statusCode;
  if (status === 413) return { body: problem(413, 'PAYLOAD_TOO_LARGE'), headers: {}, unexpected: false };
  if (status === 415) return { body: problem(415, 'UNSUPPORTED_MEDIA_TYPE'), headers: {}, unexpected: false };
  if (error.code === 'FST_ERR_BAD_URL') {
    return {
      body: problem(400, 'BAD_REQUEST', 'L’adresse de la requête est mal encodée.'),
      headers: {},
      unexpected: false,
    };
  }
  if (error.code.startsWith('FST_ERR_CTP_')) {
    return {
      body: problem(400, 'BAD_REQUEST', 'Le corps de la requête n’est pas un JSON valide.'),
      headers: {},
      unexpected: false,
    };
  }
  return { body: problem(status, 'BAD_REQUEST', DEFAULT_DETAILS[status]), headers: {}, unexpected: false };
}

const HTTP_CODES: Record<number, ProblemCategory> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'RULE_VIOLATION',
  429: 'TOO_MANY_REQUESTS',
  503: 'DATABASE_UNAVAILABLE',
};

/**
 * The raw HTTP answer to a request Node's parser refused before Fastify saw it (headers or
 * address over 16 KB, malformed request line, timeout): problem+json like every other error.
 */
export function rawClientErrorResponse(code: string | undefined): string {
  const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(problem(status, 'BAD_REQUEST', DEFAULT_DETAILS[status]));
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }[
    status
  ];
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Turns anything thrown into RFC 9457 problem details. Never leaks SQL nor stack traces. */
export function toProblem(error: unknown): ProblemResponse {
  if (error instanceof DomainException) {
    const { errors, violations, extensions, headers } = error.options;
    const { code } = error;
    return {
      body: problem(error.status, problemOf(code).category, error.detail, {
        ...(isProblemCategory(code) ? {} : { reason: code }),
        ...(errors ? { errors } : {}),
        ...(violations ? { violations } : {}),
        ...extensions,
      }),
      headers: headers ?? (error.status === 503 ? UNAVAILABLE_HEADERS : {}),
      unexpected: error.status >= 500 && error.status !== 503,
    };
  }
  if (error instanceof HttpException) {
    // Fastify's client errors (malformed JSON, size, media type) arrive wrapped by Nest.
    const fastify = typeof error.cause === 'object' && error.cause ? fromFastify(error.cause) : null;
    if (fastify) return fastify;
    const status = error.getStatus();
    const response = error.getResponse();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
    const extra: Record<string, unknown> = {};
    if (status === 503 && typeof response === 'object' && response && 'status' in response) {
      // @nestjs/terminus health report: keep it as an extension member.
      extra.checks = response;
    }
    const headers: Record<string, string> = status === 503 ? UNAVAILABLE_HEADERS : {};
    if (status === 429) headers['Retry-After'] = '60';
    return {
      body: problem(status, code, DEFAULT_DETAILS[status], extra),
      headers,
      unexpected: status >= 500 && status !== 503,
    };
  }
  if (error instanceof QueryFailedError) {
    const mapped = fromPostgres(error.driverError as { code?: string; constraint?: string });
    if (mapped) return mapped;
  }
  if (isConnectionError(error) || isConnectionError((error as { driverError?: unknown })?.driverError)) {
    return { body: problem(503, 'DATABASE_UNAVAILABLE'), headers: UNAVAILABLE_HEADERS, unexpected: false };
  }
  if (typeof error === 'object' && error !== null) {
    const fastify = fromFastify(error);
    if (fastify) return fastify;
    const pgCode = (error as { code?: unknown }).code;
    if (typeof pgCode === 'string' && /^[0-9A-Z]{5}$/.test(pgCode)) {
      const mapped = fromPostgres(error);
      if (mapped) return mapped;
    }
  }
  return { body: problem(500, 'INTERNAL'), headers: {}, unexpected: true };
}
