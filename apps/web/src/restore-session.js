/* global document, window */
// Restores the session while the app downloads (the page announces this script `async`, first,
// for a signed-in user: apps/api web-page.ts). The app's own code arrives a few hundred kB later;
// asking for the access token now instead of then saves a phone a round trip before its first
// page shows. The app takes the answer (AuthService.restore) and asks for none of its own: a
// refresh cookie is good for one use. Without the session hint there is nothing to restore.
// Always leaves a promise, so the app knows it ran: `undefined` without a session hint (nothing
// to restore), `null` when the refresh was refused, `'offline'` when the API could not be reached
// (no network, or the service worker's 504 for want of it: the app starts offline), else the
// API's answer.
(function () {
  if (!/(?:^|;\s*)vigie_session=1(?:;|$)/.test(document.cookie)) {
    window.vigieSessionRestore = Promise.resolve(undefined);
    return;
  }
  window.vigieSessionRestore = fetch('/api/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }).then(
    function (response) {
      if (response.ok) return response.json();
      return response.status === 0 || response.status === 502 || response.status === 504 ? 'offline' : null;
    },
    function () {
      return 'offline';
    },
  );
})();
