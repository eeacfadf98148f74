import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { Capability } from '@vigie/shared';

import { agentOnly } from '../layout/nav-items';
import { AuthService } from './auth.service';

/** Signed-in users only; others go to the sign-in page, then come back. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return (
    auth.signedIn() || inject(Router).createUrlTree(['/connexion'], { queryParams: { retour: state.url } })
  );
};

/** The sign-in page is for signed-out users. */
export const guestGuard: CanActivateFn = () => {
  return !inject(AuthService).signedIn() || inject(Router).createUrlTree(['/']);
};

/**
 * Routes of a capability the user's roles do not grant lead home. As `canMatch` on a lazy feature,
 * a signed-in user without it does not even download its code. A signed-out user passes: the
 * signed-in frame's `authGuard` (every route using this guard sits under it) sends him to the
 * sign-in page with the address he asked for, which matching, coming first, would have lost.
 */
export function capabilityGuard(capability: Capability): CanActivateFn & CanMatchFn {
  return () => {
    const auth = inject(AuthService);
    return !auth.signedIn() || auth.can(capability) || inject(Router).createUrlTree(['/']);
  };
}

/** Staff pages (planning, absences): a user who is only an agent goes to his own planning. */
export const staffGuard: CanActivateFn = () => {
  return !agentOnly(inject(AuthService).user()) || inject(Router).createUrlTree(['/mon-planning']);
};

/** « Mon planning » is for users linked to an agent record. */
export const agentRecordGuard: CanActivateFn = () => {
  return !!inject(AuthService).user()?.agentId || inject(Router).createUrlTree(['/']);
};
