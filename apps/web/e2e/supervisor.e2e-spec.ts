import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { screenshot, signIn } from './support/screens';

/**
 * The chief de brigade's journey at his desk: his dashboard and what it opens. He completes and
 * closes an entry in `incidents.e2e-spec.ts` and asks for footage from an entry in
 * `video.e2e-spec.ts` (each with the screens of its feature).
 */
const TILES = ['staffing', 'week', 'incidents', 'footage', 'deployment', 'qualifications'];

test.describe('a chief de brigade', () => {
  test('lands on the same dashboard, without the recruitments he does not follow', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'superviseur');
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    await expect(page.getByTestId('greeting')).toContainText('Karim Benali');
    for (const name of TILES) {
      await expect(page.getByTestId(`tile-${name}`)).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByTestId('tile-recruitment')).toHaveCount(0);
    await expect(page.getByTestId('tile-error')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Tableau de bord (chef de brigade)');
    await screenshot(page, 'supervisor-dashboard');

    // The footage nearest its overwrite opens the register, where it comes first too.
    const first = page.getByTestId('footage-request').first();
    const code = (await first.innerText()).split(' · ')[0].trim();
    await first.click();
    await expect(page).toHaveURL(/\/videoprotection\/requisitions$/);
    await expect(page.getByTestId('footage-camera').first()).toHaveText(code);
    await expectNoSeriousA11yViolations(page, 'Réquisitions d’images');

    // The cameras' deployment opens the video-protection page.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Tableau de bord' })
      .click();
    await page.getByTestId('tile-deployment').getByRole('link', { name: 'Voir' }).click();
    await expect(page).toHaveURL(/\/videoprotection$/);
    await expect(page.getByRole('heading', { name: 'Vidéoprotection', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Vidéoprotection');
  });
});
