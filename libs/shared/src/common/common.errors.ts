/**
 * The problem types every error code falls into. A category is the RFC 9457 `type`
 * (`urn:vigie:problem:<category>`), the `code` member clients have always read, and the HTTP
 * status. Each category is also a code of its own, for errors of no domain in particular.
 */
export const PROBLEM_CATEGORIES = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
} as const;

export type ProblemCategory = keyof typeof PROBLEM_CATEGORIES;

/** The problem's `title`, by status: it names the kind of problem, the `detail` says what happened. */
export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Introuvable',
  405: 'Méthode non autorisée',
  406: 'Format non disponible',
  408: 'Délai dépassé',
  409: 'Conflit',
  413: 'Requête trop volumineuse',
  414: 'Adresse trop longue',
  415: 'Type de contenu non pris en charge',
  422: 'Règle métier non respectée',
  429: 'Trop de requêtes',
  431: 'En-têtes trop volumineux',
  500: 'Erreur interne',
  503: 'Service momentanément indisponible',
};

/** Precise codes that several domains share, each with its category. */
export const COMMON_ERRORS = {
  /** An id in the body names nothing (an agent, a shift type, a camera). */
  UNKNOWN_REFERENCE: 'RULE_VIOLATION',
  /** A date the rule wants in the past or today. */
  DATE_IN_FUTURE: 'VALIDATION',
  /** `to` before `from`. */
  PERIOD_REVERSED: 'VALIDATION',
  /** A period longer than the route allows. */
  PERIOD_TOO_LONG: 'VALIDATION',
  /** A latitude without its longitude, or the reverse. */
  POSITION_INCOMPLETE: 'VALIDATION',
  /** A position outside the commune. */
  POSITION_OUTSIDE_COMMUNE: 'VALIDATION',
  /** An `Idempotency-Key` header that is not a UUID. */
  IDEMPOTENCY_KEY_INVALID: 'VALIDATION',
  /** An `Idempotency-Key` already used by this account for another request. */
  IDEMPOTENCY_KEY_REUSED: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;
