import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/screens';

/**
 * The main courante's and the cameras' pages, which the role journeys cross without dwelling: no
 * serious or critical accessibility violation, at the desk and on a phone (the other main pages
 * are checked in the role journeys).
 */
test.describe('the main courante at the desk', () => {
  test('the list, an entry, the statistics and the entry form of a chief de brigade', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'superviseur');
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();

    // From the dashboard's tile to the list of the open entries.
    await page.getByTestId('incidents-OPEN').click();
    await expect(page).toHaveURL(/\/main-courante\?statut=OPEN$/);
    await expect(page.getByRole('heading', { name: 'Main courante', level: 1 })).toBeVisible();
    await expect(page.getByTestId('incident-row').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Main courante — liste');

    await page.getByTestId('incident-row').first().click();
    await expect(page.getByTestId('incident-number')).toHaveText(/^MC-\d{4}-\d{6}$/);
    await expectNoSeriousA11yViolations(page, 'Main courante — entrée');

    await page.goto('/main-courante/statistiques');
    await expect(page.getByRole('heading', { name: 'Statistiques', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Main courante — statistiques');

    await page.goto('/main-courante/nouvelle');
    await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Main courante — nouvelle entrée');
  });
});

test.describe('the main courante and the cameras on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the entry form an agent opens from his home, the list, the cameras', async ({ page }) => {
    await signIn(page, 'agent');
    await page.getByTestId('home-new-incident').click();
    await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Main courante — nouvelle entrée (téléphone)');

    await page.goto('/main-courante');
    await expect(page.getByRole('heading', { name: 'Main courante', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Main courante — liste (téléphone)');

    await page.goto('/videoprotection');
    await expect(page.getByRole('heading', { name: 'Vidéoprotection', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Vidéoprotection (téléphone)');
  });
});
