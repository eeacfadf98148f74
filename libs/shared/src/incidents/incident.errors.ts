import type { ProblemCategory } from '../common/common.errors';

/** The main courante's error codes, each with its category (which gives its HTTP status). Pure. */
export const INCIDENT_ERRORS = {
  /** The writer of an entry must be among the agents present. */
  AUTHOR_NOT_PRESENT: 'VALIDATION',
  /** Back-dated beyond what an agent may write (a chief writes it). */
  BACKDATED_TOO_FAR: 'VALIDATION',
  /** The status cannot move so (`violations[].rule` STATUS_TRANSITION). */
  INCIDENT_STATUS_TRANSITION: 'RULE_VIOLATION',
  /** The entry's content was erased at the end of its retention: it is neither completed nor re-statused. */
  INCIDENT_ERASED: 'RULE_VIOLATION',
  /** An upload whose bytes are no JPEG, PNG, WebP nor HEIC image (by content). */
  PHOTO_NOT_IMAGE: 'RULE_VIOLATION',
  /** An upload over PHOTO_LIMITS.maxBytes. */
  PHOTO_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An upload that is not the bytes of a file (JSON, a form). */
  PHOTO_NOT_BINARY: 'UNSUPPORTED_MEDIA_TYPE',
  /** An entry or complement naming a photo the API has not received (or no longer keeps). */
  PHOTO_UNKNOWN: 'RULE_VIOLATION',
} as const satisfies Record<string, ProblemCategory>;

export type IncidentErrorCode = keyof typeof INCIDENT_ERRORS;
