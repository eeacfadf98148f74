import { AuditEvent } from '../common/audit/audit-event.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/users/user.entity';
import { DemoSeed } from './seed/demo-seed.entity';

/** Every entity, listed explicitly (no globs). */
export const ENTITIES = [AuditEvent, DemoSeed, RefreshToken, Session, User];
