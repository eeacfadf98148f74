import { bootstrapApplication } from '@angular/platform-browser';
import { compareFrench, frenchDayAndMonth, localDateOf, todayInParis } from '@vigie/shared';

import { App, removeFrame } from './app/app';
import { appConfig } from './app/app.config';
import { routes } from './app/app.routes';
import { hasSessionHint } from './app/core/auth/auth.service';
import { loadEarly, segmentsOf } from './app/core/routing/load-early';
import { warmUp } from './app/core/start/warm-up';

// The page's code downloads while the session is restored (without a session, the guards lead to
// the sign-in page: its code instead).
const signedIn = hasSessionHint(document.cookie);
void loadEarly(routes, signedIn ? segmentsOf(location.pathname) : ['connexion']);

// The dates, times and names every signed-in page shows: their formatters and collator built
// meanwhile, a task each, rather than inside the page's first drawing.
if (signedIn) {
  warmUp([
    () => todayInParis(),
    () => localDateOf(Date.now()),
    () => frenchDayAndMonth('2026-01-01'),
    () => compareFrench('Émile', 'Denis'),
  ]);
}

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  removeFrame(document);
  console.error(error);
});
