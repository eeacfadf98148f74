import type { ProblemCategory } from '../common/common.errors';

/** The video register's error codes, each with its category (which gives its HTTP status). Pure. */
export const VIDEO_ERRORS = {
  CAMERA_CODE_TAKEN: 'DUPLICATE',
  /** A footage window whose end is not after its start. */
  FOOTAGE_WINDOW_REVERSED: 'VALIDATION',
  FOOTAGE_WINDOW_TOO_LONG: 'VALIDATION',
  FOOTAGE_CAMERA_UNKNOWN: 'VALIDATION',
  FOOTAGE_INCIDENT_UNKNOWN: 'VALIDATION',
  /** A planned camera has no images yet. */
  CAMERA_NOT_INSTALLED: 'RULE_VIOLATION',
  /** The images were overwritten (retention elapsed). */
  FOOTAGE_OVERWRITTEN: 'RULE_VIOLATION',
  /** A request cannot move from its status to the one asked. */
  FOOTAGE_TRANSITION_REFUSED: 'RULE_VIOLATION',
  FOOTAGE_RECIPIENT_REQUIRED: 'VALIDATION',
  FOOTAGE_REFUSAL_REASON_REQUIRED: 'VALIDATION',
  FOOTAGE_OPERATOR_REQUIRED: 'VALIDATION',
  FOOTAGE_OPERATOR_UNKNOWN: 'VALIDATION',
  /** Only a designated video operator extracts images. */
  NOT_VIDEO_OPERATOR: 'RULE_VIOLATION',
  /** One year and kind given twice in the camera plan. */
  CAMERA_PLAN_DUPLICATE: 'VALIDATION',
} as const satisfies Record<string, ProblemCategory>;

export type VideoErrorCode = keyof typeof VIDEO_ERRORS;
