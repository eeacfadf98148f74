import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Capability } from '@vigie/shared';

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

/** Routes of a capability the user's roles do not grant lead home. */
export function capabilityGuard(capability: Capability): CanActivateFn {
  return () => inject(AuthService).can(capability) || inject(Router).createUrlTree(['/']);
}
