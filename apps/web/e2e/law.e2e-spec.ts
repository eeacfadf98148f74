import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { Api } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

/**
 * Issue 23: the chief reads and prints the record of processing (RGPD art. 30) from his
 * navigation; HR sees an ASVP candidate's own milestones (prosecutor, oath; no préfet, no FIA).
 */
test.describe('the law beyond working time', () => {
  test('the chief reads the record of processing on a desktop, a phone and on paper', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'chef');
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await navigation.getByRole('link', { name: 'Registre RGPD' }).click();
    await expect(page).toHaveTitle('Registre des traitements — Vigie');
    await expect(page.getByRole('heading', { name: 'Registre des traitements', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      /^\d\. Planning du service\s*$/,
      /^\d\. Main courante\s*$/,
      /^\d\. Vidéoprotection : registre des réquisitions d’images\s*$/,
      /^\d\. Recrutement\s*$/,
      /^\d\. Journal des accès\s*$/,
      /^\d\. Armurerie : registre d’inventaire et état journalier des armes\s*$/,
      /^\d\. Comptes de temps\s*$/,
    ]);
    await expect(page.getByTestId('processing-MAIN_COURANTE')).toContainText(
      '3 ans à compter de l’enregistrement de chaque entrée',
    );
    await expect(page.getByTestId('processing-VIDEO_REGISTER')).toContainText(
      '3 ans après l’écrasement des images',
    );
    await expectNoSeriousA11yViolations(page, 'Registre des traitements');
    await screenshot(page, 'law-register-desktop', { whole: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('print-register')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await screenshot(page, 'law-register-print', { whole: true });
    await page.emulateMedia({ media: 'screen' });

    const phone = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, 'chef');
    await expect(phone).toHaveTitle('Tableau de bord — Vigie');
    await phone.goto('/registre-des-traitements');
    await expect(phone.getByTestId('processing-TIME_ACCOUNTS')).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'law-register-phone', { whole: true });
    await phone.context().close();
  });

  test('HR sees an ASVP candidate go through the prosecutor and the oath, without préfet nor FIA', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const hr = await Api.fromPage(page, () => signIn(page, 'rh'));
    await expect(page).toHaveTitle(/Vigie/);
    await hr.create('/api/recruitments', {
      candidateName: 'Inès Vasseur',
      route: 'COMPETITIVE_EXAM',
      grade: 'ASVP',
    });
    await page.goto('/recrutement');
    const card = page.getByTestId('recruitment-Inès Vasseur');
    await expect(card.getByRole('list', { name: 'Étapes' }).getByRole('listitem')).toHaveText([
      /Candidature reçue/,
      /Jury \/ entretien/,
      /Arrêté de nomination/,
      /Agrément du procureur/,
      /Assermentation/,
      /Opérationnel/,
    ]);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'law-recruitment-asvp');
  });
});
