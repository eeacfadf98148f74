import { FieldError, RuleViolation } from '@vigie/shared';

/** Codes of the errors Vigie answers, each with its HTTP status. */
export const ERROR_STATUS = {
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

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface DomainExceptionOptions {
  errors?: FieldError[];
  violations?: RuleViolation[];
  /** Extra problem members (RFC 9457 extensions). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A domain error with a code and a French message; the problem-details filter turns it into HTTP. */
export class DomainException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: DomainExceptionOptions = {},
  ) {
    super(detail);
    this.status = ERROR_STATUS[code];
  }

  static notFound(what = 'Ressource'): DomainException {
    return new DomainException('NOT_FOUND', `${what} introuvable.`);
  }

  static versionConflict(): DomainException {
    return new DomainException(
      'VERSION_CONFLICT',
      'Cet enregistrement a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis recommencez.',
    );
  }

  static invalid(errors: FieldError[]): DomainException {
    const summary = errors.map((error) => `${error.field} ${error.message}`).join(' ; ');
    return new DomainException('VALIDATION', `Données invalides : ${summary}.`, { errors });
  }

  static rule(detail: string, violations: RuleViolation[] = []): DomainException {
    return new DomainException('RULE_VIOLATION', detail, { violations });
  }
}
