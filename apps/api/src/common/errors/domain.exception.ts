import { ErrorCode, FieldError, problemOf, RuleViolation } from '@vigie/shared';

/** Any code of the union declared in `libs/shared` (`*.errors.ts`): a category or a domain's precise code. */
export type { ErrorCode } from '@vigie/shared';

export interface DomainExceptionOptions {
  errors?: FieldError[];
  violations?: RuleViolation[];
  /** Extra problem members (RFC 9457 extensions). */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * A domain error with a code and a French message; the problem-details filter turns it into HTTP.
 * The code is precise (`ASSIGNMENT_OVERLAP`) or a bare category (`NOT_FOUND`); its category gives
 * the status.
 */
export class DomainException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: DomainExceptionOptions = {},
  ) {
    super(detail);
    this.status = problemOf(code).status;
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

  /** 400 with field errors; `code` is the precise one when a domain rule (not the DTO's shape) refuses. */
  static invalid(errors: FieldError[], code: ErrorCode = 'VALIDATION'): DomainException {
    const summary = errors.map((error) => `${error.field} ${error.message}`).join(' ; ');
    return new DomainException(code, `Données invalides : ${summary}.`, { errors });
  }

  /** 422 with the broken rules; `code` is the precise one (a bare RULE_VIOLATION says nothing more). */
  static rule(
    detail: string,
    violations: RuleViolation[] = [],
    code: ErrorCode = 'RULE_VIOLATION',
  ): DomainException {
    return new DomainException(code, detail, { violations });
  }
}
