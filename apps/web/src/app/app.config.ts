import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import localeFr from '@angular/common/locales/fr';
import {
  ApplicationConfig,
  ApplicationRef,
  inject,
  isDevMode,
  LOCALE_ID,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideServiceWorker, SwRegistrationOptions } from '@angular/service-worker';
import { delay, filter, switchMap, take } from 'rxjs';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { connectivityInterceptor } from './core/offline/connectivity.interceptor';

registerLocaleData(localeFr);

/**
 * The worker registers once a user is signed in and his first page has settled, a few seconds
 * later: it then downloads every file of the app (~700 kB compressed), which on the sign-in page
 * would compete with the sign-in itself. Offline use is for the signed-in.
 */
function serviceWorkerOptions(): SwRegistrationOptions {
  const signedIn = toObservable(inject(AuthService).signedIn);
  const appRef = inject(ApplicationRef);
  return {
    enabled: !isDevMode(),
    registrationStrategy: () =>
      signedIn.pipe(
        filter(Boolean),
        take(1),
        switchMap(() => appRef.whenStable()),
        delay(3000),
      ),
  };
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor, connectivityInterceptor])),
    { provide: LOCALE_ID, useValue: 'fr-FR' },
    // Restores the session from the refresh cookie before the first route is chosen.
    provideAppInitializer(() => inject(AuthService).restore()),
    // Angular's service worker keeps the app's files for offline use (ngsw-config.json).
    provideServiceWorker('ngsw-worker.js'),
    { provide: SwRegistrationOptions, useFactory: serviceWorkerOptions },
  ],
};
