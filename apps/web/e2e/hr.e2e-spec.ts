import { expect, Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { screenshot, signIn } from './support/screens';

/** Today in Paris as the datepicker shows it, dd/MM/yyyy. */
function todayFr(): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
}

/** What the headcount panel says: the operational figure, the sentence and the forecast table. */
async function staffingFigures(page: Page): Promise<string> {
  const figure = await page.getByTestId('operational-figure').innerText();
  const sentence = await page.getByTestId('forecast-sentence').innerText();
  const table = await page.getByTestId('forecast-table').textContent();
  return [figure, sentence, table].join(' | ');
}

/** What HR's home says of the headcount and its forecast. */
async function homeFigures(page: Page): Promise<string> {
  const figure = await page.getByTestId('staffing-figure').innerText();
  const sentence = await page.getByTestId('staffing-forecast').innerText();
  const table = await page.getByTestId('forecast-table').textContent();
  return [figure, sentence, table].join(' | ');
}

/** The number of candidates in a phase, on HR's home. */
async function inPhase(page: Page, phase: string): Promise<number> {
  const text = await page.getByTestId(`pipeline-${phase}`).innerText();
  return Number(/(\d+)\s*$/.exec(text)?.[1]);
}

test.describe('HR', () => {
  test('records an appointment on the board, sees the forecast move and the new agent in the headcount', async ({
    page,
  }) => {
    // Four screens, eight accessibility audits and as many screenshots: over a minute on a busy machine.
    test.slow();
    await signIn(page, 'rh');
    await expect(page.getByTestId('greeting')).toContainText('Nathalie Vandamme');
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveText([
      /Accueil$/,
      /Planning$/,
      /Comptes d’heures$/,
      /Effectif$/,
      /Recrutement$/,
    ]);

    // Her home: the headcount by category and its forecast, the pipeline, what expires; no incident.
    await expect(page).toHaveTitle('Accueil — Vigie');
    await expect(page.getByTestId('staffing-POLICE')).toContainText('Policiers municipaux');
    await expect(page.getByTestId('staffing-forecast')).toHaveText(
      /^Objectif de \d+ au \d\d\/\d\d\/\d{4} (atteint en \p{L}+ \d{4}|non atteint d’ici \p{L}+ \d{4} : il manquera \d+ agents?)$/u,
    );
    await expect(page.getByTestId('stalled-recruitment').filter({ hasText: 'Kevin Dumont' })).toBeVisible();
    await expect(page.getByTestId('tile-qualifications')).toBeVisible();
    await expect(page.getByTestId('tile-incidents')).toHaveCount(0);
    await expect(page.getByTestId('tile-error')).toHaveCount(0);
    // One target on every screen: the next deadline (named by the tile's sentence), the passed one missed.
    const targetLine = /^Objectif de \d+ au \d\d\/\d\d\/\d{4}/.exec(
      await page.getByTestId('staffing-forecast').innerText(),
    )![0];
    const missed = page.getByTestId('missed-target');
    const missedShort = (await missed.count()) > 0 ? await missed.innerText() : null;
    if (missedShort !== null) {
      expect(missedShort).toMatch(/^Objectif de \d+ au \d\d\/\d\d\/\d{4} manqué de \d+ agents?$/);
    }
    const homeBefore = await homeFigures(page);
    const appointmentsBefore = await inPhase(page, 'APPOINTMENT');
    const trainingBefore = await inPhase(page, 'TRAINING');
    await expectNoSeriousA11yViolations(page, 'Accueil RH');
    await screenshot(page, 'hr-home');

    // The board, with the stalled recruitment flagged, and the forecast in words.
    await navigation.getByRole('link', { name: 'Recrutement' }).click();
    await expect(page.getByRole('heading', { name: 'Recrutement', level: 1 })).toBeVisible();
    await expect(page.getByTestId('recruitment-Kevin Dumont').getByTestId('stalled')).toHaveText('En retard');
    const sentence = page.getByTestId('forecast-sentence');
    await expect(sentence).toHaveText(
      /^Objectif de \d+ au \d\d\/\d\d\/\d{4} (atteint en \p{L}+ \d{4}|non atteint d’ici \p{L}+ \d{4} : il manquera \d+ agents?)$/u,
    );
    await expect(
      page.getByRole('img', { name: /Prévision de l’effectif opérationnel sur 18 mois/ }),
    ).toBeVisible();
    await expect(page.getByTestId('target-line')).toHaveText(targetLine);
    await expect(sentence).toContainText(targetLine);
    await expect(page.getByTestId('missed-target')).toHaveCount(missedShort === null ? 0 : 1);
    const missedLine = missedShort === null ? null : await page.getByTestId('missed-target').innerText();
    if (missedShort !== null) {
      // The same deadline and shortfall as the tile, in full words.
      const [, deadline, count] = /^(.+ manqué) de (\d+ agents?)$/.exec(missedShort)!;
      expect(missedLine).toBe(`${deadline} : il manquait ${count} à cette date`);
    }
    const appointment = page.getByTestId('phase-APPOINTMENT');
    await expect(appointment.getByRole('button', { name: 'Sarah Lemaire' })).toBeVisible();
    const before = await staffingFigures(page);
    await expectNoSeriousA11yViolations(page, 'Recrutement');
    await screenshot(page, 'hr-recruitment');

    // Sarah Lemaire, transferred: only the arrêté de nomination is next, besides the exits.
    await appointment.getByRole('button', { name: 'Sarah Lemaire' }).click();
    const sheet = page.getByRole('dialog', { name: 'Sarah Lemaire' });
    await expect(sheet.getByTestId('history')).toContainText('Jury / entretien');
    await sheet.getByRole('combobox', { name: /Étape/ }).click();
    await expect(page.getByRole('option')).toHaveText(['Arrêté de nomination', 'Désistement', 'Refus']);
    await page.getByRole('option', { name: 'Arrêté de nomination' }).click();
    const date = sheet.getByTestId('milestone-date');
    await expect(date).toHaveValue(todayFr());
    await expectNoSeriousA11yViolations(page, 'Fiche de recrutement (étape)');

    // Dated before the interview, the API refuses it and says why.
    await date.fill('01/01/2020');
    await sheet.getByTestId('milestone-submit').click();
    await expect(sheet.getByTestId('milestone-error')).toContainText('« Jury / entretien »');

    await date.fill(todayFr());
    await sheet.getByTestId('milestone-submit').click();
    await expect(sheet.getByTestId('history')).toContainText('Arrêté de nomination');
    await expect(sheet.getByTestId('milestone-error')).toHaveCount(0);
    await expect(page.locator('mat-snack-bar-container')).toContainText(
      '« Arrêté de nomination » enregistré pour Sarah Lemaire.',
    );
    await page.locator('mat-snack-bar-container').getByRole('button', { name: 'OK' }).click();
    await sheet.getByTestId('sheet-close').click();
    await expect(sheet).toHaveCount(0);

    // The card moved to the next phase; the headcount and its forecast changed.
    await expect(
      page.getByTestId('phase-TRAINING').getByRole('button', { name: 'Sarah Lemaire' }),
    ).toBeVisible();
    await expect(appointment.getByRole('button', { name: 'Sarah Lemaire' })).toHaveCount(0);
    await expect.poll(() => staffingFigures(page)).not.toBe(before);

    // Her home tells the same: one candidate moved from appointment to training, the forecast moved.
    await navigation.getByRole('link', { name: 'Accueil' }).click();
    await expect.poll(() => inPhase(page, 'APPOINTMENT')).toBe(appointmentsBefore - 1);
    expect(await inPhase(page, 'TRAINING')).toBe(trainingBefore + 1);
    await expect.poll(() => homeFigures(page)).not.toBe(homeBefore);
    await navigation.getByRole('link', { name: 'Recrutement' }).click();
    await expect(page.getByRole('heading', { name: 'Recrutement', level: 1 })).toBeVisible();

    // The new agent is on the Effectif page, his firearm permit pending (transfer).
    await navigation.getByRole('link', { name: 'Effectif' }).click();
    await expect(page.getByRole('heading', { name: 'Effectif', level: 1 })).toBeVisible();
    await expect(page.getByTestId('headcount-operational')).toBeVisible();
    await expect(page.getByTestId('headcount-operational').getByTestId('target-line')).toHaveText(targetLine);
    if (missedLine !== null) await expect(page.getByTestId('missed-target')).toHaveText(missedLine);
    await page.getByTestId('agent-search').fill('Lemaire');
    await expect(page.getByTestId('agent-row')).toHaveCount(1);
    const row = page.getByTestId('agent-row');
    await expect(row).toContainText('Lemaire Sarah');
    await expect(row.getByTestId('agent-status')).toHaveText(/^(Opérationnel|En formation)$/);
    const permit = row.locator('[data-kind="FIREARM"]');
    await expect(permit).toHaveAttribute('data-state', 'invalid');
    await permit.hover();
    await expect(page.locator('.mat-mdc-tooltip')).toHaveText('En attente d’agrément : ne compte pas encore');

    await page.getByTestId('agent-search').fill('');
    await expect(page.getByTestId('agent-row')).not.toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'Effectif');
    await screenshot(page, 'hr-agents');
    await page.getByTestId('new-agent').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Effectif — nouvel agent (dialogue)');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('link', { name: 'Lemaire Sarah' }).click();
    await expect(page.getByTestId('agent-name')).toHaveText('Sarah Lemaire');
    await expect(page.getByTestId('firearm-line')).toContainText('port d’arme en attente d’agrément');
    await expect(page.getByTestId('edit-agent')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Fiche agent');
    await screenshot(page, 'hr-agent-detail');

    // On a phone, the table becomes a list of cards.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/effectif');
    await expect(page.getByRole('link', { name: /Lemaire Sarah/ })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Effectif (téléphone)');
    await screenshot(page, 'hr-agents-phone');
  });
});
