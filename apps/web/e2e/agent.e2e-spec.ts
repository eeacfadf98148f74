import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, longDay, parisDate, parisTime, Shift, todayInParis } from './support/planning';
import { screenshot, signIn } from './support/screens';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/**
 * The chief takes Julien off his next published shift and puts him back (through the API, so that
 * this journey stands alone): two changes Julien has not read yet. When the published week holds no
 * shift of his still to come (a Sunday: the demo publishes the current week), the chief first calls
 * him in on a published shift still to come or under way (late on Sunday only the night patrol
 * is left, begun at 21:00), freeing him from the draft shifts the 11 h rest would forbid after it;
 * a shift the rules refuse him is skipped. `restore` puts the roster back as it was.
 */
async function changeNextShift(
  chief: Api,
  agentId: string,
): Promise<{ shift: Shift; restore: () => Promise<void> }> {
  const today = todayInParis();
  const week = await chief.shifts(today, addDays(today, 7));
  const mine = (s: Shift) => s.assignments.some((a) => a.agentId === agentId);
  const now = Date.now();
  // Those still to start first, then those under way: the home shows both (today's included).
  const open = week
    .filter((s) => s.published && Date.parse(s.endsAt) > now)
    .sort(
      (a, b) =>
        Number(Date.parse(b.startsAt) > now) - Number(Date.parse(a.startsAt) > now) ||
        a.startsAt.localeCompare(b.startsAt),
    );
  let next = open.find(mine);
  let restore = (): Promise<void> => Promise.resolve();
  for (const candidate of next ? [] : open) {
    const freed = week.filter(
      (s) =>
        !s.published &&
        mine(s) &&
        Date.parse(s.startsAt) >= Date.parse(candidate.endsAt) &&
        Date.parse(s.startsAt) < Date.parse(candidate.endsAt) + 11 * 3_600_000,
    );
    for (const draft of freed) {
      expect(await chief.send('delete', `/api/shifts/${draft.id}/assignments/${agentId}`)).toBe(204);
    }
    const putBack = async (): Promise<void> => {
      for (const draft of freed) {
        expect(await chief.send('put', `/api/shifts/${draft.id}/assignments/${agentId}`)).toBe(200);
      }
    };
    if ((await chief.send('put', `/api/shifts/${candidate.id}/assignments/${agentId}`)) !== 200) {
      await putBack();
      continue;
    }
    next = candidate;
    restore = async () => {
      expect(await chief.send('delete', `/api/shifts/${candidate.id}/assignments/${agentId}`)).toBe(204);
      await putBack();
    };
    break;
  }
  expect(next, 'un créneau publié à venir ou en cours dans la semaine publiée').toBeDefined();
  expect(await chief.send('delete', `/api/shifts/${next!.id}/assignments/${agentId}`)).toBe(204);
  expect(await chief.send('put', `/api/shifts/${next!.id}/assignments/${agentId}`)).toBe(200);
  return { shift: next!, restore };
}

test.describe('an agent on his phone', () => {
  let restoreRoster = (): Promise<void> => Promise.resolve();
  test.afterEach(async () => {
    await restoreRoster();
    restoreRoster = () => Promise.resolve();
  });

  test('reads his home — next shifts, changes to mark read, absences — and his schedule, then only what an agent may open', async ({
    page,
    request,
  }) => {
    const chief = await Api.signIn(request, 'chef');
    const [julien] = (await chief.get<{ items: { id: string }[] }>('/api/agents?q=Lefebvre')).items;
    const { shift, restore } = await changeNextShift(chief, julien.id);
    // Whatever happens below, the roster is put back for the journeys that follow.
    restoreRoster = restore;
    const day = longDay(parisDate(shift.startsAt));
    const times = `${parisTime(shift.startsAt)}–${parisTime(shift.endsAt)}`;

    await signIn(page, 'agent');
    await expect(page).toHaveTitle('Accueil — Vigie');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');

    // Logging an incident is one tap away, at the top.
    const logIncident = page.getByTestId('home-new-incident');
    await expect(logIncident).toBeInViewport();
    await expect(logIncident).toHaveAttribute('href', '/main-courante/nouvelle');
    await expect(logIncident).toContainText('Nouvelle main courante');

    // His next published shifts, the changed one among them.
    const homeDay = page.getByTestId('home-day').filter({ hasText: day });
    await expect(homeDay.getByTestId('home-shift').filter({ hasText: shift.label })).toContainText(times);

    // The changes to his published shifts, with their unread badge.
    const badge = page.getByTestId('unread-badge');
    await expect(badge).toHaveText(/^\d+$/);
    expect(Number(await badge.innerText())).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('home-unread')).toHaveAccessibleName(/^\d+ modifications non lues$/);
    const changes = page.getByTestId('roster-change');
    await expect(changes.filter({ hasText: `Retiré de ${shift.label}` }).first()).toHaveClass(/unread/);

    // His absence requests.
    await expect(page.getByTestId('home-absence').first()).toContainText('Congé annuel');
    await expectNoSeriousA11yViolations(page, 'Accueil agent (téléphone)');
    await screenshot(page, 'agent-home-phone');

    // « Marquer comme lu »: the badge goes, and stays gone.
    await page.getByTestId('home-unread').click();
    await expect(page.getByTestId('mark-read')).toBeInViewport();
    await screenshot(page, 'agent-home-changes-phone');
    await page.getByTestId('mark-read').click();
    await expect(badge).toHaveCount(0);
    await expect(page.getByTestId('home-unread')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('roster-change').first()).toBeVisible();
    await expect(badge).toHaveCount(0);

    // The menu: only what an agent may open.
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link', { name: 'Accueil' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Mon planning' })).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Tableau de bord' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Planning', exact: true })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Absences' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Comptes', exact: true })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Effectif' })).toHaveCount(0);
    await expect(navigation.getByRole('link', { name: 'Recrutement' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Menu (téléphone)');
    await screenshot(page, 'agent-menu-phone');

    // His schedule: the same shift, day by day.
    await navigation.getByRole('link', { name: 'Mon planning' }).click();
    await expect(page.getByRole('heading', { name: 'Mon planning', level: 1 })).toBeVisible();
    const myDay = page.getByTestId('my-day').filter({ hasText: day });
    await expect(myDay.getByTestId('my-shift').filter({ hasText: shift.label })).toContainText(times);
    await expectNoSeriousA11yViolations(page, 'Mon planning (téléphone)');
    await screenshot(page, 'agent-schedule-phone');

    // Pages his roles do not allow lead home.
    for (const path of ['/comptes', '/effectif', '/recrutement']) {
      await page.goto(path);
      await expect(page.getByTestId('greeting')).toBeVisible();
    }

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Mot de passe' }).click();
    await expect(page.getByRole('heading', { name: 'Mot de passe' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Mot de passe (téléphone)');
    await screenshot(page, 'agent-password-phone');
  });
});
