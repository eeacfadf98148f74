import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import {
  DESKTOP,
  expectSnack,
  pageFor,
  PHONE_390,
  screenshot,
  signIn,
  signInToPooled,
} from './support/screens';

const LOMME = 'Police municipale de Lomme';
const LOMME_QUARTIERS = ['Bourg', 'Mitterie', 'Délivrance', 'Mont-à-Camp', 'Marais', 'Canteleu'];
const POOLED_QUARTIERS = ['Lompret', 'Prémesques', 'Verlinghem'];
const ADDED = 'Zone de l’Innovation';
const RENAMED = 'Zone de l’Innovation – Euratechnologies';

/** The quartiers a new main courante entry offers, read from its list, which is closed again. */
async function offeredInNewEntry(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
  await page.getByTestId('quartier').click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  const labels = (await options.allInnerTexts()).map((label) => label.trim());
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  return labels;
}

/** « Nouvelle entrée » reached through the app, as an agent would: no reload, the session's territory as it is. */
async function newEntryFromMenu(page: Page): Promise<string[]> {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Main courante' })
    .click();
  await page.getByTestId('new-incident').first().click();
  return offeredInNewEntry(page);
}

async function quartiersFromMenu(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Quartiers' })
    .click();
  await expect(page.getByRole('heading', { name: 'Quartiers', level: 1 })).toBeVisible();
  await expect(page.locator('mat-progress-bar')).toHaveCount(0);
}

test.describe('each service’s quartiers', () => {
  test('Lomme’s chief adds « Zone de l’Innovation », finds it in a new entry, renames it, then retires it', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    await page.setViewportSize(DESKTOP.viewport!);
    await signIn(page, 'chef');
    await expect(page.getByTestId('service-name')).toHaveText(LOMME);

    // His six quartiers, in their order, none retired.
    await quartiersFromMenu(page);
    await expect(page).toHaveTitle('Quartiers — Vigie');
    const rows = page.getByTestId('quartier');
    await expect(rows.getByTestId('quartier-label')).toHaveText(LOMME_QUARTIERS);
    await expect(page.getByTestId('quartier-retired')).toHaveCount(0);
    await expect(page.getByTestId('quartier-summary')).toHaveText('6 quartiers proposés');
    await expectNoSeriousA11yViolations(page, 'Quartiers');

    // A name already used is refused before anything is sent.
    await page.getByTestId('add-quartier').click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un quartier' });
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('quartier-label-input').fill('mont a camp');
    await dialog.getByTestId('quartier-save').click();
    await expect(dialog.getByText('Un autre quartier du service porte déjà ce nom.')).toBeVisible();

    // « Zone de l’Innovation », last in order.
    await dialog.getByTestId('quartier-label-input').fill(ADDED);
    await dialog.getByTestId('quartier-label-input').blur();
    await expectNoSeriousA11yViolations(page, 'Quartiers — ajouter (dialogue)');
    await screenshot(page, 'quartier-dialog');
    await dialog.getByTestId('quartier-save').click();
    await expect(dialog).toHaveCount(0);
    await expectSnack(page, `Quartier « ${ADDED} » ajouté : il est proposé dans les formulaires.`);
    await expect(rows.getByTestId('quartier-label')).toHaveText([...LOMME_QUARTIERS, ADDED]);

    // Offered at once in a new entry of the main courante, without reloading the app.
    expect(await newEntryFromMenu(page)).toEqual([...LOMME_QUARTIERS, ADDED]);

    // Renamed: its code stays, the forms read the new name.
    await quartiersFromMenu(page);
    const added = rows.filter({ hasText: ADDED });
    await added.getByTestId('rename-quartier').click();
    const rename = page.getByRole('dialog', { name: `Renommer « ${ADDED} »` });
    await expect(rename.getByTestId('quartier-label-input')).toHaveValue(ADDED);
    await rename.getByTestId('quartier-label-input').fill(RENAMED);
    await rename.getByTestId('quartier-save').click();
    await expect(rename).toHaveCount(0);
    await expectSnack(page, `« ${ADDED} » s’appelle désormais « ${RENAMED} ».`);
    await expect(rows.last().getByTestId('quartier-label')).toHaveText(RENAMED);
    expect(await newEntryFromMenu(page)).toEqual([...LOMME_QUARTIERS, RENAMED]);

    // Retired, once confirmed: what is filed under it keeps it; the forms no longer offer it.
    await quartiersFromMenu(page);
    await rows.filter({ hasText: RENAMED }).getByTestId('retire-quartier').click();
    const confirm = page.getByRole('dialog', { name: `Retirer le quartier « ${RENAMED} » ?` });
    await expect(confirm).toContainText(
      'Il ne sera plus proposé pour les nouvelles entrées ni pour les caméras.',
    );
    await expect(confirm).toContainText(`Les entrées et les caméras classées sous « ${RENAMED} » le gardent`);
    await expectNoSeriousA11yViolations(page, 'Quartiers — retirer (confirmation)');
    await confirm.getByTestId('confirm').click();
    await expect(confirm).toHaveCount(0);
    await expectSnack(page, `« ${RENAMED} » retiré : il n’est plus proposé ; ce qui y est classé le garde.`);
    const retired = rows.filter({ hasText: RENAMED });
    await expect(retired.getByTestId('quartier-retired')).toHaveText('Retiré');
    await expect(retired.getByTestId('restore-quartier')).toBeVisible();
    await expect(page.getByTestId('quartier-summary')).toHaveText('6 quartiers proposés · 1 retiré');
    await expectNoSeriousA11yViolations(page, 'Quartiers — un quartier retiré');
    await screenshot(page, 'quartiers');
    expect(await newEntryFromMenu(page)).toEqual(LOMME_QUARTIERS);

    // The main courante still searches under it: the filter names it as retired.
    await page.goto('/main-courante');
    await page.getByTestId('filter-quartier').click();
    await expect(page.getByRole('option', { name: `${RENAMED} (retiré)` })).toBeVisible();
    await page.keyboard.press('Escape');

    // On a phone: one column, nothing sideways, the actions within reach.
    const phone = await pageFor(browser, baseURL, PHONE_390);
    await signIn(phone, 'chef');
    await expect(phone.getByTestId('service-name')).toHaveText(LOMME);
    await phone.goto('/service/quartiers');
    await expect(phone.getByRole('heading', { name: 'Quartiers', level: 1 })).toBeVisible();
    await expect(phone.getByTestId('quartier')).toHaveCount(7);
    await expect(phone.locator('mat-progress-bar')).toHaveCount(0);
    const widths = await phone.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      content: document.querySelector('mat-sidenav-content')?.scrollWidth ?? 0,
      viewport: window.innerWidth,
    }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    await expect(phone.getByTestId('add-quartier')).toBeInViewport();
    await expectNoSeriousA11yViolations(phone, 'Quartiers (téléphone)');
    await screenshot(phone, 'quartiers-phone', { whole: true });
    await phone.getByTestId('add-quartier').click();
    await expect(phone.getByRole('dialog', { name: 'Ajouter un quartier' })).toBeVisible();
    await screenshot(phone, 'quartier-dialog-phone');
    await phone.getByRole('button', { name: 'Annuler' }).click();
    await phone.context().close();
  });

  test('the pooled service’s chief is offered its three communes in a new entry, never Lomme’s quartiers', async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP.viewport!);
    await signInToPooled(page);

    await page.goto('/main-courante/nouvelle');
    const offered = await offeredInNewEntry(page);
    expect(offered).toEqual(POOLED_QUARTIERS);
    for (const quartier of LOMME_QUARTIERS) expect(offered).not.toContain(quartier);

    // His own list: the communes, no outline drawn yet.
    await page.goto('/service/quartiers');
    await expect(page.getByTestId('quartier').getByTestId('quartier-label')).toHaveText(POOLED_QUARTIERS);
    await expect(page.getByTestId('quartier').first()).not.toContainText('contour dessiné');
    await expect(page.locator('mat-progress-bar')).toHaveCount(0);
    await screenshot(page, 'quartiers-pooled');
  });
});
