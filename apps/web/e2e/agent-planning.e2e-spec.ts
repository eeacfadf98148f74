import { expect, test } from '@playwright/test';

import {
  addDays,
  Api,
  longDay,
  mondayOf,
  parisDate,
  parisTime,
  Shift,
  todayInParis,
} from './support/planning';
import { screenshot, signIn } from './support/screens';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/**
 * The chief publishes the end of next week first (through the API, so that this journey stands
 * alone): Thursday to Sunday hold no broken rule in the demo, unlike Tuesday and Wednesday, which
 * the chief's own journey fixes. Julien gets one shift there at least, and a change after publication.
 */
async function publishEndOfNextWeek(chief: Api, agentId: string): Promise<Shift> {
  const thursday = addDays(mondayOf(todayInParis()), 10);
  const sunday = addDays(thursday, 3);
  const mine = (shifts: Shift[]) => shifts.filter((s) => s.assignments.some((a) => a.agentId === agentId));
  let shifts = await chief.shifts(thursday, sunday);
  if (mine(shifts).length === 0) {
    for (const shift of shifts.filter((s) => s.typeCode === 'MATIN' || s.typeCode === 'APREM')) {
      if ((await chief.send('put', `/api/shifts/${shift.id}/assignments/${agentId}`)) === 200) break;
    }
    shifts = await chief.shifts(thursday, sunday);
  }
  const [shift] = mine(shifts);
  expect(shift).toBeDefined();
  expect(await chief.send('post', '/api/roster/publish', { from: thursday, to: sunday })).toBe(200);
  // A change to a published shift is shown to the agent: taken off, then put back.
  expect(await chief.send('delete', `/api/shifts/${shift.id}/assignments/${agentId}`)).toBe(204);
  expect(await chief.send('put', `/api/shifts/${shift.id}/assignments/${agentId}`)).toBe(200);
  return shift;
}

test.describe('an agent and his planning, on his phone', () => {
  test('sees his published shifts and their changes, requests an absence, gets his calendar link', async ({
    page,
    request,
  }) => {
    const chief = await Api.signIn(request, 'chef');
    const [julien] = (await chief.get<{ items: { id: string }[] }>('/api/agents?q=Lefebvre')).items;
    const shift = await publishEndOfNextWeek(chief, julien.id);

    await signIn(page, 'agent');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveText([
      /Accueil$/,
      /Mon planning$/,
      /Main courante$/,
      /Vidéoprotection$/,
    ]);
    await navigation.getByRole('link', { name: 'Mon planning' }).click();
    await expect(page.getByRole('heading', { name: 'Mon planning', level: 1 })).toBeVisible();

    // His published shifts, day by day, next week's included.
    const day = page.getByTestId('my-day').filter({ hasText: longDay(parisDate(shift.startsAt)) });
    await expect(day.getByTestId('my-shift').filter({ hasText: shift.label })).toContainText(
      `${parisTime(shift.startsAt)}–${parisTime(shift.endsAt)}`,
    );
    await expect(page.getByTestId('my-day').first()).toBeVisible();

    // The changes to his published shifts, unread first, then read.
    const changes = page.getByTestId('roster-change');
    await expect(changes.filter({ hasText: `Ajouté à ${shift.label}` }).first()).toHaveClass(/unread/);
    await expect(changes.filter({ hasText: `Retiré de ${shift.label}` }).first()).toBeVisible();
    await screenshot(page, 'my-planning-phone');
    await page.getByTestId('mark-read').click();
    await expect(page.getByTestId('unread-count')).toHaveCount(0);
    await expect(changes.first()).not.toHaveClass(/unread/);

    // An absence request: an RTT day five weeks ahead.
    const day35 = addDays(mondayOf(todayInParis()), 35);
    const typed = `${day35.slice(8, 10)}/${day35.slice(5, 7)}/${day35.slice(0, 4)}`;
    await page.getByTestId('request-absence').click();
    await page.getByRole('combobox', { name: /Motif/ }).click();
    await page.getByRole('option', { name: 'RTT' }).click();
    await page.getByTestId('absence-from').fill(typed);
    await page.getByTestId('absence-to').fill(typed);
    await page.getByTestId('absence-note').fill('Rendez-vous médical');
    await page.getByTestId('absence-submit').click();
    const request35 = page.getByTestId('my-absence').filter({ hasText: 'Rendez-vous médical' });
    await expect(request35).toContainText('RTT');
    await expect(request35).toContainText(`le lun. ${typed.slice(0, 5)}`);
    await expect(request35.getByTestId('absence-status')).toHaveText('Demandée');

    // The calendar link: a private address that serves his published shifts.
    await page.getByTestId('calendar-link').click();
    const address = page.getByTestId('calendar-url');
    await expect(address).toHaveText(/\/api\/calendar\/[\w-]+\.ics$/);
    const feed = await request.get(new URL((await address.innerText()).trim()).pathname);
    expect(feed.status()).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:${shift.label}`);
    await expect(page.getByTestId('copy-calendar-url')).toBeVisible();
    await address.scrollIntoViewIfNeeded();
    await screenshot(page, 'my-planning-calendar-phone');
  });
});
