import type { ProblemCategory } from '../common/common.errors';

/**
 * Service (tenant) error codes, each with its category. Pure. (A service one does not belong to
 * reads as absent, 404, and the platform's routes refuse others with a bare 403.)
 */
export const SERVICE_ERRORS = {
  /** An INSEE code that is not in the official list of communes. */
  COMMUNE_UNKNOWN: 'VALIDATION',
  /** A commune's service serves one commune; several make a pooled one. */
  SERVICE_COMMUNES_INVALID: 'VALIDATION',
  /** Two services may not bear the same name (the members' switcher shows names). */
  SERVICE_NAME_TAKEN: 'DUPLICATE',
  /** A quartier the service does not have, or has retired (for a new entry or camera). */
  QUARTIER_UNKNOWN: 'VALIDATION',
  /** Two quartiers of a service may not bear the same name. */
  QUARTIER_LABEL_TAKEN: 'DUPLICATE',
  /** A service keeps at least one quartier to file its entries under. */
  QUARTIER_LAST: 'RULE_VIOLATION',
  /** QUARTIER_LIMITS.count quartiers at most, retired ones included. */
  QUARTIERS_FULL: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;

export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;
