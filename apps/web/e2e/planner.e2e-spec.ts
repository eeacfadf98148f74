import { expect, Locator, test } from '@playwright/test';

import { addDays, Api, mondayOf, todayInParis } from './support/planning';
import { screenshot, signIn } from './support/screens';

/** A laptop's screen, the chief's usual one. */
const LAPTOP = { width: 1366, height: 768 };
test.use({ viewport: LAPTOP });

/** A search takes up to the server's time limit (10 s by default) on a shared 2-core machine. */
const SOLVE = { timeout: 45_000 };

/** `ghost-<shiftId>-<agentId>` → `<shiftId>-<agentId>`: the assignments a locator shows. */
async function pairsOf(blocks: Locator, prefix: string): Promise<string[]> {
  const ids = await blocks.evaluateAll((elements) =>
    elements.map((e) => e.getAttribute('data-testid') ?? ''),
  );
  return ids.map((id) => id.slice(prefix.length)).sort();
}

test.describe('the chief has a roster proposed', () => {
  test('generates the shifts of an empty draft week, has a plan proposed, reviews it and applies exactly it', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Four weeks ahead: the demo has no shift there, and no other journey touches that week.
    const monday = addDays(mondayOf(todayInParis()), 28);
    const sunday = addDays(monday, 6);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    // Signing in hashes the password (argon2): seconds on a loaded machine.
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre', { timeout: 20_000 });

    // This week is published: the planner never changes it, the page says so instead of proposing.
    await page.goto('/planning');
    await expect(page.getByTestId('publication-state')).toContainText(/Publiée le/);
    const propose = page.getByTestId('propose');
    await expect(propose).toHaveAttribute('aria-disabled', 'true');
    // Still reachable (Playwright will not click what is aria-disabled; the keyboard does).
    await propose.focus();
    await page.keyboard.press('Enter');
    const snackBar = page.locator('mat-snack-bar-container');
    await expect(snackBar).toContainText(
      'Semaine publiée : le planificateur ne modifie jamais un planning publié.',
    );
    await expect(page.getByTestId('plan-panel')).toHaveCount(0);
    await snackBar.getByRole('button', { name: 'OK' }).click();

    // Four weeks ahead, nothing to plan yet: the button says why.
    await page.goto(`/planning?semaine=${monday}`);
    await expect(page.getByTestId('publication-state')).toContainText('Brouillon');
    await expect(page.getByTestId('no-shifts')).toContainText('Aucun créneau pour cette semaine.');
    await expect(propose).toHaveAttribute('aria-disabled', 'true');
    await propose.focus();
    await page.keyboard.press('Enter');
    await expect(snackBar).toContainText('Aucun créneau cette semaine : générez d’abord les créneaux.');
    await snackBar.getByRole('button', { name: 'OK' }).click();

    await page.getByTestId('generate').click();
    await expect(snackBar).toContainText(/\d+ créneaux créés\./);
    await snackBar.getByRole('button', { name: 'OK' }).click();
    const slots = page.locator('[data-testid^="slot-"]');
    await expect(slots).not.toHaveCount(0);
    expect((await api.shifts(monday, sunday)).every((shift) => shift.assignments.length === 0)).toBe(true);
    await expect(propose).not.toHaveAttribute('aria-disabled', 'true');

    // From the keyboard; then « Annuler » while it searches: its answer will be ignored.
    await propose.focus();
    await page.keyboard.press('Enter');
    const progress = page.getByTestId('plan-progress');
    await expect(progress).toContainText('Recherche d’un planning équitable… jusqu’à\u00a010\u00a0s');
    await expect(propose).toHaveAttribute('aria-disabled', 'true');
    await progress.getByTestId('plan-cancel').click();
    await expect(page.getByTestId('plan-panel')).toHaveCount(0);
    await expect(propose).toBeFocused();

    // Again, to the end this time.
    await page.keyboard.press('Enter');
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(/[2-9] s écoulées/);
    await screenshot(page, 'planner-solving');
    const panel = page.getByTestId('plan-panel');
    await expect(panel.getByTestId('plan-apply')).toBeVisible(SOLVE);

    // The proposal: ghosts in the grid, the coverage badges counting them, the summary beside.
    const ghosts = page.locator('[data-testid^="ghost-"]');
    const shown = await pairsOf(ghosts, 'ghost-');
    expect(shown.length).toBeGreaterThan(20);
    await expect(ghosts.first()).toHaveClass(/proposed/);
    await expect(ghosts.first()).toContainText('(proposé)');
    await expect(page.locator('[data-testid^="assigned-"]')).toHaveCount(0);
    expect(await page.locator('[data-testid^="slot-"][aria-label*="proposé"]').count()).toBeGreaterThan(0);
    await expect(panel.getByTestId('plan-headline')).toContainText(`${shown.length} affectations proposées`);
    // In a chief's words: places filled, shifts unfilled and why, how fair; nothing of the search.
    await expect(panel.getByTestId('plan-coverage')).toContainText(/\d+ places? pourvues? sur \d+/);
    await expect(panel.getByTestId('plan-uncovered')).toContainText('Créneaux non pourvus');
    await expect(panel.getByTestId('plan-fairness')).toContainText(
      /Écart de charge entre agents : \d+ h ; nuits par agent : \d+( à \d+)? ; week-ends par agent : /,
    );
    await expect(panel).not.toContainText(/solveur|glouton|optimum|optimalit|borne|\bgap\b|heuristique/i);
    expect(await panel.getByTestId('plan-load').count()).toBeGreaterThan(10);
    await screenshot(page, 'planner-proposal');

    // Folded to a strip, the grid gets the whole width; unfolded again.
    await panel.getByTestId('plan-toggle').click();
    const strip = page.getByTestId('plan-strip');
    await expect(strip).toContainText(`${shown.length} affectations proposées`);
    await screenshot(page, 'planner-proposal-strip');
    await strip.getByTestId('plan-toggle').click();
    await expect(panel).toBeVisible();

    // On a phone, the summary comes under the week.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(panel.getByTestId('plan-apply')).toBeVisible();
    await screenshot(page, 'planner-proposal-phone');
    await panel.getByTestId('plan-uncovered').scrollIntoViewIfNeeded();
    await screenshot(page, 'planner-proposal-phone-summary');
    await page.setViewportSize(LAPTOP);

    // « Appliquer »: asked first, then exactly the proposal shown is written to the draft.
    await panel.getByTestId('plan-apply').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`${shown.length} affectations seront écrites dans le brouillon`);
    await expect(dialog).toContainText('telles que proposées');
    await dialog.getByTestId('confirm').click();
    await expect(panel.getByTestId('plan-applied')).toContainText(
      'Le planning écrit est celui de la proposition affichée.',
    );
    await expect(snackBar).toContainText(`${shown.length} affectations ajoutées au brouillon`);
    await expect(panel.getByTestId('plan-headline')).toContainText(
      `${shown.length} affectations ajoutées au brouillon`,
    );
    await expect(ghosts).toHaveCount(0);
    await screenshot(page, 'planner-applied');

    // After a reload, the week holds them as real assignments of the draft: the very ones proposed.
    await page.reload();
    await expect(page.getByTestId('publication-state')).toContainText('Brouillon');
    const assigned = page.locator('[data-testid^="assigned-"]');
    await expect(assigned).toHaveCount(shown.length);
    expect(await pairsOf(assigned, 'assigned-')).toEqual(shown);
    await expect(page.getByTestId('plan-panel')).toHaveCount(0);
    const shifts = await api.shifts(monday, sunday);
    expect(shifts.reduce((sum, shift) => sum + shift.assignments.length, 0)).toBe(shown.length);
    const check = await api.get<{ violations: unknown[] }>(`/api/roster/check?from=${monday}&to=${sunday}`);
    expect(check.violations).toEqual([]);
  });

  test('has four weeks proposed at once, reviews them week by week and applies them together', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // Seven weeks ahead: no other journey touches those four weeks.
    const monday = addDays(mondayOf(todayInParis()), 49);
    const last = addDays(monday, 27);
    const mondays = [0, 7, 14, 21].map((days) => addDays(monday, days));
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre', { timeout: 20_000 });
    await api.write('post', '/api/shifts/generate', { from: monday, to: last });
    expect((await api.shifts(monday, last)).length).toBeGreaterThan(100);

    await page.goto(`/planning?semaine=${monday}`);
    await expect(page.getByTestId('publication-state')).toContainText('Brouillon');
    await page.getByTestId('propose-period').click();
    const fourWeeks = page.getByTestId('propose-weeks-4');
    await expect(fourWeeks).toContainText('4 semaines');
    await expect(fourWeeks).toContainText(`au ${frenchDate(last)}`);
    await fourWeeks.click();
    const panel = page.getByTestId('plan-panel');
    await expect(panel.getByTestId('plan-apply')).toBeVisible(SOLVE);
    await expect(panel.getByTestId('plan-period')).toContainText(`au ${frenchDate(last)}`);

    // Each week listed with what it adds; the shown one is reviewed, three are left to see.
    const weeks = panel.getByTestId('plan-weeks');
    await expect(weeks.locator('li')).toHaveCount(4);
    await expect(weeks.getByTestId(`plan-week-${mondays[0]}`)).toContainText('affichée');
    await expect(panel.getByTestId('plan-unseen')).toContainText('3 à revoir');
    const proposedIn = async (week: string): Promise<number> =>
      Number(
        /(\d+) affectations? proposées?/.exec(
          (await weeks.getByTestId(`plan-week-${week}`).innerText()) ?? '',
        )?.[1],
      );
    const perWeek = await Promise.all(mondays.map(proposedIn));
    perWeek.forEach((count) => expect(count).toBeGreaterThan(20));
    const total = perWeek.reduce((sum, count) => sum + count, 0);
    await expect(panel.getByTestId('plan-headline')).toContainText(`${total} affectations proposées`);
    const ghosts = page.locator('[data-testid^="ghost-"]');
    await expect(ghosts).toHaveCount(perWeek[0]);
    await screenshot(page, 'planner-weeks');

    // The second week from the summary: the grid moves there and shows that week's ghosts.
    await weeks.getByTestId(`plan-week-${mondays[1]}`).getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`semaine=${mondays[1]}`));
    await expect(ghosts).toHaveCount(perWeek[1]);
    await expect(weeks.getByTestId(`plan-week-${mondays[1]}`)).toContainText('affichée');
    await expect(weeks.getByTestId(`plan-week-${mondays[0]}`)).toContainText('vue');
    await expect(panel.getByTestId('plan-unseen')).toContainText('2 à revoir');

    // On a phone, the list of weeks comes with the summary under the week.
    await page.setViewportSize({ width: 360, height: 740 });
    await weeks.scrollIntoViewIfNeeded();
    await screenshot(page, 'planner-weeks-phone');
    await page.setViewportSize(LAPTOP);

    // Applied with two weeks unseen: the question names them; all four weeks are written.
    await panel.getByTestId('plan-apply').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(`${total} affectations seront écrites dans le brouillon`);
    await expect(dialog).toContainText(
      `Vous n’avez pas encore revu les semaines du ${dayMonthOf(mondays[2])} et du ${dayMonthOf(mondays[3])}.`,
    );
    await dialog.getByTestId('confirm').click();
    await expect(page.getByTestId('plan-applied')).toContainText(
      'Le planning écrit est celui de la proposition affichée.',
    );
    await expect(ghosts).toHaveCount(0);
    await expect(page.locator('[data-testid^="assigned-"]')).toHaveCount(perWeek[1]);
    const shifts = await api.shifts(monday, last);
    expect(shifts.reduce((sum, shift) => sum + shift.assignments.length, 0)).toBe(total);
    const check = await api.get<{ violations: unknown[] }>(`/api/roster/check?from=${monday}&to=${last}`);
    expect(check.violations).toEqual([]);
  });
});

/** 2026-12-07 → « 07/12/2026 ». */
function frenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** 2026-12-07 → « 07/12 ». */
function dayMonthOf(date: string): string {
  return frenchDate(date).slice(0, 5);
}
