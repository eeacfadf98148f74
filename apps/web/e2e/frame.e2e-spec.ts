import { type Browser, type BrowserContextOptions, expect, type Page, test } from '@playwright/test';

import { screenshot, signIn } from './support/screens';

const PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  isMobile: true,
  hasTouch: true,
};
const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PAGES = [
  ['/main-courante', 'Main courante'],
  ['/planning', 'Planning'],
] as const;

/** Where a page shows the brand, its title and the line under it (left and top edges, rounded). */
async function places(page: Page, selectors: string[]): Promise<number[][]> {
  const places: number[][] = [];
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    places.push([Math.round(box?.x ?? -1), Math.round(box?.y ?? -1)]);
  }
  return places;
}

async function newPage(
  browser: Browser,
  baseURL: string | undefined,
  options: BrowserContextOptions,
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await browser.newContext({
    ...options,
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    javaScriptEnabled,
  });
  return context.newPage();
}

test.describe('the page’s frame, painted from the HTML while Vigie starts', () => {
  for (const [device, options] of [
    ['phone', PHONE],
    ['desk', DESKTOP],
  ] as const) {
    test(`shows the page’s title where the page then draws it, and goes (${device})`, async ({
      browser,
      baseURL,
    }) => {
      // What the browser shows before the scripts have run, to someone signed in: the frame alone.
      const before = await newPage(browser, baseURL, options, false);
      await before.context().addCookies([{ name: 'vigie_session', value: '1', url: baseURL! }]);
      const framed = new Map<string, { places: number[][]; lede: string }>();
      for (const [path, title] of PAGES) {
        await before.goto(path);
        await expect(before.locator('.vg-frame h1')).toHaveText(title);
        const lede = (await before.locator('.vg-frame p').textContent()) ?? '';
        expect(lede).not.toBe('');
        framed.set(path, {
          places: await places(before, ['.vg-frame-bar img', '.vg-frame h1', '.vg-frame p']),
          lede,
        });
        if (device === 'phone') await screenshot(before, `frame-${path.slice(1)}-phone`);
      }
      await before.context().close();

      // The application then draws the page beneath it and takes the frame away: nothing moves.
      const after = await newPage(browser, baseURL, options);
      await signIn(after, 'chef');
      await expect(after.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
      for (const [path, title] of PAGES) {
        await after.goto(path);
        await expect(after.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await expect(after.locator('#vg-frame')).toHaveCount(0);
        await expect(after.locator('main .page-header p').first()).toHaveText(framed.get(path)!.lede);
        expect({
          path,
          places: await places(after, ['.brand img', 'main h1', 'main .page-header p']),
        }).toEqual({
          path,
          places: framed.get(path)!.places,
        });
      }
      await after.context().close();
    });
  }
});
