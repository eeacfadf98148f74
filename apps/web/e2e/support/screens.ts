import { join } from 'node:path';

import { Page } from '@playwright/test';

/** Screenshots of the main screens, kept under test-results/screenshots on every run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(__dirname, '../../../../test-results/screenshots', `${name}.png`),
    fullPage: true,
  });
}

export async function signIn(page: Page, login: string, password = 'vigie-demo'): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
