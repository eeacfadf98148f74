import { expect, type Page, test } from '@playwright/test';

import { pageFor, screenshot, signIn } from './support/screens';

const DEVICES = [
  ['phone', { width: 412, height: 823 }],
  ['desk', { width: 1440, height: 900 }],
] as const;
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

test.describe('the page’s frame, painted from the HTML while Vigie starts', () => {
  test('shows the page’s title where the page then draws it, on a phone and on a desk, and goes', async ({
    browser,
    baseURL,
  }) => {
    // What the browser shows before the scripts have run, to someone signed in: the frame alone.
    const before = await pageFor(browser, baseURL, { javaScriptEnabled: false });
    await before.context().addCookies([{ name: 'vigie_session', value: '1', url: baseURL! }]);
    const framed = new Map<string, { places: number[][]; lede: string }>();
    for (const [device, size] of DEVICES) {
      await before.setViewportSize(size);
      for (const [path, title] of PAGES) {
        await before.goto(path);
        await expect(before.locator('.vg-frame h1')).toHaveText(title);
        const lede = (await before.locator('.vg-frame p').textContent()) ?? '';
        expect(lede).not.toBe('');
        framed.set(`${device} ${path}`, {
          places: await places(before, ['.vg-frame-bar img', '.vg-frame h1', '.vg-frame p']),
          lede,
        });
        if (device === 'phone') await screenshot(before, `frame-${path.slice(1)}-phone`);
      }
    }
    await before.context().close();

    // The application then draws the page beneath it and takes the frame away: nothing moves.
    const after = await pageFor(browser, baseURL, { javaScriptEnabled: true });
    await signIn(after, 'superviseur');
    await expect(after).not.toHaveURL(/connexion/);
    for (const [device, size] of DEVICES) {
      await after.setViewportSize(size);
      for (const [path, title] of PAGES) {
        const response = await after.goto(path);
        // The page came with its frame (the session's hint), and the app took it away.
        expect(await response?.text()).toContain('<div id="vg-frame"');
        await expect(after.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await expect(after.locator('#vg-frame')).toHaveCount(0);
        const { lede, places: framedPlaces } = framed.get(`${device} ${path}`)!;
        await expect(after.locator('main .page-header p').first()).toHaveText(lede);
        expect({
          device,
          path,
          places: await places(after, ['.brand img', 'main h1', 'main .page-header p']),
        }).toEqual({ device, path, places: framedPlaces });
      }
    }
    await after.context().close();
  });
});
