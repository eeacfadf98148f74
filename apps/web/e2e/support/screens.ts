import { join } from 'node:path';

import { type Browser, type BrowserContextOptions, expect, Page } from '@playwright/test';

/**
 * The shell scrolls inside its content box, so a full-page screenshot stops at the window's
 * height; for a whole long page, the box is let grow for the time of the picture.
 */
const WHOLE_PAGE = `
  vg-shell { height: auto !important; }
  mat-sidenav-container, mat-sidenav-content { height: auto !important; overflow: visible !important; }
`;

/** Screenshots of the main screens, kept under test-results/screenshots on every run. */
export async function screenshot(page: Page, name: string, options: { whole?: boolean } = {}): Promise<void> {
  const style = options.whole ? await page.addStyleTag({ content: WHOLE_PAGE }) : null;
  await page.screenshot({
    path: join(__dirname, '../../../../test-results/screenshots', `${name}.png`),
    fullPage: true,
  });
  await style?.evaluate((element) => element.remove());
}

export async function signIn(page: Page, login: string, password = 'vigie-demo'): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};
/** A common phone of today (the toolbar must still name the service on it). */
export const PHONE_390: BrowserContextOptions = { ...PHONE, viewport: { width: 390, height: 844 } };

/** A page of its own (its own session cookie), with the project's address, language and time zone. */
export async function pageFor(
  browser: Browser,
  baseURL: string | undefined,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...options,
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  return context.newPage();
}

/** The pooled service of the demo, as its toolbar names it. */
export const POOLED_SERVICE = 'Police pluricommunale de Lompret, Prémesques et Verlinghem';

/** The pooled service's chief works there (he signs in where he last worked: another journey may have left him at Lomme). */
export async function signInToPooled(page: Page): Promise<void> {
  await signIn(page, 'chef.pluri');
  const name = page.getByTestId('service-name');
  await expect(name).toHaveText(/Police/);
  if ((await name.innerText()).trim() !== POOLED_SERVICE) {
    await page.getByTestId('service-switcher').click();
    await page.getByTestId('service-choice').filter({ hasText: POOLED_SERVICE }).click();
    await expect(name).toHaveText(POOLED_SERVICE);
  }
}

/** The message at the bottom says what was done; then it is closed, as one does, to read on. */
export async function expectSnack(page: Page, text: string | RegExp): Promise<void> {
  const snack = page.locator('mat-snack-bar-container');
  await expect(snack).toContainText(text);
  await snack.getByRole('button', { name: 'OK' }).click();
  await expect(snack).toHaveCount(0);
}
