import { expect, test } from '@playwright/test';
import type {
  DashboardIncidentsResponse,
  DashboardQualificationsResponse,
  DashboardRecruitmentResponse,
  DashboardStaffingResponse,
  DeploymentResponse,
  FootageRequestResponse,
} from '@vigie/shared';

import { expectNoSeriousA11yViolations } from './support/a11y';
import { addDays, Api, mondayOf, Shift, todayInParis } from './support/planning';
import { screenshot, signIn } from './support/screens';

const TILES = ['staffing', 'week', 'incidents', 'footage', 'deployment', 'qualifications', 'recruitment'];

/**
 * A shift of this week at its minimum, staffed by someone else than the demo agent (whose
 * notifications another journey reads): taking one agent off leaves it uncovered.
 */
async function fullShiftOfThisWeek(chief: Api): Promise<{ shift: Shift; agentId: string }> {
  const monday = mondayOf(todayInParis());
  const shifts = await chief.shifts(monday, addDays(monday, 6));
  for (const shift of shifts) {
    const other = shift.assignments.find((a) => a.agentName !== 'Julien Lefebvre');
    if (shift.assignments.length === shift.minAgents && other) return { shift, agentId: other.agentId };
  }
  throw new Error('Aucun créneau de la semaine à son minimum dans la démo.');
}

test.describe('the chief', () => {
  test('lands on his dashboard, sees the service at a glance, opens the planning at an uncovered shift, and signs out', async ({
    page,
  }) => {
    // The longest journey (every tile, a11y scans, screenshots): a loaded 2-core machine needs more than the default minute.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByRole('heading', { name: 'Vigie' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Connexion');
    await screenshot(page, 'sign-in');

    await signIn(page, 'chef', 'mauvais-mot-de-passe');
    await expect(page.getByTestId('login-error')).toHaveText('Identifiant ou mot de passe incorrect.');

    const chief = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page).toHaveTitle('Tableau de bord — Vigie');
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link')).toHaveText([
      /Tableau de bord$/,
      /Planning$/,
      /Mon planning$/,
      /Absences$/,
      /Comptes d’heures$/,
      /Main courante$/,
      /Statistiques$/,
      /Vidéoprotection$/,
      /Réquisitions$/,
      /Armurerie$/,
      /Effectif$/,
      /Recrutement$/,
      /Comptes$/,
      /Quartiers$/,
      /Registre RGPD$/,
    ]);

    // Each tile says what its own call answers.
    const staffing = await chief.get<DashboardStaffingResponse>('/api/dashboard/staffing');
    await expect(page.getByTestId('staffing-figure')).toHaveText(
      `${staffing.headcount.operational} opérationnels sur ${staffing.headcount.target}`,
    );
    await expect(page.getByTestId('staffing-forecast')).toHaveText(
      /^Objectif de \d+ au \d\d\/\d\d\/\d{4} (atteint en \p{L}+ \d{4}|non atteint d’ici \p{L}+ \d{4} : il manquera \d+ agents?)$/u,
    );
    await expect(
      page.getByRole('img', { name: /Prévision de l’effectif opérationnel sur 18 mois/ }),
    ).toBeVisible();
    const incidents = await chief.get<DashboardIncidentsResponse>('/api/dashboard/incidents');
    await expect(page.getByTestId('incidents-open')).toContainText(`${incidents.open} ouvertes ou en cours`);
    await expect(page.getByTestId('incidents-OPEN')).toHaveAttribute('href', '/main-courante?statut=OPEN');
    const [urgent] = (await chief.get<{ items: FootageRequestResponse[] }>('/api/footage-requests?open=true'))
      .items;
    const firstRequest = page.getByTestId('footage-request').first();
    await expect(firstRequest).toContainText(urgent.camera.code);
    if (urgent.urgency === 'critical') {
      await expect(firstRequest).toHaveAttribute('data-tone', 'red');
      await expect(firstRequest.getByTestId('footage-countdown')).toHaveText(
        /^dans (\d+ j \d+ h|\d+ h \d\d min|\d+ min)$/,
      );
    }
    const deployment = await chief.get<DeploymentResponse>('/api/cameras/deployment');
    for (const row of deployment.rows) {
      await expect(page.getByTestId(`deployment-${row.kind}-${row.year}`)).toContainText(
        `${row.installed} / ${row.planned}`,
      );
    }
    const qualifications = await chief.get<DashboardQualificationsResponse>('/api/dashboard/qualifications');
    // One line per person, whatever his concerns (five at most), Leclercq's led by the préfet's
    // decision awaited, his continuing training behind said on hover and on his record.
    const people = new Set(
      [
        ...qualifications.firearm,
        ...qualifications.expiring,
        ...qualifications.weapons,
        ...qualifications.training,
      ].map((item) => item.agentId),
    );
    const tile = page.getByTestId('tile-qualifications');
    await expect(tile.locator('[data-alert]')).toHaveCount(Math.min(5, people.size));
    const leclercq = tile.locator('[data-alert]').filter({ hasText: 'Antoine Leclercq' });
    await expect(leclercq).toContainText('décision à enregistrer');
    await expect(leclercq).toHaveAttribute('title', /Formation continue : \d+ j sur 10/);
    const recruitment = await chief.get<DashboardRecruitmentResponse>('/api/dashboard/recruitment');
    await expect(page.getByTestId('stalled-recruitment').first()).toContainText(
      recruitment.stalled[0].candidateName,
    );

    // An entry logged an hour ago and a shift of this week losing an agent: after « Actualiser »,
    // the last 24 hours list the entry, and the week's tile the shift, uncovered.
    const me = await chief.get<{ agentId: string }>('/api/auth/me');
    const entry = await chief.create<{ id: string; number: string }>('/api/incidents', {
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      category: 'PUBLIC_PEACE.NOISE',
      location: { address: 'Place du Bourg', quartier: 'BOURG' },
      summary: 'Tapage nocturne place du Bourg',
      description: 'Musique forte signalée par des riverains, rappel à l’ordre.',
      agentIds: [me.agentId],
    });
    const { shift, agentId } = await fullShiftOfThisWeek(chief);
    expect(await chief.send('delete', `/api/shifts/${shift.id}/assignments/${agentId}`)).toBe(204);
    try {
      await page.getByTestId('refresh').click();
      const recent = page
        .getByTestId('incident-recent')
        .filter({ hasText: 'Tapage nocturne place du Bourg' });
      await expect(recent).toContainText(entry.number);
      await expect(recent).toHaveAttribute('href', `/main-courante/${entry.id}`);
      const uncovered = page.getByTestId('week-uncovered').filter({ hasText: shift.label });
      await expect(uncovered.first()).toBeVisible();
      await expect(page.getByTestId('uncovered-count')).not.toHaveText(/^0 /);

      // At a glance on a 1366×768 screen: every tile whole, without scrolling.
      for (const name of TILES) await expect(page.getByTestId(`tile-${name}`)).toBeInViewport({ ratio: 1 });
      await expectNoSeriousA11yViolations(page, 'Tableau de bord (chef)');
      await screenshot(page, 'chief-dashboard');

      // One click — or Enter, from the keyboard, the focus plainly visible — opens the planning at that shift's week.
      await uncovered.first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(uncovered.first()).toBeFocused();
      expect(
        await uncovered.first().evaluate((link) => {
          const style = getComputedStyle(link);
          return `${style.outlineStyle} ${style.outlineWidth}`;
        }),
      ).toBe('solid 3px');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/planning\\?semaine=${mondayOf(todayInParis())}$`));
      await expect(page.getByRole('heading', { name: 'Planning', level: 1 })).toBeVisible();
      await expect(page.getByTestId(`slot-${shift.id}`).getByTestId('coverage')).toHaveText(
        `${shift.minAgents - 1}/${shift.minAgents}`,
      );
      await expectNoSeriousA11yViolations(page, 'Planning');
      await screenshot(page, 'chief-planning-from-dashboard');

      // The keyboard's way to assign: the shift's dialog.
      await page.getByTestId(`slot-${shift.id}`).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'Planning — affecter (dialogue)');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      expect(await chief.send('put', `/api/shifts/${shift.id}/assignments/${agentId}`)).toBe(200);
    }

    await navigation.getByRole('link', { name: 'Tableau de bord' }).click();
    await expect(page.getByTestId('week-uncovered').filter({ hasText: shift.label })).toHaveCount(0);

    // The entry of the last 24 hours opens from the dashboard.
    await page.getByTestId('incident-recent').filter({ hasText: 'Tapage nocturne place du Bourg' }).click();
    await expect(page.getByTestId('incident-number')).toHaveText(entry.number);

    await navigation.getByRole('link', { name: 'Absences' }).click();
    await expect(page.getByRole('heading', { name: 'Absences', level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Absences');

    await navigation.getByRole('link', { name: 'Comptes', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Comptes' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /Nathalie Vandamme/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Comptes');
    await screenshot(page, 'chief-accounts');
    await page.getByRole('button', { name: 'Nouveau compte' }).click();
    await expect(page.getByRole('dialog', { name: 'Nouveau compte' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Comptes — nouveau compte (dialogue)');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.goto('/nulle-part');
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Page introuvable');

    // A reload keeps the session (refresh cookie), then signing out ends it.
    await page.goto('/comptes');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Comptes' })).toBeVisible();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto('/comptes');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fcomptes/);
  });
});
