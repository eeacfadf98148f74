import { createHash } from 'node:crypto';

import { expect, type Page, test } from '@playwright/test';

import { Api } from './support/planning';
import { screenshot, signIn } from './support/screens';

/** A phone as agents carry it; Angular's service worker allowed, as on a phone. */
test.use({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'allow',
});

/** `dd/MM/yyyy HH:mm` in Lomme's time, as the agent types it. */
function frenchDateTime(instant: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['day']}/${parts['month']}/${parts['year']} ${parts['hour']}:${parts['minute']}`;
}

/**
 * The app's files are all in the worker's cache: the page is controlled by the worker, and every
 * file the worker prefetches (ngsw.json's prefetch groups) is in one of its asset caches.
 */
async function expectReadyForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 'page sans service worker';
          const manifest = (await (await fetch(`/ngsw.json?e2e=${Date.now()}`)).json()) as {
            assetGroups: { installMode: string; urls: string[] }[];
          };
          const urls = manifest.assetGroups
            .filter((group) => group.installMode === 'prefetch')
            .flatMap((group) => group.urls);
          const cached = new Set<string>();
          for (const name of (await caches.keys()).filter((n) => n.includes(':assets:'))) {
            const cache = await caches.open(name);
            for (const url of urls) if (await cache.match(url)) cached.add(url);
          }
          return cached.size === urls.length ? 'prêt' : `${cached.size}/${urls.length}`;
        }),
      { timeout: 90_000, intervals: [500] },
    )
    .toBe('prêt');
}

interface Entry {
  id: string;
  number: string;
  summary: string;
  occurredAt: string;
}

interface EntryDetail extends Entry {
  photos: { sha256: string; mediaType: string; size: number }[];
}

interface Picture {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Pictures as a phone's camera gives them: big PNGs (screenshots of the page, each of another size). */
function cameraOf(page: Page): () => Promise<Picture> {
  let taken = 0;
  return async () => {
    taken += 1;
    await page.setViewportSize({ width: 1200 + taken * 40, height: 2600 });
    const buffer = await page.screenshot({ fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    return { name: `IMG_${taken}.png`, mimeType: 'image/png', buffer };
  };
}

/**
 * Fills the entry form for a noise in the Bourg (the time of the facts when given), chooses its
 * photos, and saves it with the network out of reach: the phone keeps it, the form is blank again.
 */
async function keepOnPhone(
  page: Page,
  entry: { summary: string; address: string; photos: number; occurredAt?: string },
  takePicture: () => Promise<Picture>,
  beforeSaving: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  if (entry.occurredAt) await page.getByTestId('occurred-at').fill(entry.occurredAt);
  await page.getByRole('button', { name: 'Tranquillité publique' }).click();
  await page.getByRole('button', { name: 'Bruit, tapage' }).click();
  await page.getByTestId('quartier').click();
  await page.getByRole('option', { name: 'Bourg' }).click();
  await page.getByTestId('address').fill(entry.address);
  await page.getByTestId('summary').fill(entry.summary);
  if (entry.photos > 0) {
    const files = [];
    for (let i = 0; i < entry.photos; i++) files.push(await takePicture());
    await page.getByTestId('photo-choose').setInputFiles(files);
    // Each photo is decoded, reduced and re-encoded on the phone, one after the other: on a busy
    // machine two large ones take longer than the default wait.
    await expect(page.getByTestId('photo-thumb')).toHaveCount(entry.photos, { timeout: 30_000 });
    await expect(page.getByTestId('photo-count')).toHaveText(`${entry.photos} / 6 photos`);
  }
  await beforeSaving();
  await page.getByTestId('save-incident').click();
  const snack = page.locator('mat-snack-bar-container');
  await expect(snack).toContainText('Entrée gardée sur le téléphone');
  await snack.getByRole('button', { name: 'OK' }).click();
  await expect(snack).toHaveCount(0);
  // The form is blank for the next one.
  await expect(page.getByTestId('summary')).toHaveValue('');
}

test.describe('the agent’s phone without network', () => {
  test('opens offline, keeps three entries in its outbox, and sends them, numbered in order, when the network returns', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(240_000);
    // Words no other entry holds, so that this journey stands alone whatever ran before.
    const tag = `hors${Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;

    // — Online: he signs in, opens his planning (the phone keeps it) and the entry form once.
    await signIn(page, 'agent');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await expectReadyForOffline(page);
    // Chromium would offer to install it (manifest, icons, worker): nothing in the way but the
    // test's own profile, incognito, where Chromium never offers installation.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual(
      [],
    );
    // Every file matched the hash of ngsw.json: the worker runs its version normally.
    const state = await page.evaluate(async () => (await fetch('/ngsw/state')).text());
    expect(state).toContain('Driver state: NORMAL');
    await page.goto('/mon-planning');
    const shiftsSection = page.getByRole('region', { name: 'Mes prochains créneaux' });
    const absencesSection = page.getByRole('region', { name: 'Mes absences' });
    await expect(absencesSection).toContainText('Congé annuel');
    const shiftsOnline = await shiftsSection.innerText();
    const absencesOnline = await absencesSection.innerText();

    // — The network drops; the app is opened again from its icon.
    await context.setOffline(true);
    await page.goto('/');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toContainText(/Hors ligne\s+depuis \d\d:\d\d/);
    await screenshot(page, 'offline-home-phone');

    // His planning, as last fetched, and said so.
    await page.goto('/mon-planning');
    await expect(page.getByTestId('planning-kept')).toContainText(/reçu le \d\d\/\d\d\/\d{4} à \d\d:\d\d/);
    await expect(shiftsSection).toHaveText(shiftsOnline, { useInnerText: true });
    await expect(absencesSection).toHaveText(absencesOnline, { useInnerText: true });
    await screenshot(page, 'offline-planning-phone');

    // — Three entries in the street, the times he saw the facts.
    await page.goto('/main-courante/nouvelle');
    await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
    const now = Date.now();
    const entries = [
      {
        summary: `Tag ${tag} sur le mur de l’école`,
        minutesAgo: 50,
        address: '2 rue de l’Église',
        photos: 2,
      },
      {
        summary: `Dépôt sauvage ${tag} au pied des conteneurs`,
        minutesAgo: 35,
        address: '40 avenue de Dunkerque',
        photos: 0,
      },
      {
        summary: `Véhicule ${tag} stationné sur le trottoir`,
        minutesAgo: 20,
        address: '5 rue Sadi Carnot',
        photos: 1,
      },
    ];
    const takePicture = cameraOf(page);
    for (const entry of entries) {
      await keepOnPhone(
        page,
        { ...entry, occurredAt: frenchDateTime(now - entry.minutesAgo * 60_000) },
        takePicture,
        async () => {
          if (entry.photos !== 2) return;
          await page.getByTestId('photo-picker').scrollIntoViewIfNeeded();
          await screenshot(page, 'entry-photos-phone');
        },
      );
    }
    await expect(page.getByTestId('outbox-count')).toHaveText('3 entrées en attente d’envoi');
    const waiting = page.getByTestId('outbox-entry');
    await expect(waiting).toHaveCount(3);
    await expect(waiting.nth(0).getByTestId('outbox-photos')).toHaveText('2 photos');
    await expect(waiting.nth(2).getByTestId('outbox-photos')).toHaveText('1 photo');
    for (const [i, entry] of entries.entries()) {
      await expect(waiting.nth(i)).toContainText('en attente');
      await expect(waiting.nth(i)).toContainText(entry.summary);
      await expect(waiting.nth(i)).toContainText(frenchDateTime(now - entry.minutesAgo * 60_000));
    }
    await page.evaluate(() => document.querySelector('mat-sidenav-content')?.scrollTo({ top: 0 }));
    await screenshot(page, 'offline-outbox-phone');

    // — The network returns: nothing to tap, the entries leave in the order they were written.
    await context.setOffline(false);
    await expect(page.getByTestId('outbox-count')).toHaveText('3 entrées envoyées', { timeout: 30_000 });
    await expect(banner).toHaveCount(0);
    const sent = page.getByTestId('outbox-sent');
    await expect(sent).toHaveCount(3);
    await expect(sent.first()).toContainText(/n° MC-\d{4}-\d{6}/);
    await screenshot(page, 'offline-outbox-sent-phone');

    // — Through the API: exactly three, numbered one after the other, at the times he entered.
    const supervisor = await Api.signIn(request, 'superviseur');
    const found = (await supervisor.get<{ items: Entry[] }>(`/api/incidents?q=${tag}&limit=50`)).items;
    expect(found).toHaveLength(3);
    const inOrder = [...found].sort((a, b) => a.number.localeCompare(b.number));
    expect(inOrder.map((e) => e.summary)).toEqual(entries.map((e) => e.summary));
    const numbers = inOrder.map((e) => Number(e.number.slice(-6)));
    expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2]);
    for (const [i, entry] of entries.entries()) {
      expect(frenchDateTime(Date.parse(inOrder[i].occurredAt))).toBe(
        frenchDateTime(now - entry.minutesAgo * 60_000),
      );
    }
    await expect(sent.nth(0)).toContainText(inOrder[0].number);
    await expect(sent.nth(2)).toContainText(inOrder[2].number);

    // Their photos arrived with them, named in the chain, readable by the supervisor: re-encoded
    // JPEGs of at most 2 048 px whose bytes hash to their names.
    for (const [i, entry] of entries.entries()) {
      const detail = await supervisor.get<EntryDetail>(`/api/incidents/${inOrder[i].id}`);
      expect(detail.photos).toHaveLength(entry.photos);
      for (const photo of detail.photos) {
        const { body, type } = await supervisor.bytes(
          `/api/incidents/${inOrder[i].id}/photos/${photo.sha256}`,
        );
        expect(type).toBe('image/jpeg');
        expect(body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
        expect(createHash('sha256').update(body).digest('hex')).toBe(photo.sha256);
        expect(body.includes(Buffer.from('Exif'))).toBe(false);
      }
    }

    // Seen: the bar goes.
    await page.getByTestId('outbox-close').click();
    await expect(page.getByTestId('outbox')).toHaveCount(0);

    // The entry's page shows its photos; one tap enlarges one.
    await page.goto(`/main-courante/${inOrder[0].id}`);
    const gallery = page.getByTestId('gallery-photo');
    await expect(gallery).toHaveCount(2);
    await expect
      .poll(() => gallery.first().evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeLessThanOrEqual(2048);
    await expect
      .poll(() => gallery.first().evaluate((img: HTMLImageElement) => img.naturalHeight))
      .toBe(2048);
    await gallery.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'entry-detail-photos-phone');
    await gallery.first().click();
    await expect(page.getByTestId('photo-viewer')).toBeVisible();
    // The dialog's opening animation ends before the picture is taken.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
    await screenshot(page, 'entry-photo-enlarged-phone');
    await page.getByRole('button', { name: 'Fermer' }).click();
    await expect(page.getByTestId('photo-viewer')).toHaveCount(0);

    // The chain of the main courante is still whole.
    const chief = await Api.signIn(request, 'chef');
    const integrity = await chief.get<{ ok: boolean; problem: string | null }>('/api/incidents/integrity');
    expect(integrity.problem).toBeNull();
    expect(integrity.ok).toBe(true);
  });
});

test.describe('the agent’s phone when the network drops in the middle of an upload', () => {
  // Playwright's routes do not see what a service worker fetches: this journey cuts the photos'
  // requests themselves, with the app served as on a first visit.
  test.use({ serviceWorkers: 'block' });

  test('keeps the entry being sent and the two written after it on the phone, and sends the three once, in order, when the network returns', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(180_000);
    const tag = `coupure${Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    const entries = [
      { summary: `Dépôt sauvage ${tag} place du Bourg`, address: '12 place du Bourg', photos: 2 },
      { summary: `Tapage ${tag} dans la cour`, address: '3 rue Sadi Carnot', photos: 0 },
      { summary: `Véhicule ${tag} sur le trottoir`, address: '8 rue de l’Église', photos: 1 },
    ];
    await signIn(page, 'agent');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await page.goto('/main-courante/nouvelle');
    await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();
    const takePicture = cameraOf(page);

    // The first photo of the first entry goes up; the network drops during the second.
    let uploads = 0;
    await page.route('**/api/incidents/photos', async (route) => {
      uploads += 1;
      if (uploads !== 2) return route.continue();
      await context.setOffline(true);
      return route.abort('internetdisconnected');
    });
    for (const entry of entries) await keepOnPhone(page, entry, takePicture);
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await expect(page.getByTestId('outbox-count')).toHaveText('3 entrées en attente d’envoi');
    const waiting = page.getByTestId('outbox-entry');
    await expect(waiting.nth(0)).toContainText(entries[0].summary);
    await expect(waiting.nth(0).getByTestId('outbox-photos')).toHaveText('2 photos');
    await expect(waiting.nth(2).getByTestId('outbox-photos')).toHaveText('1 photo');
    await page.evaluate(() => document.querySelector('mat-sidenav-content')?.scrollTo({ top: 0 }));
    await screenshot(page, 'outbox-upload-cut-phone');
    const supervisor = await Api.signIn(request, 'superviseur');
    const search = `/api/incidents?q=${tag}&limit=50`;
    expect((await supervisor.get<{ items: Entry[] }>(search)).items).toHaveLength(0);

    // The network returns: the three leave by themselves, the first one's photos sent again first.
    await context.setOffline(false);
    await expect(page.getByTestId('outbox-count')).toHaveText('3 entrées envoyées', { timeout: 60_000 });
    const found = (await supervisor.get<{ items: Entry[] }>(search)).items;
    expect(found).toHaveLength(3);
    const inOrder = [...found].sort((a, b) => a.number.localeCompare(b.number));
    expect(inOrder.map((e) => e.summary)).toEqual(entries.map((e) => e.summary));
    const numbers = inOrder.map((e) => Number(e.number.slice(-6)));
    expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2]);
    for (const [i, entry] of entries.entries()) {
      const detail = await supervisor.get<EntryDetail>(`/api/incidents/${inOrder[i].id}`);
      expect(detail.photos).toHaveLength(entry.photos);
    }
    const chief = await Api.signIn(request, 'chef');
    const integrity = await chief.get<{ ok: boolean; problem: string | null }>('/api/incidents/integrity');
    expect(integrity.problem).toBeNull();
  });
});
