import { Role } from '@vigie/shared';

/** Who is calling, checked against the database on every request. */
export interface AuthenticatedUser {
  id: string;
  login: string;
  displayName: string;
  roles: Role[];
  agentId: string | null;
  sessionId: string;
}

export function hasRole(user: AuthenticatedUser, ...roles: Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
