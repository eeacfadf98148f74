import { expect, test } from '@playwright/test';

import { screenshot, signIn } from './support/screens';

test.describe('the chief', () => {
  test('signs in, sees the shell his roles allow, and signs out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByRole('heading', { name: 'Vigie' })).toBeVisible();
    await screenshot(page, 'sign-in');

    await signIn(page, 'chef', 'mauvais-mot-de-passe');
    await expect(page.getByTestId('login-error')).toHaveText('Identifiant ou mot de passe incorrect.');

    await signIn(page, 'chef');
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    await expect(page.getByTestId('role')).toHaveText(['Chef de service']);
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveText([
      /Accueil$/,
      /Planning$/,
      /Mon planning$/,
      /Absences$/,
      /Main courante$/,
      /Statistiques$/,
      /Effectif$/,
      /Recrutement$/,
      /Comptes$/,
    ]);
    await screenshot(page, 'chief-home');

    await navigation.getByRole('link', { name: 'Comptes' }).click();
    await expect(page.getByRole('heading', { name: 'Comptes' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /Nathalie Vandamme/ })).toBeVisible();
    await screenshot(page, 'chief-accounts');

    // A reload keeps the session (refresh cookie), then signing out ends it.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Comptes' })).toBeVisible();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto('/comptes');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fcomptes/);
  });
});
