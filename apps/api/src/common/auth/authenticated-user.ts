import { can, type Capability, Role } from '@vigie/shared';

import { DomainException } from '../errors/domain.exception';

/** Who is calling, checked against the database on every request. */
export interface AuthenticatedUser {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  agentId: string | null;
  sessionId: string;
  /** The service he works in (row security shows only its rows); null for a platform account. */
  serviceId: string | null;
  /** A platform account: creates services, reads none of their data. */
  platform: boolean;
}

/** The shared role map (libs/shared access.rules) decides, in the API as in the web. */
export function allowed(user: AuthenticatedUser, capability: Capability): boolean {
  return can(user.roles, capability);
}

/**
 * Row-level access to one agent's data: allowed by the capability, or the caller's own agent.
 * Anything else reads as absent (404), so ids cannot be probed.
 */
export function requireOwnOr(user: AuthenticatedUser, capability: Capability, agentId: string): void {
  if (!allowed(user, capability) && user.agentId !== agentId) throw DomainException.notFound('Agent');
}
