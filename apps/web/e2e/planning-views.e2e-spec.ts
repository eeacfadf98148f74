import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, mondayOf, todayInParis } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

/** « Décembre 2026 » */
function monthTitle(month: string): string {
  const text = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « mardi 15 décembre 2026 » */
function frenchLongDate(date: string): string {
  const day = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  })
    .format(new Date(`${date}T12:00:00Z`))
    .replace(/ 1 /, ' 1er ');
  return `${day} ${date.slice(0, 4)}`;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

test.describe('the planning’s other views', () => {
  test('the chief sees the month at a glance, moves a month, and prints it on one A4 page', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageFor(browser, baseURL, { viewport: { width: 1280, height: 900 } });
    const today = todayInParis();
    const month = today.slice(0, 7);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    const staff = (await api.get<{ items: { status: string }[] }>('/api/agents?limit=200')).items.filter(
      (agent) => agent.status !== 'DEPARTED',
    ).length;
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Planning', exact: true })
      .click();
    await expect(page.getByTestId('publication-state')).toBeVisible();

    await page.getByTestId('view-toggle').getByRole('radio', { name: 'Mois' }).click();
    await expect(page).toHaveURL(new RegExp(`vue=mois&mois=${month}`));
    await expect(page.getByTestId('week-title')).toHaveText(monthTitle(month));
    const grid = page.getByTestId('month-grid');
    await expect(grid).toBeVisible();
    // Every day of the month a column, today's marked; each agent of the service a row.
    const days = Number(
      new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate(),
    );
    await expect(grid.locator('thead th.day')).toHaveCount(days);
    await expect(page.getByTestId(`month-day-${today}`)).toHaveClass(/today/);
    await expect(grid.locator('tr[data-testid^="month-row-"]')).toHaveCount(staff);
    // This week's shifts (the demo's, published) show as codes in the agents' cells, their hours added up.
    const monday = mondayOf(today);
    const thisWeek = Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d) =>
      d.startsWith(month),
    );
    const codes = grid.locator(thisWeek.map((d) => `td[data-testid$="-${d}"] .code`).join(', '));
    await expect(codes.first()).toBeVisible();
    expect(await codes.count()).toBeGreaterThan(20);
    await expect(
      grid
        .getByTestId('month-hours')
        .filter({ hasText: /^[1-9]\d*(,5)?\u00a0h$/ })
        .first(),
    ).toBeVisible();
    // The coverage row: places filled of those needed, each day that has shifts.
    await expect(page.getByTestId(`month-coverage-${thisWeek[0]}`)).toHaveText(/^\s*\d+\/\d+\s*$/);
    await expect(page.getByTestId('publication-state')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Planning du mois');
    await screenshot(page, 'planning-month');

    // Next month, then back with the browser.
    await page.getByRole('button', { name: 'Mois suivant' }).click();
    await expect(page).toHaveURL(new RegExp(`mois=${nextMonth(month)}`));
    await expect(page.getByTestId('week-title')).toHaveText(monthTitle(nextMonth(month)));
    await page.goBack();
    await expect(page.getByTestId('week-title')).toHaveText(monthTitle(month));

    // Christmas and New Year's Day are public holidays, shaded apart from the weekends.
    const year = today.slice(0, 4);
    await page.goto(`/planning?vue=mois&mois=${year}-12`);
    await expect(page.getByTestId(`month-day-${year}-12-25`)).toHaveClass(/holiday/);
    await expect(page.getByTestId(`month-day-${year}-12-25`)).toHaveAttribute('title', /Noël/);
    await expect(page.getByTestId(`month-day-${year}-12-24`)).not.toHaveClass(/holiday/);

    // On paper: the month alone, landscape.
    await page.goto(`/planning?vue=mois&mois=${month}`);
    await expect(grid.locator('tr[data-testid^="month-row-"]')).toHaveCount(staff);
    // On a phone, the month scrolls within its box, the page keeps to the screen's width.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('view-week')).toHaveText('Jour');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.waitForTimeout(400); // The side navigation's closing, for the picture.
    await screenshot(page, 'planning-month-phone');

    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    const paper = page.locator('vg-print-month');
    await expect(paper).toBeVisible();
    await expect(paper.locator('h1')).toHaveText(`Planning — ${monthTitle(month)}`);
    await expect(paper.locator('tbody tr:not(.group)')).toHaveCount(staff);
    await expect(page.getByTestId('month-grid')).toBeHidden();
    await screenshot(page, 'planning-month-print');
    // Printed, the whole month fits one A4 landscape sheet.
    const pdf = await page.pdf({ landscape: true, format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.context().close();
  });

  test('the supervisor on his phone plans a day at a time: moves a day, puts an agent on a shift', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    // Next week's Monday: a draft in the demo.
    const monday = addDays(mondayOf(todayInParis()), 7);
    const tuesday = addDays(monday, 1);
    await signIn(page, 'superviseur');
    await expect(page.getByTestId('greeting')).toContainText('Karim Benali');
    await page.goto(`/planning?jour=${monday}`);
    await expect(page.getByTestId('day-title')).toHaveText(frenchLongDate(monday));
    // One day, not the week's grid; the page holds within the phone's width.
    await expect(page.locator('vg-roster-grid')).toHaveCount(0);
    await expect(page.getByTestId('view-week')).toHaveText('Jour');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Jour suivant' }).click();
    await expect(page).toHaveURL(new RegExp(`jour=${tuesday}`));
    await expect(page.getByTestId('day-title')).toHaveText(frenchLongDate(tuesday));
    const cards = page.locator('[data-testid^="day-shift-"]');
    await expect(cards.first()).toBeVisible();

    // A swipe to the right goes back a day, one to the left forward again.
    const box = (await page.locator('vg-roster-day').boundingBox())!;
    const swipe = async (from: number, to: number) => {
      const y = box.y + 120;
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move(to, y + 6, { steps: 8 });
      await page.mouse.up();
    };
    await swipe(60, 330);
    await expect(page.getByTestId('day-title')).toHaveText(frenchLongDate(monday));
    await swipe(330, 60);
    await expect(page.getByTestId('day-title')).toHaveText(frenchLongDate(tuesday));

    // The morning shift: « Affecter » lists who is free; one of them is put on it.
    const morning = cards.filter({ has: page.locator('h3', { hasText: 'Patrouille du matin' }) }).first();
    await expect(morning).toBeVisible();
    const before = await morning.locator('[data-testid^="day-agent-"]').count();
    await morning.getByTestId('day-assign').click();
    const dialog = page.getByRole('dialog');
    const free = dialog.getByTestId('assign-choice').filter({ hasText: 'Disponible' }).first();
    const name = (await free.locator('.title').innerText()).trim();
    await free.getByRole('button', { name: 'Affecter' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('assign-feedback')).toContainText(`affecté à Patrouille du matin`);
    await expect(morning.locator('[data-testid^="day-agent-"]')).toHaveCount(before + 1);
    await expect(morning.locator('[data-testid^="day-agent-"]').filter({ hasText: name })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Planning du jour (téléphone)');
    await screenshot(page, 'planning-day-phone', { whole: true });

    // Its ✕ takes him off again: the draft is left as the demo has it for the journeys after this one.
    await morning
      .locator('[data-testid^="day-agent-"]')
      .filter({ hasText: name })
      .getByRole('button', { name: `Retirer ${name} de Patrouille du matin` })
      .click();
    await expect(page.getByTestId('assign-feedback')).toContainText(`retiré de Patrouille du matin`);
    await expect(morning.locator('[data-testid^="day-agent-"]')).toHaveCount(before);
    await page.context().close();
  });
});
