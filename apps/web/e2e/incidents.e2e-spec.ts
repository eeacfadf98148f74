import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';

import { Api } from './support/planning';
import { DESKTOP, expectSnack, pageFor, PHONE as ANY_PHONE, screenshot, signIn } from './support/screens';

const PHONE: BrowserContextOptions = {
  ...ANY_PHONE,
  // Somewhere in the Bourg, inside Lomme.
  geolocation: { latitude: 50.6447, longitude: 2.9871, accuracy: 15 },
  permissions: ['geolocation'],
};

/** The page scrolls inside the shell: nothing may stick out sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    content: document.querySelector('mat-sidenav-content')?.scrollWidth ?? 0,
    viewport: window.innerWidth,
  }));
  expect(widths.document).toBeLessThanOrEqual(widths.viewport);
  expect(widths.content).toBeLessThanOrEqual(widths.viewport);
}

test.describe('the main courante', () => {
  test('an agent logs an entry from his phone and finds it; a supervisor completes and closes it', async ({
    browser,
    baseURL,
    request,
  }) => {
    // A word no other entry holds, so that this journey stands alone whatever ran before.
    const tag = `trompette${Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    const summary = `Tapage nocturne, ${tag} dans la cour`;

    // — The agent, in the street, on his phone.
    const phone = await pageFor(browser, baseURL, PHONE);
    await signIn(phone, 'agent');
    await expect(phone.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await phone.getByTestId('home-new-incident').click();
    await expect(phone.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
    await expect(phone.getByTestId('occurred-at')).toHaveValue(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);

    // Saving an empty form says what is missing, in French, and records nothing.
    await phone.getByTestId('save-incident').click();
    await expect(phone.getByText('Choisissez une catégorie.')).toBeVisible();
    await expect(phone.getByTestId('form-error')).toHaveText(
      'Certains champs sont à compléter ou à corriger.',
    );
    await screenshot(phone, 'incident-form-errors-phone');

    await phone.getByRole('button', { name: 'Tranquillité publique' }).click();
    await phone.getByRole('button', { name: 'Bruit, tapage' }).click();
    await expect(phone.getByTestId('category-chosen')).toContainText('Bruit, tapage');
    await phone.getByTestId('quartier').click();
    await phone.getByRole('option', { name: 'Mitterie' }).click();
    await phone.getByTestId('address').fill('14 rue de la Mitterie');
    await phone.getByTestId('use-position').click();
    await expect(phone.getByTestId('position-state')).toContainText('Position relevée');
    // A photo of the scene: with the position kept, the photo carries it (and nothing else) in its EXIF.
    await phone.getByTestId('photo-choose').setInputFiles({
      name: 'IMG_0001.png',
      mimeType: 'image/png',
      buffer: await phone.screenshot(),
    });
    await expect(phone.getByTestId('photo-count')).toHaveText('1 / 6 photos');
    await phone.getByTestId('summary').fill(summary);
    await expect(phone.getByTestId('summary-count')).toHaveText(`${summary.length} / 200`);
    await phone
      .getByTestId('description')
      .fill('Musique amplifiée signalée par trois voisins. Occupants rencontrés, volume baissé.');
    // He is present (and cannot take himself off); a colleague was with him.
    await phone.getByTestId('agents').click();
    const options = phone.getByRole('option');
    await expect(options.first()).toContainText('Julien Lefebvre (vous, auteur)');
    await expect(options.first()).toHaveAttribute('aria-disabled', 'true');
    await options.nth(1).click();
    await phone.keyboard.press('Escape');
    await phone.getByTestId('action-VERBAL_WARNING').click();
    // Everything is filled in: the form no longer says otherwise.
    await expect(phone.getByTestId('form-error')).toHaveCount(0);
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'incident-form-phone');

    await phone.getByTestId('save-incident').click();
    await expect(phone.getByTestId('incident-number')).toHaveText(/^MC-\d{4}-\d{6}$/);
    const number = (await phone.getByTestId('incident-number').innerText()).trim();
    await expectSnack(phone, `Entrée ${number} enregistrée`);
    await expect(phone.getByTestId('incident-summary')).toHaveText(summary);
    await expect(phone.getByTestId('append-only')).toBeVisible();
    await expect(phone.getByTestId('status-panel')).toHaveCount(0);
    // The photo went with it, and holds the position he kept: 50° 38′ 40.92″ N, 2° 59′ 13.56″ E.
    const reader = await Api.signIn(request, 'superviseur');
    const [found] = (await reader.get<{ items: { id: string }[] }>(`/api/incidents?q=${tag}`)).items;
    const { photos } = await reader.get<{ photos: { sha256: string }[] }>(`/api/incidents/${found.id}`);
    expect(photos).toHaveLength(1);
    const { body } = await reader.bytes(`/api/incidents/${found.id}/photos/${photos[0].sha256}`);
    expect(body.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
    const rationals = Buffer.from(
      new Uint32Array([50, 1, 38, 1, 40920, 1000, 2, 1, 59, 1, 13560, 1000]).buffer,
    );
    expect(body.includes(rationals)).toBe(true);
    // The position he kept, on the map of Lomme.
    await expect(phone.getByTestId('entry-map').locator('path.vg-entry-position')).toHaveCount(1);
    await expect(phone.getByTestId('entry-map').locator('path.vg-quartier')).toHaveCount(6);
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'incident-detail-phone', { whole: true });

    // Back to the list, he finds it by a word of its summary.
    await phone.getByRole('link', { name: 'Main courante' }).first().click();
    await expect(phone.getByRole('heading', { name: 'Main courante', level: 1 })).toBeVisible();
    await phone.getByTestId('incident-search').fill(tag);
    await expect(phone).toHaveURL(new RegExp(`[?&]q=${tag}`));
    const rows = phone.getByTestId('incident-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(number);
    await expect(rows.first()).toContainText('Mitterie — 14 rue de la Mitterie');
    await expect(rows.first().getByTestId('incident-status')).toHaveText('Ouverte');
    await expect(phone.getByTestId('new-incident')).toBeVisible();
    await expectNoSidewaysScroll(phone);
    // A line of the list stays a few lines high: its icons keep the size of their text.
    const line = await rows.first().boundingBox();
    expect(line!.height).toBeLessThan(200);
    await screenshot(phone, 'incidents-list-phone');
    await phone.context().close();

    // — The chief de brigade, at his desk: he completes the entry and closes it.
    const desk = await pageFor(browser, baseURL, DESKTOP);
    await signIn(desk, 'superviseur');
    const navigation = desk.getByRole('navigation', { name: 'Navigation principale' });
    await navigation.getByRole('link', { name: 'Main courante' }).click();
    await expect(desk.getByTestId('incident-row').first()).toBeVisible();
    await screenshot(desk, 'incidents-list');
    await desk.getByTestId('incident-search').fill(tag);
    await expect(desk.getByTestId('incident-row')).toHaveCount(1);
    await expect(desk.getByTestId('export-csv')).toBeVisible();
    await desk.getByTestId('incident-row').click();
    await expect(desk.getByTestId('incident-number')).toHaveText(number);

    await desk
      .getByTestId('amendment-input')
      .fill('Rappel des voisins à 23 h 40 : retour au calme confirmé.');
    await desk.getByTestId('amendment-submit').click();
    await expectSnack(desk, 'Complément ajouté');
    await expect(desk.getByTestId('amendment-text')).toHaveText(
      'Rappel des voisins à 23 h 40 : retour au calme confirmé.',
    );

    await desk.getByTestId('status-to-CLOSED').click();
    await desk.getByTestId('status-note').fill('Fait réglé sur place, sans suite.');
    await desk.getByTestId('status-confirm').click();
    await expectSnack(desk, `Statut de ${number} modifié.`);
    await expect(desk.getByTestId('incident-status')).toHaveText('Close');
    const history = desk.getByTestId('timeline-item');
    await expect(history).toHaveCount(3);
    await expect(history.nth(0)).toContainText('Entrée enregistrée');
    await expect(history.nth(0)).toContainText('par Julien Lefebvre');
    await expect(history.nth(1)).toContainText('Complément');
    await expect(history.nth(1)).toContainText('par Karim Benali');
    await expect(history.nth(2)).toContainText('Ouverte → Close');
    await expect(history.nth(2)).toContainText('Fait réglé sur place, sans suite.');
    await expect(desk.getByTestId('status-to-IN_PROGRESS')).toHaveText('Rouvrir');
    await screenshot(desk, 'incident-detail-supervisor', { whole: true });

    // Back (the browser's button): the list keeps its search.
    await desk.goBack();
    await expect(desk).toHaveURL(new RegExp(`[?&]q=${tag}`));
    await expect(desk.getByTestId('incident-row').first().getByTestId('incident-status')).toHaveText('Close');

    // His statistics.
    await navigation.getByRole('link', { name: 'Statistiques' }).click();
    await expect(desk.getByRole('heading', { name: 'Statistiques', level: 1 })).toBeVisible();
    await expect(desk.getByTestId('stats-total')).toHaveText(/^\d+ entrées$/);
    await expect(desk.getByTestId('heat-map').locator('tbody tr')).toHaveCount(7);
    await expect(desk.getByRole('img', { name: /Entrées par catégorie/ })).toBeVisible();
    // Where: the demo's entries that carry a position, by cell on the map.
    await expect(desk.getByTestId('position-hint')).toContainText(/\d+ entrées sur \d+ portent la position/);
    await expect(desk.getByTestId('position-map').locator('path.vg-stats-cell').first()).toBeVisible();
    await screenshot(desk, 'incident-statistics', { whole: true });
    await desk.context().close();
  });

  test('the chief sees that the chain of the main courante is whole', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'chef');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Main courante' })
      .click();
    await page.getByTestId('incident-row').first().click();
    await expect(page.getByTestId('integrity-state')).toHaveText(
      /^\s*Chaîne intègre — [\d\u202f ]+ maillons vérifiés\s*$/,
    );
    await expect(page.getByTestId('status-panel')).toBeVisible();
    // The head of the chain, exported to a file kept outside the database, then checked back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-head').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vigie-empreinte-\d+\.json$/);
    await page.getByTestId('head-file').setInputFiles(await download.path());
    await expect(page.getByTestId('exported-state')).toContainText('figure toujours dans la chaîne');
    await screenshot(page, 'incident-integrity-chief');
  });

  test('HR has no main courante: no entry in the menu, the addresses lead home, nothing asked of the API', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/incidents')) asked.push(request.url());
    });
    await signIn(page, 'rh');
    await expect(page.getByTestId('greeting')).toContainText('Nathalie Vandamme');
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link', { name: 'Main courante' })).toHaveCount(0);
    await expect(page.getByTestId('home-new-incident')).toHaveCount(0);
    for (const path of ['/main-courante', '/main-courante/nouvelle', '/main-courante/statistiques']) {
      await page.goto(path);
      await expect(page.getByTestId('greeting')).toBeVisible();
      await expect(page).toHaveURL(/\/$/);
    }
    expect(asked).toEqual([]);
  });
});
