import { expect, test } from '@playwright/test';
import type { SchoolCalendarResponse, ShiftTypeResponse } from '@vigie/shared';

import { addDays, Api, mondayOf, todayInParis } from './support/planning';
import { expectSnack, screenshot, signIn } from './support/screens';

/**
 * The school days of a week, worked out here from the calendar the API holds (an oracle apart
 * from the rule the app runs): Monday to Friday, not a public holiday, inside the span the
 * calendar knows, outside its holiday periods.
 */
function schoolDays(monday: string, calendar: SchoolCalendarResponse): string[] {
  const starts = calendar.periods.map((period) => period.start).sort();
  const ends = calendar.periods.map((period) => period.end).sort();
  const holidays = new Set(calendar.publicHolidays.map((holiday) => holiday.date));
  return [0, 1, 2, 3, 4]
    .map((offset) => addDays(monday, offset))
    .filter(
      (day) =>
        !holidays.has(day) &&
        day >= starts[0] &&
        day <= ends[ends.length - 1] &&
        !calendar.periods.some((period) => period.start <= day && day <= period.end),
    );
}

test.describe('the chief manages shift types', () => {
  test('creates a Monday–Friday school-days type, generates a week and sees it on school days only', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');

    // From the planning's toolbar to the list of types.
    await page.goto('/planning');
    await page.getByTestId('shift-types-link').click();
    await expect(page.getByRole('heading', { name: 'Types de créneaux', level: 1 })).toBeVisible();
    await expect(page.getByTestId('calendar-note')).toContainText('Calendrier scolaire (Zone B) connu');
    await expect(page.getByTestId('type-ECOLE')).toContainText('jours d’école');
    await expect(page.getByTestId('type-NUIT')).toContainText('Chef de service principal de 2e classe');
    await screenshot(page, 'shift-types');

    // The new type: the form says at once what it will do.
    await page.getByTestId('new-type').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('type-code').fill('ECOLE_CANTELEU');
    await dialog.getByTestId('type-label').fill('Sortie d’école Canteleu');
    await dialog.getByTestId('type-start').fill('16:15');
    await dialog.getByTestId('type-end').fill('17:00');
    await expect(dialog.getByTestId('type-duration')).toHaveText('0 h 45');
    // Saturday and Sunday off: Monday to Friday.
    await dialog.getByTestId('type-weekdays').getByText('sam', { exact: true }).click();
    await dialog.getByTestId('type-weekdays').getByText('dim', { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /Jours d’école seulement/ }).check();
    await dialog.getByRole('checkbox', { name: 'Aussi les jours fériés' }).uncheck();
    await dialog.getByTestId('type-categories').getByText('ASVP', { exact: true }).click();
    await expect(dialog.getByTestId('type-feedback')).toContainText(
      /Tourne \d+ jours? sur les 4 prochaines semaines : du lundi au vendredi, jours d’école seulement, sauf jours fériés\./,
    );
    // A bad time is said in French, next to the field, and nothing is sent.
    await dialog.getByTestId('type-end').fill('25:00');
    await dialog.getByTestId('type-save').click();
    await expect(dialog.getByText('Une heure hh:mm, de 00:00 à 23:59.')).toBeVisible();
    await dialog.getByTestId('type-end').fill('17:00');
    await screenshot(page, 'shift-type-dialog');
    await dialog.getByTestId('type-save').click();
    await expect(dialog).toBeHidden();
    const card = page.getByTestId('type-ECOLE_CANTELEU');
    await expect(card).toContainText('du lundi au vendredi · jours d’école · sauf fériés');

    // Six weeks ahead (no other journey writes there): generated, the type appears on its school days.
    const monday = addDays(mondayOf(todayInParis()), 42);
    const calendar = await api.get<SchoolCalendarResponse>('/api/school-calendar');
    const expected = schoolDays(monday, calendar);
    await page.goto(`/planning?semaine=${monday}`);
    await expect(page.getByTestId('publication-state')).toContainText('Brouillon');
    await page.getByTestId('generate').click();
    const message = page.locator('mat-snack-bar-container');
    await expect(message).toContainText(/\d+ créneaux? créés?/);
    const created = Number(/(\d+) créneaux? créés?/.exec((await message.textContent()) ?? '')![1]);
    const shifts = await api.shifts(monday, addDays(monday, 6));
    // A fresh week: everything generated was created now, and said so.
    expect(created).toBe(shifts.length);
    const ours = shifts.filter((shift) => shift.typeCode === 'ECOLE_CANTELEU');
    expect(ours.map((shift) => shift.startsAt.slice(0, 10))).toEqual(expected);
    for (const day of [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(monday, offset))) {
      await expect(page.getByTestId(`slots-${day}`).locator('[data-code="ECOLE_CANTELEU"]')).toHaveCount(
        expected.includes(day) ? 1 : 0,
      );
    }

    // Generating again creates nothing and says so.
    await page.getByTestId('generate').click();
    await expect(message.last()).toContainText(`Aucun créneau créé, ${shifts.length} déjà présents.`);

    // Archived, it is no longer generated (its shifts stay).
    await page.goto('/planning/types');
    await page.getByTestId('archive-ECOLE_CANTELEU').click();
    await expect(page.getByRole('list', { name: 'Types de créneaux archivés' })).toContainText(
      'Sortie d’école Canteleu',
    );
    const types = await api.get<{ items: ShiftTypeResponse[] }>('/api/shift-types');
    expect(types.items.find((type) => type.code === 'ECOLE_CANTELEU')?.active).toBe(false);
    expect(
      (await api.shifts(monday, addDays(monday, 6))).filter((s) => s.typeCode === 'ECOLE_CANTELEU'),
    ).toHaveLength(expected.length);
  });

  test('reads and edits a type on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'chef');
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    await page.goto('/planning/types');
    await expect(page.getByTestId('type-NUIT')).toBeVisible();
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'shift-types-phone');
    await page.getByTestId('edit-NUIT').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('type-feedback')).toContainText('tous les jours');
    await screenshot(page, 'shift-type-dialog-phone');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the chief reads the service’s school calendar and is told of an overlap before anything is sent, on a computer and a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    const calendar = await api.get<SchoolCalendarResponse>('/api/school-calendar');
    expect(calendar.zone).toBe('B');
    await page.goto('/planning/types');
    await page.getByTestId('school-calendar-edit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Calendrier scolaire' })).toBeVisible();
    await expect(dialog.getByTestId('school-calendar-zone')).toContainText('Zone B');
    await expect(dialog.getByTestId('school-period-row')).toHaveCount(calendar.periods.length);
    await screenshot(page, 'school-calendar');

    // A bridge starting on the first period's last day: said on its row, nothing sent.
    const first = calendar.periods[0];
    const french = (iso: string) => iso.split('-').reverse().join('/');
    await dialog.getByTestId('school-period-add').click();
    const added = dialog.getByTestId('school-period-row').last();
    await added.getByTestId('school-period-label').fill('Pont');
    await added.getByTestId('school-period-start').fill(french(first.end));
    await added.getByTestId('school-period-end').fill(french(first.end));
    await dialog.getByTestId('school-calendar-save').click();
    await expect(added.getByTestId('school-period-overlap')).toContainText(
      `Chevauche la période « ${first.label} ».`,
    );
    await screenshot(page, 'school-calendar-overlap');
    expect((await api.get<SchoolCalendarResponse>('/api/school-calendar')).periods).toEqual(calendar.periods);

    // Without it, the calendar is saved as it was and the page says so.
    await added.getByTestId('school-period-remove').click();
    await dialog.getByTestId('school-calendar-save').click();
    await expect(dialog).toBeHidden();
    await expectSnack(page, 'Calendrier scolaire enregistré.');
    await expect(page.getByTestId('calendar-note')).toContainText('Calendrier scolaire (Zone B) connu');
    expect(await api.get<SchoolCalendarResponse>('/api/school-calendar')).toEqual(calendar);

    // On a phone the rows stack, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('school-calendar-edit').click();
    await expect(dialog.getByTestId('school-period-row').first()).toBeVisible();
    const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'school-calendar-phone');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toBeHidden();
  });
});
