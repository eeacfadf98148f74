/**
 * The entry point the web app compiles against (`@vigie/shared` in apps/web): everything of
 * domain.ts, and the request DTOs as types only (class-validator decorators run when imported and
 * would ship the validator library to every browser). The API validates; the web app only needs
 * their shapes.
 */
export type * from './agents/agent.dto';
export type * from './agents/secondment.dto';
export type * from './armoury/armoury.dto';
export type * from './audit/audit.dto';
export type * from './auth/login.dto';
export type * from './common/page.dto';
export * from './domain';
export type * from './incidents/incident.dto';
export type * from './planning/cycle.dto';
export type * from './planning/derogation.dto';
export type * from './planning/planning.dto';
export type * from './recruitment/recruitment.dto';
export type * from './services/service.dto';
export type * from './services/territory.dto';
export type * from './staffing/staffing.dto';
export type * from './time/time-account.dto';
export type * from './users/user.dto';
export type * from './video/video.dto';
