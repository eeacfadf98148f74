import { AGENT_ERRORS } from './agents/agent.errors';
import { ARMOURY_ERRORS } from './armoury/armoury.errors';
import { AUTH_ERRORS } from './auth/auth.errors';
import { BACKUP_ERRORS } from './backup/backup.errors';
import { COMMON_ERRORS, PROBLEM_CATEGORIES, PROBLEM_TITLES, ProblemCategory } from './common/common.errors';
import { INCIDENT_ERRORS } from './incidents/incident.errors';
import { PLANNING_ERRORS } from './planning/planning.errors';
import { RECRUITMENT_ERRORS } from './recruitment/recruitment.errors';
import { SERVICE_ERRORS } from './services/service.errors';
import { STAFFING_ERRORS } from './staffing/staffing.errors';
import { TIME_ACCOUNT_ERRORS } from './time/time-account.errors';
import { USER_ERRORS } from './users/user.errors';
import { VIDEO_ERRORS } from './video/video.errors';

/** Every domain's codes, by domain (a test checks no code is declared twice). */
export const ERROR_DOMAINS = {
  common: COMMON_ERRORS,
  planning: PLANNING_ERRORS,
  incidents: INCIDENT_ERRORS,
  video: VIDEO_ERRORS,
  recruitment: RECRUITMENT_ERRORS,
  auth: AUTH_ERRORS,
  users: USER_ERRORS,
  services: SERVICE_ERRORS,
  agents: AGENT_ERRORS,
  staffing: STAFFING_ERRORS,
  backup: BACKUP_ERRORS,
  time: TIME_ACCOUNT_ERRORS,
  armoury: ARMOURY_ERRORS,
} as const;

type DomainErrors = (typeof ERROR_DOMAINS)[keyof typeof ERROR_DOMAINS];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** A precise code, of a domain: the problem's `reason` member. */
export type DomainErrorCode = KeysOfUnion<DomainErrors>;

/** Any code an error may carry: a category (its own code) or a domain's precise code. */
export type ErrorCode = ProblemCategory | DomainErrorCode;

const CATEGORY_OF: Readonly<Record<string, ProblemCategory>> = Object.assign(
  {},
  ...Object.values(ERROR_DOMAINS),
) as Record<string, ProblemCategory>;

export function isProblemCategory(code: string): code is ProblemCategory {
  return Object.hasOwn(PROBLEM_CATEGORIES, code);
}

/** The category a code falls into (a category is its own). */
export function categoryOf(code: ErrorCode): ProblemCategory {
  return isProblemCategory(code) ? code : CATEGORY_OF[code];
}

/** What a code is answered with: status, title and the problem type of its category. */
export function problemOf(code: ErrorCode): {
  category: ProblemCategory;
  status: number;
  title: string;
  type: string;
} {
  const category = categoryOf(code);
  const status = PROBLEM_CATEGORIES[category];
  return { category, status, title: PROBLEM_TITLES[status], type: problemType(category) };
}

/** `urn:vigie:problem:rule-violation` for RULE_VIOLATION. */
export function problemType(category: ProblemCategory): string {
  return `urn:vigie:problem:${category.toLowerCase().replace(/_/g, '-')}`;
}
