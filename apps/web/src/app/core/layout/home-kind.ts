import { inject } from '@angular/core';
import { CanMatchFn } from '@angular/router';
import { can, Role, type UserResponse } from '@vigie/shared';

import { AuthService } from '../auth/auth.service';

/**
 * What « / » shows a user: the dashboard to a chief or a chief de brigade, HR's home to HR, an
 * agent's own home to an agent linked to his record, the general welcome otherwise.
 */
export type HomeKind = 'dashboard' | 'hr' | 'agent' | 'general';

export function homeKind(user: UserResponse | null): HomeKind {
  if (!user) return 'general';
  if (can(user.roles, 'readDashboard')) return 'dashboard';
  if (user.roles.includes(Role.HR)) return 'hr';
  if (user.roles.includes(Role.AGENT) && user.agentId) return 'agent';
  return 'general';
}

/** `canMatch` of the home routes: each role's home is its own lazy page at « / ». */
export function homeIs(kind: HomeKind): CanMatchFn {
  return () => homeKind(inject(AuthService).user()) === kind;
}
