import { inject } from '@angular/core';
import { CanActivateChildFn, CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Capability, UserResponse } from '@vigie/shared';

import { agentOnly } from '../layout/nav-items';
import { AuthService } from './auth.service';

/** A user's home: the platform's page for a platform account (it belongs to no service), « / » otherwise. */
export function homeUrl(user: UserResponse | null): string {
  return user?.platform ? '/plateforme' : '/';
}

/** Signed-in users only; others go to the sign-in page, then come back. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return (
    auth.signedIn() || inject(Router).createUrlTree(['/connexion'], { queryParams: { retour: state.url } })
  );
};

/** The sign-in page is for signed-out users. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.signedIn() || inject(Router).createUrlTree([homeUrl(auth.user())]);
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
    return !auth.signedIn() || auth.can(capability) || inject(Router).createUrlTree([homeUrl(auth.user())]);
  };
}

/**
 * A platform account reads no service's data: each page of the signed-in frame but those marked
 * `openToPlatform` (its own page, its password) leads it to /plateforme. Guarding the frame's
 * children, not each route, covers the pages added later too.
 */
export const platformConfinedGuard: CanActivateChildFn = (child) => {
  const user = inject(AuthService).user();
  return (
    !user?.platform || child.data['openToPlatform'] === true || inject(Router).createUrlTree(['/plateforme'])
  );
};

/** The platform's page is for platform accounts; a service's user goes home (a signed-out one passes, see capabilityGuard). */
export const platformGuard: CanMatchFn = () => {
  const auth = inject(AuthService);
  return !auth.signedIn() || !!auth.user()?.platform || inject(Router).createUrlTree(['/']);
};

/** Staff pages (planning, absences): a user who is only an agent goes to his own planning. */
export const staffGuard: CanActivateFn = () => {
  return !agentOnly(inject(AuthService).user()) || inject(Router).createUrlTree(['/mon-planning']);
};

/** « Mon planning » is for users linked to an agent record. */
export const agentRecordGuard: CanActivateFn = () => {
  return !!inject(AuthService).user()?.agentId || inject(Router).createUrlTree(['/']);
};
