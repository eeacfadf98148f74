import { expect, test } from '@playwright/test';

import { screenshot, signIn } from './support/screens';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test.describe('an agent on his phone', () => {
  test('signs in, sees only what an agent may open, and reaches his password page', async ({ page }) => {
    await signIn(page, 'agent');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await expect(page.getByTestId('role')).toHaveText(['Agent']);
    await screenshot(page, 'agent-home-phone');

    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link', { name: 'Accueil' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Mon planning' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Planning', exact: true })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Absences' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Comptes' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Effectif' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Recrutement' })).toHaveCount(0);
    await screenshot(page, 'agent-menu-phone');
    await page.keyboard.press('Escape');

    // Pages his roles do not allow lead home.
    for (const path of ['/comptes', '/effectif', '/recrutement']) {
      await page.goto(path);
      await expect(page.getByTestId('greeting')).toBeVisible();
    }

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Mot de passe' }).click();
    await expect(page.getByRole('heading', { name: 'Mot de passe' })).toBeVisible();
    await screenshot(page, 'agent-password-phone');
  });
});
