import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, todayInParis } from './support/planning';
import { DESKTOP, pageFor, PHONE_390, screenshot, signIn, signInToPooled } from './support/screens';

const LOMME = 'Police municipale de Lomme';
const POOLED = 'Police pluricommunale de Lompret, Prémesques et Verlinghem';

/** `YYYY-MM-DD` → `dd/MM/yyyy`, as the pages write a day and the date fields read one. */
const fr = (date: string): string => date.split('-').reverse().join('/');

/** Opens an agent's record from « Effectif », found by his last name. */
async function openRecord(page: Page, lastName: string, firstName: string): Promise<void> {
  await page.goto('/effectif');
  await page.getByTestId('agent-search').fill(lastName);
  await expect(page.getByTestId('agent-row')).toHaveCount(1);
  await page.getByRole('link', { name: new RegExp(`${lastName} ${firstName}`) }).click();
  await expect(page.getByTestId('agent-name')).toHaveText(`${firstName} ${lastName}`);
  await expect(page.getByTestId('secondment').or(page.getByTestId('no-secondment')).first()).toBeVisible();
}

test.describe('agents at another service’s disposal (CSI L512-1)', () => {
  test('Lomme’s chief reads Lucie Wallart’s secondment, lends Mathilde Devos for a week, then withdraws it', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    const year = Number(todayInParis().slice(0, 4));
    await page.setViewportSize(DESKTOP.viewport!);
    await signIn(page, 'chef');
    await expect(page.getByTestId('service-name')).toHaveText(LOMME);

    // The demo's secondment: Lucie Wallart at the pooled service's disposal, this year and the next.
    await openRecord(page, 'Wallart', 'Lucie');
    const wallart = page.getByTestId('secondment');
    await expect(wallart).toHaveCount(1);
    await expect(wallart.getByTestId('secondment-service')).toHaveText(POOLED);
    await expect(wallart.getByTestId('secondment-period')).toHaveText(
      `du 01/01/${year} au 31/12/${year + 1} · 20\u00a0% du temps de travail`,
    );
    await expect(wallart.getByTestId('secondment-state')).toHaveText('En cours');
    await expect(wallart.getByTestId('secondment-convention')).toContainText('Convention de mise en commun');
    await expect(page.getByTestId('lent-banner')).toHaveCount(0);
    await expect(page.getByTestId('edit-agent')).toBeVisible();

    // Mathilde Devos, lent for a week in six weeks' time.
    const from = addDays(todayInParis(), 42);
    const to = addDays(from, 6);
    await openRecord(page, 'Devos', 'Mathilde');
    await expect(page.getByTestId('no-secondment')).toHaveText(
      'Aucune mise à disposition : cet agent ne travaille que pour son service.',
    );
    await page.getByTestId('add-secondment').click();
    const dialog = page.getByRole('dialog', { name: 'Mettre à disposition d’un autre service' });
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('secondment-host').fill('pluri');
    await page.getByTestId('secondment-host-option').filter({ hasText: POOLED }).click();
    await expect(dialog.getByTestId('secondment-host')).toHaveValue(POOLED);
    await dialog.getByTestId('secondment-from').fill(fr(from));
    await dialog.getByTestId('secondment-to').fill(fr(to));
    await dialog.getByTestId('secondment-share').fill('10');
    await dialog.getByTestId('secondment-convention').fill(`Convention de renfort du ${fr(todayInParis())}`);
    await dialog.getByTestId('secondment-convention').blur();
    await expectNoSeriousA11yViolations(page, 'Fiche agent — mettre à disposition (dialogue)');
    await screenshot(page, 'secondment-dialog');
    await dialog.getByTestId('secondment-save').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('mat-snack-bar-container')).toContainText('Mise à disposition enregistrée.');

    const devos = page.getByTestId('secondment');
    await expect(devos).toHaveCount(1);
    await expect(devos.getByTestId('secondment-service')).toHaveText(POOLED);
    await expect(devos.getByTestId('secondment-period')).toHaveText(
      `du ${fr(from)} au ${fr(to)} · 10\u00a0% du temps de travail`,
    );
    await expect(devos.getByTestId('secondment-state')).toHaveText('À venir');
    await expectNoSeriousA11yViolations(page, 'Fiche agent — mises à disposition');
    await screenshot(page, 'secondment-record');

    // The same days again: the API refuses, and the dialog says why in French.
    await page.getByTestId('add-secondment').click();
    await dialog.getByTestId('secondment-host').fill('Lompret');
    await page.getByTestId('secondment-host-option').filter({ hasText: POOLED }).click();
    await dialog.getByTestId('secondment-from').fill(fr(addDays(from, 2)));
    await dialog.getByTestId('secondment-to').fill(fr(addDays(to, 2)));
    await dialog.getByTestId('secondment-share').fill('10');
    await dialog.getByTestId('secondment-convention').fill('Convention de renfort');
    await dialog.getByTestId('secondment-save').click();
    await expect(dialog.getByTestId('secondment-error')).toHaveText(
      new RegExp(
        `^Mathilde Devos a déjà une mise à disposition auprès de ce service du ${fr(from)} au ${fr(to)}\\.$`,
      ),
    );
    await screenshot(page, 'secondment-dialog-refused');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect(dialog).toHaveCount(0);

    // On a phone, the record and the dialog in one column.
    const phone = await pageFor(browser, baseURL, PHONE_390);
    await signIn(phone, 'chef');
    // Signed in before leaving the sign-in page: leaving it earlier cancels the sign-in.
    await expect(phone.getByTestId('service-name')).toHaveText(LOMME, { timeout: 20_000 });
    await openRecord(phone, 'Devos', 'Mathilde');
    await screenshot(phone, 'secondment-record-phone', { whole: true });
    await phone.getByTestId('add-secondment').click();
    await expect(phone.getByRole('dialog')).toBeVisible();
    await screenshot(phone, 'secondment-dialog-phone');
    await phone.context().close();

    // Withdrawn before the host used it: the demo is left as it was found.
    await page.getByTestId('withdraw-secondment').click();
    const confirm = page.getByRole('dialog', { name: 'Retirer la mise à disposition ?' });
    await expect(confirm).toContainText(
      `Mathilde Devos ne sera plus à la disposition de ${POOLED} du ${fr(from)} au ${fr(to)}.`,
    );
    await confirm.getByTestId('confirm').click();
    await expect(page.locator('mat-snack-bar-container')).toContainText('Mise à disposition retirée.');
    await expect(page.getByTestId('secondment')).toHaveCount(0);
    await expect(page.getByTestId('no-secondment')).toBeVisible();
  });

  test('the pooled service’s chief sees Lucie Wallart lent by Lomme, and her record is Lomme’s to change', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    await page.setViewportSize(DESKTOP.viewport!);
    await signInToPooled(page);

    await page.goto('/effectif');
    await page.getByTestId('agent-search').fill('Wallart');
    const row = page.getByTestId('agent-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('lent-badge')).toHaveText(`Mis à disposition par ${LOMME}`);
    await expectNoSeriousA11yViolations(page, 'Effectif — agent mis à disposition');
    await screenshot(page, 'secondment-host-agents');

    await page.getByRole('link', { name: 'Wallart Lucie' }).click();
    await expect(page.getByTestId('agent-name')).toHaveText('Lucie Wallart');
    await expect(page.getByTestId('lent-banner')).toHaveText(
      `Mis à disposition par ${LOMME} : sa fiche se tient dans ce service.`,
    );
    const secondment = page.getByTestId('secondment');
    await expect(secondment).toHaveCount(1);
    await expect(secondment.getByTestId('secondment-service')).toHaveText(LOMME);
    await expect(secondment).toContainText('Service employeur');
    for (const id of ['edit-agent', 'add-qualification', 'add-session', 'record-decision', 'add-secondment'])
      await expect(page.getByTestId(id)).toHaveCount(0);
    await expect(page.getByTestId('withdraw-secondment')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Supprimer/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Fiche d’un agent mis à disposition');
    await screenshot(page, 'secondment-host-record');

    // On a phone: the badge short in the list, the banner on the record.
    const phone = await pageFor(browser, baseURL, PHONE_390);
    await signInToPooled(phone);
    await phone.goto('/effectif');
    await phone.getByTestId('agent-search').fill('Wallart');
    const card = phone.getByTestId('agent-row');
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('lent-badge')).toHaveText(`Mis à disposition par ${LOMME}`);
    await expect(card.getByTestId('lent-badge')).toBeInViewport({ ratio: 1 });
    await screenshot(phone, 'secondment-host-agents-phone');
    await card.click();
    const banner = phone.getByTestId('lent-banner');
    await expect(banner).toBeInViewport({ ratio: 1 });
    await expect(phone.getByTestId('edit-agent')).toHaveCount(0);
    await expect(phone.getByTestId('secondment-service')).toHaveText(LOMME);
    await expectNoSeriousA11yViolations(phone, 'Fiche d’un agent mis à disposition (téléphone)');
    await screenshot(phone, 'secondment-host-record-phone', { whole: true });
    await phone.context().close();
  });
});
