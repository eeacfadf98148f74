/**
 * A cookie the web app can read, set and cleared by the API with the refresh cookie, holding no
 * secret: « a session may be restored ». The web app shows the sign-in page at once without it;
 * the API paints a page's frame into the HTML with it (page-frame.rules.ts).
 */
export const SESSION_HINT_COOKIE = 'vigie_session';
