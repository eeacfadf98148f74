import { expect, test } from '@playwright/test';

import { screenshot, signIn } from './support/screens';

// A browser set to American English: Vigie still shows and reads dates the French way.
test.use({ locale: 'en-US', timezoneId: 'Europe/Paris' });

function parisParts(instant: Date): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/**
 * A recent day whose day and month could be swapped (both at most 12, and different), at 16:55 in
 * Paris: read month first, it would be another date — or none.
 */
function ambiguousRecentDay(): { day: string; month: string; year: string } {
  for (let back = 1; back < 28; back++) {
    const { day, month, year } = parisParts(new Date(Date.now() - back * 86_400_000));
    if (Number(day) <= 12 && day !== month) return { day, month, year };
  }
  throw new Error('no day of the last four weeks is ambiguous');
}

test.describe('dates and times in a browser set to en-US', () => {
  test('an agent sees and types the time of the facts day first in 24 h, and the entry keeps that day', async ({
    page,
  }) => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await signIn(page, 'agent');
    await page.getByTestId('home-new-incident').click();
    await expect(page.getByRole('heading', { name: 'Nouvelle entrée', level: 1 })).toBeVisible();

    // Now, written the French way, not as the browser's own 12/05/2026, 04:55 PM.
    const field = page.getByTestId('occurred-at');
    await expect(field).toHaveAttribute('type', 'text');
    await expect(field).toHaveAttribute('placeholder', 'jj/mm/aaaa hh:mm');
    const now = parisParts(new Date());
    await expect(field).toHaveValue(new RegExp(`^${now.day}/${now.month}/${now.year} \\d\\d:\\d\\d$`));

    // Month first, as an American would type it: refused, with the format to follow.
    await field.fill('12/31/2025 4:55 PM');
    await field.blur();
    await expect(page.getByTestId('occurred-at-error')).toHaveText(
      'Date ou heure illisible : écrivez-la jour d’abord, au format jj/mm/aaaa hh:mm (par exemple 04/12/2026 16:55).',
    );

    const { day, month, year } = ambiguousRecentDay();
    const typed = `${day}/${month}/${year} 16:55`;
    await field.fill(typed);
    await field.blur();
    await expect(page.getByTestId('occurred-at-error')).toHaveCount(0);
    await screenshot(page, 'incident-form-en-US');

    const tag = `horloge${Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    await page.getByRole('button', { name: 'Tranquillité publique' }).click();
    await page.getByRole('button', { name: 'Bruit, tapage' }).click();
    await page.getByTestId('quartier').click();
    await page.getByRole('option', { name: 'Bourg' }).click();
    await page.getByTestId('address').fill('3 place du Bourg');
    await page.getByTestId('summary').fill(`Tapage, ${tag}`);
    await page.getByTestId('save-incident').click();
    await expect(page.getByTestId('incident-number')).toHaveText(/^MC-\d{4}-\d{6}$/);

    // The entry happened on that day — the day typed first — at 16:55.
    const long = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12)));
    await expect(page.getByTestId('occurred-at')).toContainText(long);
    await expect(page.getByTestId('occurred-at')).toContainText('à 16:55');

    // The list writes it as it was typed; the date filters read dd/MM/yyyy too.
    await page.getByRole('link', { name: 'Main courante' }).first().click();
    await page.getByTestId('incident-search').fill(tag);
    await expect(page.getByTestId('incident-row')).toHaveCount(1);
    await expect(page.getByTestId('incident-row')).toContainText(typed);
    const from = page.getByTestId('filter-from');
    await from.fill(`${day}/${month}/${year}`);
    await from.blur();
    await expect(page).toHaveURL(new RegExp(`[?&]du=${year}-${month}-${day}`));
    await expect(from).toHaveValue(`${day}/${month}/${year}`);
    await expect(page.getByTestId('incident-row')).toHaveCount(1);
    await screenshot(page, 'incidents-list-en-US');
  });
});
