/**
 * The entry point the web app compiles against (`@vigie/shared` in apps/web): everything of
 * index.ts, but the request DTOs (class-validator decorators, which run when imported and would ship
 * the validator library to every browser) are exported as types only. The API validates; the web
 * app only needs their shapes.
 */
export type * from './agents/agent.dto';
export * from './agents/agent.enum';
export * from './agents/agent.limits';
export * from './agents/agent.response';
export * from './agents/agent.rules';
export * from './agents/qualification.rules';
export type * from './audit/audit.dto';
export * from './audit/audit-event.response';
export * from './auth/access.rules';
export * from './auth/auth.limits';
export type * from './auth/login.dto';
export * from './auth/role.enum';
export * from './auth/session-hint';
export * from './auth/user.response';
export * from './common/french-order.rules';
export type * from './common/page.dto';
export * from './common/page-frame.rules';
export * from './common/problem.types';
export * from './common/time.rules';
export * from './dashboard/dashboard.response';
export * from './incidents/hash-chain.rules';
export type * from './incidents/incident.dto';
export * from './incidents/incident.limits';
export * from './incidents/incident.response';
export * from './incidents/incident.taxonomy';
export * from './incidents/occurred-at.rules';
export type * from './planning/cycle.dto';
export * from './planning/cycle.limits';
export * from './planning/cycle.response';
export * from './planning/cycle.rules';
export * from './planning/findings.rules';
export * from './planning/greedy.rules';
export * from './planning/plain-words.rules';
export type * from './planning/planning.dto';
export * from './planning/planning.enum';
export * from './planning/planning.limits';
export * from './planning/planning.response';
export * from './planning/qualification-periods.rules';
export * from './planning/roster.rules';
export * from './planning/roster.types';
export { lowerFirst } from './planning/roster-context';
export type * from './recruitment/recruitment.dto';
export * from './recruitment/recruitment.enum';
export * from './recruitment/recruitment.limits';
export * from './recruitment/recruitment.response';
export * from './recruitment/recruitment.rules';
export * from './staffing/forecast.rules';
export type * from './staffing/staffing.dto';
export * from './staffing/staffing.response';
export type * from './users/user.dto';
export * from './users/user.limits';
export * from './users/user.rules';
export * from './users/user-admin.response';
export type * from './video/video.dto';
export * from './video/video.enum';
export * from './video/video.limits';
export * from './video/video.response';
export * from './video/video.rules';
