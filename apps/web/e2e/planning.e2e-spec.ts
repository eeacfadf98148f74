import { expect, test } from '@playwright/test';

import {
  addDays,
  Api,
  drag,
  longDay,
  mondayOf,
  parisDate,
  parisTime,
  todayInParis,
} from './support/planning';
import { screenshot, signIn } from './support/screens';

test.use({ viewport: { width: 1440, height: 900 } });

test.describe('the chief plans next week', () => {
  test('checks the draft, is refused a shift that breaks the 11 h rest, fixes the deliberate violation, publishes', async ({
    page,
  }) => {
    const thisMonday = mondayOf(todayInParis());
    const monday = addDays(thisMonday, 7);
    const tuesday = addDays(monday, 1);
    const wednesday = addDays(monday, 2);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');

    // This week, as the demo has it: published.
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await navigation.getByRole('link', { name: 'Planning', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Planning', level: 1 })).toBeVisible();
    await expect(page.getByTestId('publication-state')).toContainText(
      /Publiée le \d\d\/\d\d à \d\d:\d\d par chef/,
    );

    // Next week: a draft (another journey may have published its last days already).
    await page.getByRole('button', { name: 'Semaine suivante' }).click();
    await expect(page).toHaveURL(new RegExp(`semaine=${monday}`));
    await expect(page.getByTestId('publication-state')).toContainText(/Brouillon|le reste en brouillon/);
    await expect(page.getByTestId(`slots-${monday}`).locator('[data-code]')).not.toHaveCount(0);
    // The uncovered Saturday night says what it misses.
    const saturdayNight = page.getByTestId(`slots-${addDays(monday, 5)}`).locator('[data-code="NUIT"]');
    await expect(saturdayNight.getByTestId('coverage')).toHaveText('0/2');
    await screenshot(page, 'planning-week');

    // « Vérifier »: the deliberate rest violation, an agent on a night then on the next morning.
    await page.getByTestId('verify').click();
    const panel = page.getByTestId('check-panel');
    const rest = panel
      .getByTestId('violation')
      .filter({ hasText: /^\s*Repos de \d+ h entre le .* : 11 h minimum/ });
    await expect(rest).toHaveCount(1);
    // The demo's draft breaks exactly one rule, on purpose.
    await expect(panel.getByTestId('check-summary')).toContainText('1 règle enfreinte');
    await rest.click();
    // The grid brings the agent's shift into view, outlined.
    await expect(page.locator('vg-roster-grid .hl')).toBeInViewport();
    await page.waitForTimeout(400);
    await screenshot(page, 'planning-violations');

    // The agents involved, from the API: the deliberate one works Tuesday night and Wednesday morning;
    // another works Monday night, whom the Tuesday morning would leave 1 h of rest.
    const shifts = await api.shifts(monday, addDays(monday, 6));
    const on = (date: string, code: string) =>
      shifts.find((shift) => shift.typeCode === code && parisDate(shift.startsAt) === date)!;
    const tuesdayNight = on(tuesday, 'NUIT');
    const wednesdayMorning = on(wednesday, 'MATIN');
    const tuesdayMorning = on(tuesday, 'MATIN');
    const offender = wednesdayMorning.assignments.find((a) =>
      tuesdayNight.assignments.some((b) => b.agentId === a.agentId),
    )!;
    expect(offender).toBeDefined();
    const sleeper = on(monday, 'NUIT').assignments.find(
      (a) => !tuesdayMorning.assignments.some((b) => b.agentId === a.agentId),
    )!;

    // Dragging the Tuesday morning onto him: the browser says no at once, the API refuses, nothing changes.
    const cell = page.getByTestId(`cell-${sleeper.agentId}-${tuesday}`);
    await drag(page, page.getByTestId(`slot-${tuesdayMorning.id}`), cell, async () => {
      await expect(cell).toHaveClass(/drop-refused/);
      await expect(page.getByTestId('drag-hint')).toContainText(
        'ne peut pas prendre « Patrouille du matin »',
      );
      await expect(page.getByTestId('drag-hint')).toContainText(/Repos de 1 h .* : 11 h minimum/);
    });
    const feedback = page.getByTestId('assign-feedback');
    await expect(feedback).toContainText(
      `Affectation refusée : ${sleeper.agentName} sur Patrouille du matin`,
    );
    await expect(feedback).toContainText(`Repos de 1 h entre le`);
    await expect(feedback).toContainText(`11 h minimum (${sleeper.agentName})`);
    await expect(page.getByTestId(`assigned-${tuesdayMorning.id}-${sleeper.agentId}`)).toHaveCount(0);

    // The fix: the offender leaves the Wednesday morning.
    const block = page.getByTestId(`assigned-${wednesdayMorning.id}-${offender.agentId}`);
    await block.hover();
    await block.getByTestId('unassign').click();
    await expect(feedback).toContainText(`${offender.agentName} retiré de Patrouille du matin`);
    await expect(block).toHaveCount(0);

    // The panel follows the change: no violation left, warnings only.
    await expect(panel.getByTestId('check-summary')).toContainText('Aucune règle enfreinte');
    await expect(panel.getByTestId('violation')).toHaveCount(0);

    // « Publier »: asked first, with what the week does to each agent's time account, then published.
    await page.getByTestId('publish').click();
    const lines = page.getByRole('dialog').getByTestId('confirm-lines').locator('li');
    await expect(lines.first()).toContainText(/\+\d+(,\d)? h → solde [+−]?\d+(,\d)? h/);
    await screenshot(page, 'planning-publish-accounts');
    // The same question on a phone: every agent's line readable, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(lines.first()).toBeVisible();
    expect((await page.getByRole('dialog').boundingBox())!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'planning-publish-accounts-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('dialog').getByTestId('confirm').click();
    await expect(page.getByTestId('publication-state')).toContainText(
      /Publiée le \d\d\/\d\d à \d\d:\d\d par chef/,
    );
    await page.locator('mat-snack-bar-container').getByRole('button', { name: 'OK' }).click();

    // The week on paper: A4 landscape, agents × days, no navigation.
    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('vg-print-week')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.locator('vg-print-week')).toContainText(
      offender.agentName.split(' ').reverse().join(' '),
    );
    await screenshot(page, 'planning-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1440, height: 900 });

    // The absences: the pending requests, and the chief's answer to one.
    await navigation.getByRole('link', { name: 'Absences' }).click();
    await expect(page.getByRole('heading', { name: 'Absences', level: 1 })).toBeVisible();
    const training = page.getByTestId('absence-row').filter({ hasText: 'Antoine Leclercq' });
    await expect(training).toContainText('Formation');
    await expect(training.getByTestId('absence-status')).toHaveText('Demandée');
    await screenshot(page, 'absences');
    await training.getByTestId('approve').click();
    await page.getByRole('dialog').getByTestId('decision-confirm').click();
    await expect(training.getByTestId('absence-status')).toHaveText('Acceptée');

    // Julien's first shift of the week the chief published (his token stops working at sign-out).
    const [julien] = (await api.get<{ items: { id: string }[] }>('/api/agents?q=Lefebvre')).items;
    const published = (await api.shifts(monday, wednesday)).find((shift) =>
      shift.assignments.some((a) => a.agentId === julien.id),
    );
    expect(published, 'Julien works early next week in the demo').toBeDefined();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/connexion/);

    // The agent, on his phone, finds the week the chief published in « Mon planning ».
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'agent');
    // Signed in before leaving the page (else the sign-in request is cut short).
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await page.goto('/mon-planning');
    const day = page.getByTestId('my-day').filter({ hasText: longDay(parisDate(published!.startsAt)) });
    await expect(day.getByTestId('my-shift').filter({ hasText: published!.label })).toContainText(
      `${parisTime(published!.startsAt)}–${parisTime(published!.endsAt)}`,
    );
  });
});
