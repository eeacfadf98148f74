import { expect, test } from '@playwright/test';

import { signIn } from './support/screens';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

test.describe('the scripts of the build, as the browser gets them', () => {
  test('the sign-in page announces every script it needs in its HTML, each to be compiled ahead', async ({
    page,
  }) => {
    const scripts: Promise<[string, string]>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        scripts.push(response.text().then((text) => [new URL(response.url()).pathname, text]));
      }
    });
    await page.goto('/connexion');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(1);
    for (const [path, text] of loaded) {
      expect.soft(text.startsWith(COMPILE_HINT), path).toBe(true);
      // Once: a second build step over the same files adds nothing.
      expect.soft(text.indexOf(COMPILE_HINT, 1), path).toBe(-1);
    }

    // Announced with the page (scripts/page-preloads.mjs, apps/api web-page.ts): none found a
    // round trip later, once the sign-in page's own code has arrived.
    const announced = await page
      .locator('link[rel="modulepreload"], script[src]')
      .evaluateAll((elements) =>
        elements.map(
          (element) =>
            new URL(element.getAttribute('href') ?? element.getAttribute('src') ?? '', location.href)
              .pathname,
        ),
      );
    expect(loaded.map(([path]) => path).filter((path) => !announced.includes(path))).toEqual([]);
  });

  test('a signed-in page restores the session once, from its first script even when it comes late, and stays signed in', async ({
    page,
  }) => {
    await signIn(page, 'superviseur');
    // Signed in before leaving the page (the sign-in page has its own title; leaving it before the
    // sign-in's answer cuts the request short and the browser never gets the session's cookies).
    await expect(page.getByTestId('greeting')).toContainText('Karim Benali');
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/refresh')) refreshes.push(request.method());
    });
    for (let reload = 0; reload < 2; reload++) {
      // The second time the script comes late, after the app has started: the app waits for it.
      if (reload === 1) {
        await page.route('**/restore-session-*.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await route.continue();
        });
      }
      await page.goto('/main-courante');
      await expect(page.getByRole('heading', { name: 'Main courante', level: 1 })).toBeVisible();
      await expect(page.locator('ul.entries > li').first()).toBeVisible();
    }
    // One refresh a load (a refresh cookie is good for one use: a second would revoke the session).
    expect(refreshes).toEqual(['POST', 'POST']);
    expect(page.url()).toContain('/main-courante');
  });
});
