import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, mondayOf, todayInParis } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

/**
 * Issue 23 point 5: a firearm training lapse (last calendar year) is a flag for the chief, who
 * records the préfet's decision from the agent's page; a suspension voids the permit.
 */
test.describe('firearm training lapses and the préfet’s decision', () => {
  test('the chief sees the lapse on the dashboard and records the suspension from the agent’s page', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    const tile = page.getByTestId('tile-qualifications');
    const leclercq = tile.getByTestId('firearm-lapse').filter({ hasText: 'Antoine Leclercq' });
    await expect(leclercq).toContainText('décision à enregistrer');
    await expect(tile.getByTestId('firearm-lapse').filter({ hasText: 'Maxime Caron' })).toContainText(
      'suspendu',
    );
    await leclercq.click();

    const flag = page.getByTestId('firearm-flag');
    await expect(flag).toContainText('Décision du préfet à enregistrer');
    await expect(flag).toContainText(
      '1 séance et 30 cartouches (2 séances et 50 cartouches requises par an)',
    );
    await expect(page.getByTestId('firearm-line')).toContainText('port d’arme valide');
    // Behind on his continuing training (none done since his hire), and each weapon's year.
    const continuing = page.getByTestId('continuing-training');
    await expect(continuing).toContainText('0 jour sur 10');
    await expect(continuing).toContainText('En retard');
    await expect(continuing).toContainText(/Échéance le \d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByTestId('weapon-training').first()).toContainText(/requises/);
    await screenshot(page, 'firearm-flag-desktop', { whole: true });

    await page.getByTestId('record-decision').click();
    const dialog = page.getByRole('dialog', { name: 'Décision du préfet sur le port d’arme' });
    // Opened (its fields drawn) before the chief sends it empty.
    await expect(dialog.getByTestId('decision-reference')).toBeVisible();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog.getByText('Choisissez la décision du préfet.')).toBeVisible();
    await expect(dialog.getByText('La référence de la décision est obligatoire.')).toBeVisible();
    await dialog.getByRole('radio', { name: 'Port d’arme suspendu' }).check();
    await dialog.getByTestId('decision-reference').fill('Arrêté préfectoral n° 2026-417');
    await dialog.getByLabel('Note').fill('Une séance manquée l’an dernier.');
    await expectNoSeriousA11yViolations(page, 'Décision du préfet');
    await screenshot(page, 'firearm-decision-dialog-desktop');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog).toBeHidden();

    await expect(flag).toContainText('Port d’arme suspendu par le préfet depuis le');
    await expect(page.getByTestId('firearm-line')).toContainText('port d’arme suspendu par le préfet');
    await expect(page.getByTestId('firearm-decisions')).toContainText('Arrêté préfectoral n° 2026-417');
    const url = page.url();

    // The suspension voids his permit: the roster check now names his armed shifts of next week,
    // and the chief takes him off them (the other journeys read that week's draft as the demo has it).
    const leclercqId = /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(url)![0];
    const monday = addDays(mondayOf(todayInParis()), 7);
    const check = await api.get<{ violations: { agentId?: string; shiftId?: string }[] }>(
      `/api/roster/check?from=${monday}&to=${addDays(monday, 6)}`,
    );
    for (const shiftId of new Set(
      check.violations.filter((v) => v.agentId === leclercqId && v.shiftId).map((v) => v.shiftId!),
    )) {
      expect(await api.send('delete', `/api/shifts/${shiftId}/assignments/${leclercqId}`)).toBe(204);
    }

    const phone = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, 'chef');
    // Signed in (argon2: seconds on a loaded machine) before going to the agent's page.
    await expect(phone.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });
    // The tile on a phone: one line per person, Leclercq among them, nothing wider than the screen.
    const phoneTile = phone.getByTestId('tile-qualifications');
    await phoneTile.scrollIntoViewIfNeeded();
    await expect(phoneTile.locator('[data-alert]').filter({ hasText: 'Antoine Leclercq' })).toBeVisible();
    await screenshot(phone, 'qualifications-tile-phone');
    await phone.goto(url);
    await expect(phone.getByTestId('firearm-flag')).toContainText('suspendu');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'firearm-flag-phone', { whole: true });
    await phone.getByTestId('record-decision').click();
    await expect(phone.getByRole('dialog')).toBeVisible();
    await screenshot(phone, 'firearm-decision-dialog-phone');
    await phone.context().close();
  });
});
