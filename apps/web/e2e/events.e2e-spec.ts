import { expect, type Page, test } from '@playwright/test';

import { addDays, Api, mondayOf, parisDate, todayInParis } from './support/planning';
import { pageFor, PHONE, screenshot, signIn } from './support/screens';

/** `YYYY-MM-DD` as typed in a French date field. */
const frenchDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The shift of the grid with this label, on that day's « Créneaux » row. */
const slotOf = (page: Page, date: string, label: string) =>
  page.getByTestId(`slots-${date}`).locator('.slot-item', { hasText: label });

test.describe('the chief manages an event shift from the planning page', () => {
  test('creates « Fête de la Musique », changes its times, and deletes it staffed after confirming', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const monday = addDays(mondayOf(todayInParis()), 7);
    const saturday = addDays(monday, 5);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');

    // Next week, the demo's draft: « Nouveau créneau » on its Saturday, in the evening.
    await page.goto(`/planning?semaine=${monday}`);
    await expect(page.getByTestId(`slots-${monday}`).locator('[data-code]')).not.toHaveCount(0);
    await page.getByTestId('new-shift').click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau créneau' });
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('shift-save').click();
    // Nothing sent while the label is missing: said beside the field.
    await expect(dialog).toContainText('De 2 à 120 caractères.');
    await dialog.getByTestId('shift-label').fill('Fête de la Musique');
    await dialog.getByTestId('shift-type').click();
    await page.getByRole('option', { name: 'Marché du Bourg' }).click();
    await dialog.getByTestId('shift-date').fill(frenchDate(saturday));
    await dialog.getByTestId('shift-start').fill('18:00');
    await dialog.getByTestId('shift-end').fill('25:00');
    await expect(dialog).toContainText('Une heure hh:mm, de 00:00 à 23:59.');
    await dialog.getByTestId('shift-end').fill('01:00');
    await expect(dialog.getByTestId('shift-when')).toContainText(
      `Le ${frenchDate(saturday)}, de 18:00 à 01:00 le lendemain`,
    );
    await expect(dialog.getByTestId('shift-duration')).toHaveText('7 h, finit le lendemain');
    await dialog.getByTestId('shift-min').fill('3');
    await screenshot(page, 'event-dialog-desktop');
    await dialog.getByTestId('shift-save').click();
    await expect(
      page.locator('mat-snack-bar-container', {
        hasText: `Créneau « Fête de la Musique » créé le ${frenchDate(saturday)}.`,
      }),
    ).toBeVisible();
    const slot = slotOf(page, saturday, 'Fête de la Musique');
    await expect(slot).toContainText('18:00–01:00');
    await expect(slot.getByTestId('coverage')).toHaveText('0/3');

    // An agent on it (set up through the API): the first operational one free that evening (a
    // trainee would not count toward the minimum).
    const event = (await api.shifts(saturday, saturday)).find(
      (shift) => shift.label === 'Fête de la Musique',
    )!;
    expect(parisDate(event.startsAt)).toBe(saturday);
    const agents = (
      await api.get<{ items: { id: string; firstName: string; lastName: string; status: string }[] }>(
        '/api/agents?limit=200',
      )
    ).items.filter((agent) => agent.status === 'ACTIVE');
    let staffed: string | null = null;
    let staffedId = '';
    for (const agent of agents) {
      if ((await api.send('put', `/api/shifts/${event.id}/assignments/${agent.id}`)) === 200) {
        staffed = `${agent.firstName} ${agent.lastName}`;
        staffedId = agent.id;
        break;
      }
    }
    expect(staffed).not.toBeNull();
    await page.reload();
    await expect(slot.getByTestId('coverage')).toHaveText('1/3');
    await expect(page.getByTestId(`assigned-${event.id}-${staffedId}`)).toContainText('18:00–01:00');
    await screenshot(page, 'event-grid-desktop');

    // New times from the shift's menu: asked first, naming the agent who will be told.
    await slot.getByTestId(`slot-menu-${event.id}`).click();
    await page.getByTestId('slot-edit').click();
    const edit = page.getByRole('dialog', { name: 'Modifier « Fête de la Musique »' });
    await expect(edit.getByTestId('shift-staffed')).toHaveText(`Affectés : ${staffed}`);
    await edit.getByTestId('shift-start').fill('19:00');
    await edit.getByTestId('shift-end').fill('02:00');
    await edit.getByTestId('shift-save').click();
    const question = page.getByRole('dialog', { name: 'Changer les horaires de « Fête de la Musique » ?' });
    await expect(question).toContainText(
      `1 agent est affecté à ce créneau (${staffed}) : confirmez le changement d’horaires ; il en sera prévenu`,
    );
    await screenshot(page, 'event-confirm-move-desktop');
    await question.getByTestId('confirm').click();
    await expect(
      page.locator('mat-snack-bar-container', {
        hasText: 'Créneau « Fête de la Musique » modifié ; 1 agent prévenu.',
      }),
    ).toBeVisible();
    await expect(slot).toContainText('19:00–02:00');
    // His own cell moves with it.
    await expect(page.getByTestId(`assigned-${event.id}-${staffedId}`)).toContainText('19:00–02:00');

    // Deleted staffed: asked, naming the agent; « Annuler » first keeps it.
    await slot.getByTestId(`slot-menu-${event.id}`).click();
    await page.getByTestId('slot-delete').click();
    const removal = page.getByRole('dialog', { name: 'Supprimer « Fête de la Musique » ?' });
    await expect(removal).toContainText(
      `1 agent est affecté à ce créneau (${staffed}) : confirmez la suppression ; il en sera prévenu`,
    );
    await removal.getByRole('button', { name: 'Annuler' }).click();
    await expect(slot).toHaveCount(1);
    await slot.getByTestId(`slot-menu-${event.id}`).click();
    await page.getByTestId('slot-delete').click();
    await screenshot(page, 'event-confirm-delete-desktop');
    await removal.getByTestId('confirm').click();
    await expect(
      page.locator('mat-snack-bar-container', {
        hasText: 'Créneau « Fête de la Musique » supprimé ; 1 agent prévenu.',
      }),
    ).toBeVisible();
    await expect(slot).toHaveCount(0);
    expect((await api.shifts(saturday, saturday)).some((shift) => shift.id === event.id)).toBe(false);

    // On a phone: the day's cards carry the same menu, and the dialog fits a 390 px screen.
    const phone = await pageFor(browser, baseURL, { ...PHONE, viewport: { width: 390, height: 844 } });
    await signIn(phone, 'superviseur');
    await expect(phone.getByTestId('greeting')).toContainText('Karim Benali');
    await phone.goto(`/planning?jour=${saturday}`);
    const market = phone.locator('vg-roster-day .card', { hasText: 'Marché du Bourg' });
    await expect(market).toHaveCount(1);
    await phone.getByTestId('new-shift').click();
    const onPhone = phone.getByRole('dialog', { name: 'Nouveau créneau' });
    await onPhone.getByTestId('shift-label').fill('Cérémonie du 8 mai');
    await onPhone.getByTestId('shift-start').fill('10:00');
    await onPhone.getByTestId('shift-end').fill('12:30');
    await expect(onPhone.getByTestId('shift-duration')).toHaveText('2 h 30');
    await screenshot(phone, 'event-dialog-phone');
    const box = (await onPhone.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await onPhone.getByRole('button', { name: 'Annuler' }).click();
    await market.locator('.shift-menu').scrollIntoViewIfNeeded();
    await market.locator('.shift-menu').click();
    await phone.getByTestId('slot-edit').click();
    // « Modifier » opens the shift itself, its times filled in.
    const editing = phone.getByRole('dialog', { name: /^Modifier « Marché du Bourg/ });
    await expect(editing.getByTestId('shift-label')).toHaveValue(/Marché du Bourg/);
    await screenshot(phone, 'event-day-edit-phone');
    await editing.getByRole('button', { name: 'Annuler' }).click();
    await phone.context().close();
  });
});
