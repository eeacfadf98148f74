import { expect, test } from '@playwright/test';

import { addDays, mondayOf, todayInParis } from './support/planning';
import { screenshot, signIn } from './support/screens';

/** `YYYY-MM-DD` as typed in a French date field. */
const frenchDate = (iso: string): string => iso.split('-').reverse().join('/');

test.describe('the chief plans with a work cycle', () => {
  test('defines a cycle for the parking brigade, rolls it out over a month and reads the report', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, 'chef');
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');

    await page.goto('/planning');
    await page.getByTestId('cycles-link').click();
    await expect(page.getByRole('heading', { name: 'Cycles de travail' })).toBeVisible();

    // Five days of parking patrol then two of rest, from a Monday.
    const monday = addDays(mondayOf(todayInParis()), 7);
    await page.getByTestId('cycle-name').fill('Stationnement 5/2');
    await page.getByTestId('cycle-start').fill(frenchDate(monday));
    await page.getByTestId('cycle-length').fill('7');
    for (let day = 1; day <= 5; day++)
      await page.getByTestId(`cycle-day-${day}`).selectOption({ label: 'STAT' });
    await expect(page.getByTestId('cycle-hours')).toContainText('Soit 40 h par semaine en moyenne.');
    await page.getByTestId('cycle-brigade').click();
    await page.getByRole('option', { name: 'Stationnement' }).click();
    await page.getByTestId('save-cycle').click();
    await expect(page.locator('.cycle', { hasText: 'Stationnement 5/2' })).toContainText('40 h par semaine');

    // The default period is next month; the journeys after this one plan the coming weeks of the
    // demo, so the cycle goes four weeks of next summer: every weekday for the brigade's three agents.
    const summer = addDays(mondayOf(todayInParis()), 7 * 30);
    await page.getByTestId('rollout-from').fill(frenchDate(summer));
    await page.getByTestId('rollout-to').fill(frenchDate(addDays(summer, 27)));
    await page.getByTestId('rollout-to').blur();
    await page.getByTestId('rollout').click();
    const report = page.getByTestId('rollout-report');
    await expect(report).toContainText(/\d+ affectation\(s\) créée\(s\)/, { timeout: 60_000 });
    const created = Number((await report.locator('strong').innerText()).split(' ')[0]);
    expect(created).toBeGreaterThan(0);

    // A second roll-out writes nothing more.
    await page.getByTestId('rollout').click();
    await expect(report).toContainText(`0 affectation(s) créée(s), ${created} déjà en place`);

    // Next week's draft (the demo's) copied onto the week after: same report, with the rest the
    // demo's draft breaks on purpose refused and named.
    await page.getByTestId('copy-week').click();
    const copied = page.getByTestId('copy-report');
    await expect(copied).toContainText(/\d+ affectation\(s\) créée\(s\)/, { timeout: 60_000 });
    await expect(copied).toContainText('11 h minimum');
    await screenshot(page, 'cycles-desktop', { whole: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('rollout-from')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await screenshot(page, 'cycles-phone', { whole: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
});
