import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, type Shift, todayInParis } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

interface Agent {
  id: string;
  firstName: string;
  lastName: string;
  qualifications: { kind: string; valid: boolean }[];
}

/** An agent on a shift in progress, armed (firearm permit valid) and without a PIE permit. */
async function armedOnDuty(api: Api): Promise<Agent> {
  const today = todayInParis();
  const now = Date.now();
  const tried = new Set<string>();
  const pick = async (shifts: Shift[]): Promise<Agent | null> => {
    for (const shift of shifts) {
      if (!(Date.parse(shift.startsAt) <= now && now < Date.parse(shift.endsAt) - 30 * 60_000)) continue;
      for (const { agentId } of shift.assignments) {
        if (tried.has(agentId)) continue;
        tried.add(agentId);
        const agent = await api.get<Agent>(`/api/agents/${agentId}`);
        const valid = (kind: string) => agent.qualifications.some((q) => q.kind === kind && q.valid);
        if (valid('FIREARM') && !valid('TASER')) return agent;
      }
    }
    return null;
  };
  const found = await pick(await api.shifts(addDays(today, -1), today));
  if (found) return found;
  // Nobody armed on duty at this hour (between patrols): a reinforcement shift from now on.
  const types = await api.get<{ items: { id: string; code: string }[] }>('/api/shift-types?limit=200');
  const type = types.items.find((t) => t.code === 'EVT') ?? types.items[0];
  const shift = await api.create<Shift>('/api/shifts', {
    shiftTypeId: type.id,
    startsAt: new Date(now - 5 * 60_000).toISOString(),
    endsAt: new Date(now + 3 * 3_600_000).toISOString(),
    label: 'Renfort',
  });
  const agents = await api.get<{ items: Agent[] }>('/api/agents?limit=200&status=ACTIVE');
  for (const agent of agents.items) {
    const valid = (kind: string) => agent.qualifications.some((q) => q.kind === kind && q.valid);
    if (!valid('FIREARM') || valid('TASER')) continue;
    if ((await api.send('put', `/api/shifts/${shift.id}/assignments/${agent.id}`)) === 200) return agent;
  }
  throw new Error('no armed agent could be put on duty now');
}

/**
 * Issue 23 point 7: at the start of a shift the supervisor hands a handgun to an agent on duty
 * from the armoury, is refused a PIE the agent holds no permit for, takes the handgun back with
 * the cartridges counted and corrects the count he mistyped; he enters a new weapon in the
 * register and sends it for repair.
 */
test.describe('the armoury', () => {
  test('the supervisor issues a weapon at the start of a shift, takes it back, corrects the count, adds a weapon', async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    test.setTimeout(180_000);
    const agent = await armedOnDuty(await Api.signIn(request, 'chef'));
    const name = `${agent.firstName} ${agent.lastName}`;

    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'superviseur');
    await expect(page.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('dashboard-armoury').click();
    await expect(page.getByRole('heading', { name: 'Armurerie' })).toBeVisible();
    await expect(page.getByTestId('register-group').first()).toBeVisible();
    await screenshot(page, 'armoury-desktop', { whole: true });

    // A PIE: the agent holds no permit for it, the refusal says so in French.
    await page.getByTestId('issue-weapon').click();
    const dialog = page.getByRole('dialog', { name: 'Remettre une arme' });
    await dialog.getByTestId('issue-agent').click();
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await dialog.getByTestId('issue-weapon').click();
    await page
      .getByRole('option', { name: /Axon Taser 7/ })
      .first()
      .click();
    await expect(dialog.getByTestId('issue-ammunition')).toHaveValue('2');
    await dialog.getByRole('button', { name: 'Remettre' }).click();
    await expect(dialog.getByTestId('issue-refusal')).toContainText(
      'Pistolet à impulsion électrique : aucune autorisation ce jour',
    );
    await expectNoSeriousA11yViolations(page, 'Remettre une arme');
    await screenshot(page, 'armoury-issue-refused-desktop');

    // His handgun, with two magazines.
    await dialog.getByTestId('issue-weapon').click();
    await page
      .getByRole('option', { name: /Glock 17/ })
      .first()
      .click();
    await expect(dialog.getByTestId('issue-ammunition')).toHaveValue('30');
    await dialog.getByRole('button', { name: 'Remettre' }).click();
    await expect(dialog).toBeHidden();
    // The message names the handgun handed out: its card, among the demo's issues of the morning.
    const done = page.locator('mat-snack-bar-container');
    await expect(done).toContainText(`remise à ${name}`);
    const serial = /BDUX-\d{4}/.exec(await done.innerText())![0];
    const card = page.getByTestId('issue-out').filter({ hasText: serial });
    await expect(card).toContainText(name);
    await expect(card).toContainText('30 cartouches');

    // Back at the end of the shift: two cartridges short, the log keeps it.
    await card.getByTestId('return-weapon').click();
    const back = page.getByRole('dialog', { name: 'Réintégrer une arme' });
    await expect(back.getByTestId('return-ammunition')).toHaveValue('30');
    await back.getByTestId('return-ammunition').fill('28');
    await expect(back).toContainText('2 cartouche(s) manquante(s)');
    await screenshot(page, 'armoury-return-desktop');
    await back.getByRole('button', { name: 'Réintégrer' }).click();
    await expect(back).toBeHidden();
    const returned = page
      .getByTestId('issue-returned')
      .filter({ hasText: serial })
      .filter({ hasText: '28 cartouches rendues' });
    await expect(returned).toBeVisible();

    // Recounted in the safe: 30 came back, not 28. The correction is a new line of the log, with
    // who and why; the card shows the corrected count and the history.
    await returned.getByTestId('correct-issue').click();
    const fix = page.getByRole('dialog', { name: 'Corriger une ligne du journal' });
    await expect(fix.getByTestId('correct-returned')).toHaveValue('28');
    await fix.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect(fix.getByText('Dites pourquoi (5 caractères au moins).')).toBeVisible();
    await fix.getByTestId('correct-returned').fill('30');
    await fix.getByTestId('correct-reason').fill('Recompté au coffre : 30 cartouches, erreur de saisie');
    await expectNoSeriousA11yViolations(page, 'Corriger une ligne du journal');
    await screenshot(page, 'armoury-correction-desktop');
    await fix.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect(fix).toBeHidden();
    // His card: after the morning's returns, the demo's log may hold another line of this serial.
    const corrected = page
      .getByTestId('issue-returned')
      .filter({ hasText: serial })
      .filter({ hasText: name });
    await expect(corrected).toContainText('30 cartouches rendues');
    await expect(corrected.getByTestId('issue-correction')).toContainText(
      'par Karim Benali : cartouches rendues 28 → 30 — Recompté au coffre',
    );

    // A new handgun enters the register, then goes to the armourer: « En réparation ».
    const newSerial = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await page.getByTestId('add-weapon').click();
    const add = page.getByRole('dialog', { name: 'Ajouter une arme au registre' });
    await add.getByTestId('weapon-model').fill('Glock 17 Gen 5');
    await add.getByTestId('weapon-serial').fill(newSerial.toLowerCase());
    await expectNoSeriousA11yViolations(page, 'Ajouter une arme au registre');
    await screenshot(page, 'armoury-add-weapon-desktop');
    await add.getByRole('button', { name: 'Ajouter' }).click();
    await expect(add).toBeHidden();
    // The previous message may still be leaving while this one comes: the one that says it.
    await expect(
      page.locator('mat-snack-bar-container').filter({ hasText: `${newSerial} ajoutée au registre` }),
    ).toBeVisible();
    await page.getByTestId('register-group').filter({ hasText: 'Arme de poing' }).locator('summary').click();
    const entry = page.locator(`[data-testid="register-weapon"][data-serial="${newSerial}"]`);
    await expect(entry).toContainText('Au coffre');
    await entry.getByTestId('weapon-status-change').click();
    const status = page.getByRole('dialog', { name: 'Changer le statut de l’arme' });
    await status.getByTestId('weapon-status').click();
    await page.getByRole('option', { name: 'En réparation' }).click();
    await status.getByTestId('weapon-status-reason').fill('Détente dure, envoyée à l’armurier');
    await screenshot(page, 'armoury-status-desktop');
    await status.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(status).toBeHidden();
    await page.getByTestId('register-group').filter({ hasText: 'Arme de poing' }).locator('summary').click();
    await expect(entry).toContainText('En réparation');

    const phone = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, 'superviseur');
    await expect(phone.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });
    await phone.goto('/armurerie');
    await expect(phone.getByRole('heading', { name: 'Armurerie' })).toBeVisible();
    await expect(phone.getByTestId('issue-returned').first()).toBeVisible();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'armoury-phone', { whole: true });
    await phone.getByTestId('issue-weapon').click();
    await expect(phone.getByRole('dialog')).toBeVisible();
    await screenshot(phone, 'armoury-issue-dialog-phone');
    await phone.keyboard.press('Escape');
    await expect(phone.getByRole('dialog')).toBeHidden();
    await phone
      .getByTestId('issue-returned')
      .filter({ hasText: serial })
      .filter({ hasText: name })
      .getByTestId('correct-issue')
      .click();
    await expect(phone.getByRole('dialog', { name: 'Corriger une ligne du journal' })).toBeVisible();
    await screenshot(phone, 'armoury-correction-phone');
    await phone.keyboard.press('Escape');
    await phone.getByTestId('add-weapon').click();
    await expect(phone.getByRole('dialog', { name: 'Ajouter une arme au registre' })).toBeVisible();
    await screenshot(phone, 'armoury-add-weapon-phone');
    await phone.keyboard.press('Escape');
    await phone.getByTestId('register-group').filter({ hasText: 'Arme de poing' }).locator('summary').click();
    await phone.getByTestId('weapon-status-change').first().click();
    await expect(phone.getByRole('dialog', { name: 'Changer le statut de l’arme' })).toBeVisible();
    await screenshot(phone, 'armoury-status-phone');
    await phone.context().close();
  });
});
