import { readFile } from 'node:fs/promises';

import { type Browser, expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, mondayOf, parisDate, parisTime, type Shift, todayInParis } from './support/planning';
import { pageFor, screenshot, signIn } from './support/screens';

const JULIEN = 'Julien Lefebvre';
const REASON = 'Interpellation en fin de service, procédure au poste';

/** `HH:mm` plus 90 minutes (a day shift's end, well before midnight). */
function ninetyMinutesAfter(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const total = hours * 60 + minutes + 90;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** `2026-12-05` → `05/12/2026`. */
function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** « Décembre 2026 » for `2026-12-05`, as the month picker names it. */
function monthTitle(date: string): string {
  const text = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${date.slice(0, 7)}-15T12:00:00Z`),
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Julien's last day shift already over, published, within the last ten days. */
async function lastPassedDayShift(api: Api, today: string): Promise<Shift | undefined> {
  const now = Date.now();
  const shifts = await api.shifts(addDays(today, -10), today);
  return shifts
    .filter(
      (candidate) =>
        candidate.published &&
        Date.parse(candidate.endsAt) < now &&
        candidate.assignments.some((assignment) => assignment.agentName === JULIEN) &&
        parisTime(candidate.startsAt) >= '06:00' &&
        parisTime(candidate.endsAt) <= '20:00' &&
        parisDate(candidate.startsAt) === parisDate(candidate.endsAt),
    )
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
}

/**
 * The demo's roster starts this Monday: early on a Monday none of its day shifts is over yet (nor,
 * early on a Tuesday, when Julien was on nights). The chief then puts Julien on a morning shift of
 * the latest past day the rules allow (yesterday, else a day before) and publishes that week, as a
 * service that moved to Vigie last week would have.
 */
async function julienWorkedLately(
  browser: Browser,
  baseURL: string | undefined,
  today: string,
): Promise<Shift | undefined> {
  // Its own context: the chief's refresh cookie must not become the supervisor's page's.
  const context = await browser.newContext({ baseURL });
  const chief = await Api.signIn(context.request, 'chef');
  const types = await chief.get<{ items: { id: string; code: string }[] }>('/api/shift-types?limit=200');
  const type = types.items.find((t) => t.code === 'EVT') ?? types.items[0];
  const agents = await chief.get<{ items: { id: string; firstName: string; lastName: string }[] }>(
    '/api/agents?limit=200&status=ACTIVE',
  );
  const julien = agents.items.find((agent) => `${agent.firstName} ${agent.lastName}` === JULIEN)!;
  let day: string | undefined;
  for (let back = 1; back <= 7 && !day; back++) {
    const candidate = addDays(today, -back);
    // 08:00–12:00 Paris, whatever the offset of the day (UTC+1 or +2).
    const offset = new Date(`${candidate}T12:00:00Z`).toLocaleString('en-US', {
      timeZone: 'Europe/Paris',
      timeZoneName: 'shortOffset',
    });
    const hours = Number(/GMT\+(\d+)/.exec(offset)?.[1] ?? 1);
    const at = (time: string) => `${candidate}T${time}:00+0${hours}:00`;
    const shift = await chief.create<Shift>('/api/shifts', {
      shiftTypeId: type.id,
      startsAt: at('08:00'),
      endsAt: at('12:00'),
      label: 'Renfort marché',
    });
    // Refused (his rest around a night shift of that day): that shift goes, the day before is tried.
    if ((await chief.send('put', `/api/shifts/${shift.id}/assignments/${julien.id}`)) === 200)
      day = candidate;
    else expect(await chief.send('delete', `/api/shifts/${shift.id}`)).toBeLessThan(300);
  }
  expect(day, 'a past day the rules let Julien work a morning').toBeDefined();
  const monday = mondayOf(day!);
  expect(await chief.send('post', '/api/roster/publish', { from: monday, to: addDays(monday, 6) })).toBe(200);
  const shiftOver = await lastPassedDayShift(chief, today);
  await context.close();
  return shiftOver;
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Issue 22, points 2, 5 and 6: the supervisor corrects what an agent worked on a passed shift, the
 * agent sees the overtime and the reason in « Mon temps », HR downloads the month's payroll CSV.
 */
test.describe('time accounts', () => {
  test('the supervisor corrects a worked shift, the agent sees his overtime, HR downloads the month’s export', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const api = await Api.fromPage(page, () => signIn(page, 'superviseur'));
    await expect(page.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });

    // Julien's last day shift already over, on the published roster of the demo.
    const today = todayInParis();
    const shift =
      (await lastPassedDayShift(api, today)) ?? (await julienWorkedLately(browser, baseURL, today));
    expect(shift, 'a passed day shift of Julien Lefebvre in the demo').toBeDefined();
    const day = parisDate(shift!.startsAt);
    const julienId = shift!.assignments.find((assignment) => assignment.agentName === JULIEN)!.agentId;
    const plannedEnd = parisTime(shift!.endsAt);
    const workedEnd = ninetyMinutesAfter(plannedEnd);

    // « Heures réalisées » from the shift's menu in the week grid.
    await page.goto(`/planning?semaine=${mondayOf(day)}`);
    const menu = page.getByTestId(`slot-menu-${shift!.id}`);
    await expect(menu).toBeVisible();
    await menu.click();
    await page.getByTestId('slot-worked').click();
    const list = page.getByRole('dialog', { name: 'Heures réalisées' });
    const row = list.getByTestId(`worked-row-${julienId}`);
    await expect(row).toContainText(`Prévu ${parisTime(shift!.startsAt)}–${plannedEnd}`);
    await expect(row.getByTestId('worked-actual')).toHaveText('Réalisé : comme prévu (planning publié)');
    await screenshot(page, 'worked-list-desktop');

    await row.getByTestId('worked-edit').click();
    const edit = page.getByRole('dialog', { name: `Heures réalisées — ${JULIEN}` });
    await expect(edit.getByTestId('worked-start')).toHaveValue(parisTime(shift!.startsAt));
    await expect(edit.getByTestId('worked-end')).toHaveValue(plannedEnd);
    // A time that is not one is said beside the field, and nothing is sent.
    await edit.getByTestId('worked-end').fill('25:00');
    await expect(edit).toContainText('Une heure hh:mm, de 00:00 à 23:59.');
    await expect(edit.getByTestId('worked-save')).toBeDisabled();
    await edit.getByTestId('worked-end').fill(workedEnd);
    await edit.getByTestId('worked-reason').fill(REASON);
    await expect(edit.getByTestId('worked-duration')).toContainText('réalisées');
    await expectNoSeriousA11yViolations(page, 'Heures réalisées');
    await screenshot(page, 'worked-edit-desktop');
    await edit.getByTestId('worked-save').click();
    await expect(edit).toBeHidden();
    await expect(row.getByTestId('worked-actual')).toContainText(
      `Réalisé ${parisTime(shift!.startsAt)}–${workedEnd}`,
    );
    await expect(row.getByTestId('worked-actual')).toContainText('1 h 30 sup. payées');
    await expect(row).toContainText(REASON);

    // The same from a phone's day view: the shift card's menu.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/planning?jour=${day}`);
    await page.getByTestId(`day-menu-${shift!.id}`).click();
    await page.getByTestId('slot-worked').click();
    const phoneList = page.getByRole('dialog', { name: 'Heures réalisées' });
    await expect(phoneList.getByTestId(`worked-row-${julienId}`)).toContainText(REASON);
    await screenshot(page, 'worked-list-phone');
    await phoneList.getByTestId(`worked-row-${julienId}`).getByTestId('worked-edit').click();
    const phoneEdit = page.getByRole('dialog', { name: `Heures réalisées — ${JULIEN}` });
    await expect(phoneEdit.getByTestId('worked-end')).toHaveValue(workedEnd);
    await screenshot(page, 'worked-edit-phone');
    await phoneEdit.getByRole('button', { name: 'Annuler' }).click();
    await expect(phoneEdit).toBeHidden();

    // The agent, on his phone: « Mon temps » from his home, the overtime and the reason.
    const phone = await pageFor(browser, baseURL, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(phone, 'agent');
    await expect(phone.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });
    await phone.getByTestId('home-my-time').click();
    await expect(phone.getByRole('heading', { name: 'Mon temps' })).toBeVisible();
    const overtime = phone.getByTestId('time-overtime');
    await expect(overtime.getByTestId('time-overtime-total')).not.toHaveText('0 h');
    await expect(overtime.getByTestId('time-ceiling')).toContainText('sur 25 h');
    const correction = phone.getByTestId('time-correction').filter({ hasText: REASON });
    await expect(correction).toContainText(
      `réalisé ${frenchDate(day)}, ${parisTime(shift!.startsAt)}–${workedEnd}`,
    );
    await expect(correction).toContainText('Saisi par Karim Benali');
    await expect(correction).toContainText('1 h 30 supplémentaires');
    await expect(phone.getByTestId('time-leave-ANNUAL_LEAVE')).toContainText('restant');
    await noSidewaysScroll(phone);
    await expectNoSeriousA11yViolations(phone, 'Mon temps');
    await screenshot(phone, 'my-time-phone', { whole: true });
    await screenshot(phone, 'my-time-phone-top');
    await phone.setViewportSize({ width: 1280, height: 900 });
    await screenshot(phone, 'my-time-desktop', { whole: true });

    // His absence request shows the balance it draws on, and the API's refusal beyond it.
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto('/mon-planning');
    await phone.getByTestId('request-absence').click();
    const from = addDays(today, 60);
    const to = addDays(from, 70);
    await phone.getByTestId('absence-from').fill(frenchDate(from));
    await phone.getByTestId('absence-to').fill(frenchDate(to));
    await expect(phone.getByTestId('absence-balance')).toContainText(/Il vous reste .* de congés annuels/);
    await phone.getByTestId('absence-submit').click();
    const refusal = phone.getByTestId('absence-error');
    await expect(refusal).toContainText('Demande refusée : solde insuffisant.');
    await expect(refusal).toContainText('Solde insuffisant (Congés annuels)');
    await refusal.scrollIntoViewIfNeeded();
    await noSidewaysScroll(phone);
    await screenshot(phone, 'absence-balance-phone');
    await phone.context().close();

    // HR: everybody's accounts from the menu, Julien's opened, the month's payroll downloaded.
    const hr = await pageFor(browser, baseURL, { viewport: { width: 1280, height: 900 } });
    await signIn(hr, 'rh');
    await expect(hr.getByTestId('user-menu')).toBeVisible({ timeout: 20_000 });
    await hr.getByTestId('user-menu').click();
    await hr.getByRole('menuitem', { name: 'Comptes d’heures' }).click();
    await expect(hr.getByRole('heading', { name: 'Comptes d’heures' })).toBeVisible();
    const rows = hr.getByTestId('account-row');
    await expect(rows.first()).toBeVisible();
    await expect(rows.filter({ hasText: JULIEN })).toHaveCount(1);
    await expectNoSeriousA11yViolations(hr, 'Comptes d’heures');
    // Administrative staff are counted by their office week: not first for want of a roster.
    const dupont = rows.filter({ hasText: 'Martine Dupont' });
    await expect(dupont.getByTestId('account-basis')).toHaveText('horaire fixe');
    const firstThree = (await rows.allInnerTexts()).slice(0, 3).join(' | ');
    expect(firstThree).not.toMatch(/Dupont|Boucher/);
    await screenshot(hr, 'time-accounts-desktop', { whole: true });

    await hr.getByTestId('payroll-month').click();
    await hr.getByRole('option', { name: monthTitle(day) }).click();
    const [download] = await Promise.all([
      hr.waitForEvent('download'),
      hr.getByTestId('payroll-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`paie-${day.slice(0, 7)}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    // Opens right in French Excel: semicolons, decimal commas, one agent a line with his matricule;
    // Julien's 1 h 30 of the correction among his paid overtime of the month.
    const header = lines[0].split(';');
    expect(header).toEqual(expect.arrayContaining(['Matricule', 'Nom', 'HS total payées']));
    const julienLine = lines.find((line) => line.split(';')[1] === 'Lefebvre');
    expect(julienLine, csv).toBeDefined();
    const total = Number(julienLine!.split(';')[header.indexOf('HS total payées')].replace(',', '.'));
    expect(total).toBeGreaterThanOrEqual(1.5);
    expect(julienLine).toMatch(/;\d+,\d{2};/);

    await rows.filter({ hasText: JULIEN }).click();
    await expect(hr.getByTestId('time-agent')).toContainText(JULIEN);
    await expect(hr.getByTestId('time-correction').filter({ hasText: REASON })).toBeVisible();
    await expect(hr.getByTestId('time-counted-by')).toContainText('Planning Vigie');

    // HR carries in the balance of the months before Vigie: the account and its sentence follow.
    const before = await hr.getByTestId('time-balance').innerText();
    await hr.getByTestId('opening-hours').fill('6.5');
    await hr.getByTestId('opening-leave').fill('3');
    await hr.getByTestId('opening-reason').fill('Reprise du tableur de janvier à mai');
    await hr.getByTestId('opening-save').click();
    await expect(hr.getByTestId('time-opening')).toContainText(
      'Solde d’ouverture : +6 h 30 · 3 jours de congés déjà pris',
    );
    await expect(hr.getByTestId('time-balance')).not.toHaveText(before);
    // Without a reason, nothing is sent: the form says why.
    await hr.getByTestId('opening-hours').fill('8');
    await hr.getByTestId('opening-save').click();
    await expect(hr.getByTestId('opening-error')).toHaveText(
      'Donnez le motif du report (3 caractères au moins).',
    );
    await expectNoSeriousA11yViolations(hr, 'Compte d’heures');
    await screenshot(hr, 'agent-time-desktop', { whole: true });

    await hr.setViewportSize({ width: 390, height: 844 });
    await hr.goBack();
    await expect(rows.first()).toBeVisible();
    await noSidewaysScroll(hr);
    await screenshot(hr, 'time-accounts-phone');

    // Martine Dupont's account says how it is counted; HR's settings read on a phone.
    await rows.filter({ hasText: 'Martine Dupont' }).click();
    await expect(hr.getByTestId('time-counted-by')).toContainText(
      'Horaire fixe : lundi–vendredi, 7 h par jour',
    );
    await expect(hr.getByTestId('time-counting-form')).toBeVisible();
    await noSidewaysScroll(hr);
    await screenshot(hr, 'agent-time-phone', { whole: true });
    await hr.goBack();

    // Julien's opening back to nothing carried in, for the journeys after this one.
    await rows.filter({ hasText: JULIEN }).click();
    await hr.getByTestId('opening-hours').fill('0');
    await hr.getByTestId('opening-leave').fill('0');
    await hr.getByTestId('opening-reason').fill('Fin de la démonstration');
    await hr.getByTestId('opening-save').click();
    await expect(hr.getByTestId('time-opening')).toHaveCount(0);
    await hr.context().close();
  });
});
