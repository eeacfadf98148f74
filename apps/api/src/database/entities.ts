import { AuditEvent } from '../common/audit/audit-event.entity';
import { Agent } from '../modules/agents/agent.entity';
import { Qualification } from '../modules/agents/qualification.entity';
import { ShootingSession } from '../modules/agents/shooting-session.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Session } from '../modules/auth/session.entity';
import { Recruitment } from '../modules/recruitment/recruitment.entity';
import { RecruitmentEvent } from '../modules/recruitment/recruitment-event.entity';
import { StaffingTarget } from '../modules/staffing/staffing-target.entity';
import { User } from '../modules/users/user.entity';
import { DemoSeed } from './seed/demo-seed.entity';

/** Every entity, listed explicitly (no globs). */
export const ENTITIES = [
  Agent,
  AuditEvent,
  DemoSeed,
  Qualification,
  Recruitment,
  RecruitmentEvent,
  RefreshToken,
  Session,
  ShootingSession,
  StaffingTarget,
  User,
];
