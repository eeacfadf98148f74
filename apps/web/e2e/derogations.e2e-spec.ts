import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, mondayOf, parisDate, Shift, todayInParis } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

const frenchDate = (iso: string): string => iso.split('-').reverse().join('/');

interface AgentPage {
  items: { id: string; firstName: string; lastName: string }[];
}

/**
 * Issue 22 point 9: a derogation (décret 2000-815 art. 3 II) is a record the chief writes, not a
 * switch: within its agents, dates, rule and limit, a violation becomes a warning that names it;
 * revoked, the rule is back.
 */
test.describe('derogations to the working-time guarantees', () => {
  test('the chief records a derogation to the daily rest, the roster check names it, its revocation restores the rule', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Sixteen weeks ahead: no other journey plans there.
    const monday = addDays(mondayOf(todayInParis()), 7 * 16);
    const tuesday = addDays(monday, 1);
    const wednesday = addDays(monday, 2);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');

    await api.write('post', '/api/shifts/generate', { from: monday, to: addDays(monday, 6) });
    const shifts: Shift[] = await api.shifts(monday, addDays(monday, 6));
    const on = (date: string, code: string) =>
      shifts.find((shift) => shift.typeCode === code && parisDate(shift.startsAt) === date)!;
    const night = on(tuesday, 'NUIT');
    const morning = on(wednesday, 'MATIN');
    const agents = await api.get<AgentPage>('/api/agents?limit=200');
    const benali = agents.items.find((agent) => agent.lastName === 'Benali')!;
    const assign = (shift: Shift) => api.send('put', `/api/shifts/${shift.id}/assignments/${benali.id}`, {});

    // The Tuesday night, then the Wednesday morning: 1 h of rest, refused by the standing rule.
    expect(await assign(night)).toBe(200);
    expect(await assign(morning)).toBe(422);

    // Planning → Dérogations.
    await page.goto(`/planning?semaine=${monday}`);
    await page.getByTestId('derogations-link').click();
    await expect(page.getByRole('heading', { name: 'Dérogations', level: 1 })).toBeVisible();
    await page.getByTestId('derogation-title').fill('Carnaval de Lomme');
    await page.getByTestId('derogation-kind').click();
    await page.getByRole('option', { name: 'Circonstances exceptionnelles (art. 3 II b)' }).click();
    await page.getByTestId('derogation-rule').click();
    await page.getByRole('option', { name: 'Repos quotidien', exact: true }).click();
    await page.getByTestId('derogation-limit').fill('1');
    // Empty, the field shows its label where a person clicks: the field opens its list.
    await page.locator('mat-form-field', { has: page.getByTestId('derogation-agents') }).click();
    await page.getByRole('option', { name: 'Karim Benali' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('derogation-from').fill(frenchDate(tuesday));
    await page.getByTestId('derogation-to').fill(frenchDate(wednesday));
    await page.getByTestId('derogation-decided-by').fill('Sophie Delattre, cheffe de service');
    await page
      .getByTestId('derogation-reason')
      .fill('Renfort de nuit puis ouverture du carnaval : circonstances exceptionnelles.');
    await expectNoSeriousA11yViolations(page, 'Dérogations');
    await page.getByTestId('derogation-save').click();

    const recorded = page.getByTestId('derogation').filter({ hasText: 'Carnaval de Lomme' });
    await expect(recorded).toContainText('En vigueur');
    await expect(recorded).toContainText(`Du ${frenchDate(tuesday)} au ${frenchDate(wednesday)}`);
    await expect(recorded).toContainText('Karim Benali');
    await expect(recorded).toContainText('1 h');
    await screenshot(page, 'derogations-desktop');

    // Within the derogation, the same morning is accepted, and the check names it as a warning.
    expect(await assign(morning)).toBe(200);
    await page.goto(`/planning?semaine=${monday}`);
    await page.getByTestId('verify').click();
    const panel = page.getByTestId('check-panel');
    await expect(panel.getByTestId('check-summary')).toContainText('Aucune règle enfreinte');
    await expect(panel).toContainText('dérogation « Carnaval de Lomme » : 1 h minimum');

    // Revoked: the record stays, with who and why; the rule is back.
    await page.goto('/planning/derogations');
    await recorded.getByTestId('revoke').click();
    await recorded.getByTestId('revoke-reason').fill('Carnaval reporté par la mairie.');
    await recorded.getByTestId('revoke-confirm').click();
    await expect(recorded).toContainText('Révoquée le');
    await expect(recorded).toContainText('Révoquée par Sophie Delattre : Carnaval reporté par la mairie.');

    await page.goto(`/planning?semaine=${monday}`);
    await page.getByTestId('verify').click();
    await expect(panel.getByTestId('check-summary')).toContainText('1 règle enfreinte');
    await expect(
      panel.getByTestId('violation').filter({ hasText: '11 h minimum (Karim Benali)' }),
    ).toHaveCount(1);

    // On the chief's phone, the record reads on one column.
    const phone = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, 'chef');
    await expect(phone.getByTestId('greeting')).toContainText('Sophie Delattre', { timeout: 20_000 });
    await phone.goto('/planning/derogations');
    await expect(phone.getByTestId('derogation').filter({ hasText: 'Carnaval de Lomme' })).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'derogations-phone', { whole: true });
    await phone.context().close();
  });
});
