import { bootstrapApplication } from '@angular/platform-browser';

import { App, removeFrame } from './app/app';
import { appConfig } from './app/app.config';
import { routes } from './app/app.routes';
import { hasSessionHint } from './app/core/auth/auth.service';
import { loadEarly, segmentsOf } from './app/core/routing/load-early';

// The page's code downloads while the session is restored (without a session, the guards lead to
// the sign-in page: its code instead).
void loadEarly(routes, hasSessionHint(document.cookie) ? segmentsOf(location.pathname) : ['connexion']);

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  removeFrame(document);
  console.error(error);
});
