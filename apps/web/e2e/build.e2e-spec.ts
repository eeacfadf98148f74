import { expect, test } from '@playwright/test';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

test('every script a page loads asks the browser to compile it ahead, while it downloads', async ({
  page,
}) => {
  const scripts: Promise<[string, string]>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) {
      scripts.push(response.text().then((text) => [response.url(), text]));
    }
  });
  await page.goto('/connexion');
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(1);
  for (const [url, text] of loaded) {
    expect.soft(text.startsWith(COMPILE_HINT), url).toBe(true);
    // Once: a second build step over the same files adds nothing.
    expect.soft(text.indexOf(COMPILE_HINT, 1), url).toBe(-1);
  }
});
