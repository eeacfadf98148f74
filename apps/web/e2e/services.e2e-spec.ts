import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { todayInParis } from './support/planning';
import { DESKTOP, pageFor, PHONE_390, screenshot, signIn } from './support/screens';

const LOMME = 'Police municipale de Lomme';
const POOLED = 'Police pluricommunale de Lompret, Prémesques et Verlinghem';
const PERENCHIES = 'Police municipale de Pérenchies';
const CHIEF = { login: 'chef.perenchies', name: 'Camille Leroy', password: 'brume-lanterne-velours-82' };

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/connexion/);
}

/** What the main courante lists: each entry's number and summary (numbers are per service, summaries tell them apart). */
async function mainCourante(page: Page): Promise<string[]> {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Main courante' })
    .click();
  await expect(page.getByRole('heading', { name: 'Main courante', level: 1 })).toBeVisible();
  await expect(page.getByTestId('incident-row').or(page.getByTestId('list-empty')).first()).toBeVisible();
  const rows = page.getByTestId('incident-row');
  const entries: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    entries.push(
      `${(await row.locator('.number').innerText()).trim()} · ${(await row.locator('.summary').innerText()).trim()}`,
    );
  }
  return entries;
}

test.describe('the services (one police municipale each, or pooled)', () => {
  test('the platform opens a service for Pérenchies; its first chief lands on an empty service', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    await page.setViewportSize(DESKTOP.viewport!);
    await signIn(page, 'plateforme');
    await expect(page).toHaveURL(/\/plateforme$/);
    await expect(page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible();
    // Its navigation has nothing of a service's, and a service's page leads back here.
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveText([/Services$/]);
    const titles = page.getByTestId('service-title');
    await expect(titles.filter({ hasText: LOMME })).toHaveCount(1);
    await expect(titles.filter({ hasText: POOLED })).toHaveCount(1);
    const pooled = page.getByTestId('service').filter({ hasText: POOLED });
    await expect(pooled.getByTestId('service-kind')).toHaveText('Police pluricommunale');
    await expect(pooled.getByTestId('service-commune')).toHaveText([
      /^Lompret \(\d{5}\)$/,
      /^Prémesques \(\d{5}\)$/,
      /^Verlinghem \(\d{5}\)$/,
    ]);
    await page.goto('/main-courante');
    await expect(page).toHaveURL(/\/plateforme$/);
    await expect(titles.first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Plateforme — services');
    await screenshot(page, 'platform-services');

    // « Ouvrir un service » for Pérenchies (INSEE 59457), with its first chief.
    await page.getByTestId('open-service').click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un service' });
    await dialog.getByTestId('service-name-input').fill(PERENCHIES);
    await expect(dialog.getByTestId('kind-COMMUNE').getByRole('radio')).toBeChecked();
    await dialog.getByTestId('commune-search').fill('Pérench');
    await page.getByTestId('commune-option').filter({ hasText: '59457' }).click();
    await expect(dialog.getByTestId('commune-chip')).toHaveText(['Pérenchies (59457)']);
    await dialog.getByTestId('chief-login').fill(CHIEF.login);
    await dialog.getByTestId('chief-name').fill(CHIEF.name);
    await dialog.getByTestId('chief-password').fill(CHIEF.password);
    await expectNoSeriousA11yViolations(page, 'Plateforme — ouvrir un service (dialogue)');
    await screenshot(page, 'platform-open-service');
    await dialog.getByTestId('service-save').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('mat-snack-bar-container')).toContainText(`Service « ${PERENCHIES} » ouvert`);

    const opened = page.getByTestId('service').filter({ hasText: PERENCHIES });
    await expect(opened.getByTestId('service-kind')).toHaveText('Police municipale');
    await expect(opened.getByTestId('service-commune')).toHaveText(['Pérenchies (59457)']);
    const today = todayInParis().split('-').reverse().join('/');
    await expect(opened.getByTestId('service-opened')).toHaveText(`Ouvert le ${today}`);

    // On a phone, the same list, one card under another.
    const phone = await pageFor(browser, baseURL, PHONE_390);
    await signIn(phone, 'plateforme');
    await expect(phone.getByTestId('service').filter({ hasText: PERENCHIES })).toBeVisible();
    await expect(phone.getByTestId('service-name')).toHaveText('Administration de la plateforme');
    await expectNoSeriousA11yViolations(phone, 'Plateforme — services (téléphone)');
    await screenshot(phone, 'platform-services-phone', { whole: true });
    await phone.getByTestId('open-service').click();
    await expect(phone.getByRole('dialog', { name: 'Ouvrir un service' })).toBeVisible();
    await screenshot(phone, 'platform-open-service-phone');
    await phone.context().close();

    // The first chief signs in to a service of his own: nobody in it yet, nothing in its register.
    await signOut(page);
    await signIn(page, CHIEF.login, CHIEF.password);
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    await expect(page.getByTestId('service-name')).toHaveText(PERENCHIES);
    await expect(page.getByTestId('service-switcher')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Tableau de bord (nouveau service)');
    await expect(page.getByTestId('tile-error')).toHaveCount(0);
    await screenshot(page, 'new-service-dashboard');

    await navigation.getByRole('link', { name: 'Effectif' }).click();
    await expect(page.getByRole('heading', { name: 'Effectif', level: 1 })).toBeVisible();
    await expect(page.getByText('Aucun agent enregistré pour l’instant.')).toBeVisible();
    await expect(page.getByTestId('agent-row')).toHaveCount(0);

    expect(await mainCourante(page)).toEqual([]);
    await expect(page.getByTestId('list-empty')).toContainText(
      'Aucune entrée en main courante pour l’instant.',
    );
  });

  test('a chief of two services works in the pooled one, then at Lomme, each with its own main courante', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow();
    await page.setViewportSize(DESKTOP.viewport!);
    await signIn(page, 'chef.pluri');
    await expect(page).not.toHaveURL(/connexion/);
    const name = page.getByTestId('service-name');
    await expect(name).toHaveText(POOLED);
    const pooledEntries = await mainCourante(page);

    // The menu offers Lomme, the other service of his account.
    await page.getByTestId('service-switcher').click();
    const choices = page.getByTestId('service-choice');
    await expect(choices).toHaveCount(1);
    await expect(choices).toContainText(LOMME);
    await expectNoSeriousA11yViolations(page, 'Changer de service (menu)');
    await screenshot(page, 'service-switcher');
    await choices.click();

    // Vigie starts anew at home, in Lomme: its register, none of the pooled service's entries.
    await expect(page).toHaveURL(/\/$/);
    await expect(name).toHaveText(LOMME);
    const lommeEntries = await mainCourante(page);
    expect(lommeEntries.length).toBeGreaterThan(0);
    for (const entry of lommeEntries) expect(pooledEntries).not.toContain(entry);
    for (const number of lommeEntries.map((entry) => entry.split(' · ')[0]))
      expect(number).toMatch(/^MC-\d{4}-\d{6}$/);

    // On a phone, the service's name stays readable in the toolbar, and the menu works the same.
    const phone = await pageFor(browser, baseURL, PHONE_390);
    await signIn(phone, 'chef.pluri');
    // He signs in where he last worked: Lomme.
    const phoneName = phone.getByTestId('service-name');
    await expect(phoneName).toHaveText(LOMME);
    await expect(phoneName).toBeInViewport({ ratio: 1 });
    await phone.getByTestId('service-switcher').click();
    await expect(phone.getByTestId('service-choice')).toContainText(POOLED);
    await expect(phone.getByTestId('service-choice')).toBeInViewport({ ratio: 1 });
    await screenshot(phone, 'service-switcher-phone');
    await phone.getByTestId('service-choice').click();
    await expect(phoneName).toHaveText(POOLED);
    await expect(phoneName).toBeInViewport({ ratio: 1 });
    await expectNoSeriousA11yViolations(phone, 'Service pluricommunal (téléphone)');
    // Two lines may cut its long name in the toolbar: the menu's head gives it whole.
    await phone.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await expect(phone.getByTestId('nav-service')).toContainText(POOLED);
    await expect(phone.getByTestId('nav-service')).toBeInViewport({ ratio: 1 });
    await screenshot(phone, 'service-pooled-phone');
    await phone.context().close();
  });
});
