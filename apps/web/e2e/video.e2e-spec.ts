import { expect, test } from '@playwright/test';
import type { CameraResponse, DeploymentResponse, IncidentResponse, UserResponse } from '@vigie/shared';

import { Api } from './support/planning';
import { DESKTOP, expectSnack, pageFor, PHONE, screenshot, signIn } from './support/screens';

const HOUR = 3_600_000;

test.describe('video-protection', () => {
  test('a supervisor asks for the images of an entry whose footage is about to be overwritten, and finds the request at the top of the urgent list', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageFor(browser, baseURL, DESKTOP);
    const api = await Api.fromPage(page, () => signIn(page, 'superviseur'));
    await expect(page.getByTestId('greeting')).toContainText('Karim Benali');

    // Facts of 29 and a half days ago, filmed by the camera of the Place du Bourg: their images
    // are overwritten in about 11 h 45 — sooner than any request of the demo register.
    const me = await api.get<UserResponse>('/api/auth/me');
    const camera = (await api.get<{ items: CameraResponse[] }>('/api/cameras')).items.find(
      (c) => c.code === 'NOM-01',
    )!;
    const occurredAt = new Date(Date.now() - (29 * 24 + 12) * HOUR);
    occurredAt.setSeconds(0, 0);
    const entry = await api.write<IncidentResponse>('post', '/api/incidents', {
      occurredAt: occurredAt.toISOString(),
      category: 'PROPERTY.THEFT',
      location: { address: 'Place du Bourg', quartier: 'BOURG' },
      summary: 'Vol à l’arraché sur la place du Bourg',
      description: 'Sac arraché à une passante ; l’auteur s’enfuit vers la rue du Bourg.',
      agentIds: [me.agentId],
      cameraIds: [camera.id],
    });

    await page.goto(`/main-courante/${entry.id}`);
    await expect(page.getByTestId('incident-number')).toHaveText(entry.number);
    await expect(page.getByTestId('incident-cameras')).toHaveText('NOM-01 — Place du Bourg');
    await expect(page.getByTestId('no-footage')).toBeVisible();
    await page.getByTestId('request-footage').click();

    // The window around the facts, with the entry's camera; the time left before the overwrite.
    const form = page.getByTestId('footage-request-form');
    await expect(form.getByTestId('footage-camera-select')).toContainText('NOM-01 — Place du Bourg');
    await expect(form.getByTestId('footage-overwrite-hint')).toContainText(/dans 11 h \d\d min\s*$/);
    // Saving without the requester and the reason says what is missing, and sends nothing.
    await form.getByTestId('footage-submit').click();
    await expect(form.getByText('Indiquez qui demande les images.')).toBeVisible();
    await expect(form.getByText('Indiquez le motif (3 caractères au moins).')).toBeVisible();
    await form.getByTestId('footage-authority').click();
    await page.getByRole('option', { name: 'Police nationale' }).click();
    await form.getByTestId('footage-reference').fill('PV 2026/005120');
    await form
      .getByTestId('footage-reason')
      .fill('Vol à l’arraché : identification de l’auteur et de sa fuite.');
    await screenshot(page, 'footage-request-form', { whole: true });
    await form.getByTestId('footage-submit').click();

    const card = page.getByTestId('incident-footage').getByTestId('footage-request');
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('footage-status')).toHaveText('Demandée');
    await expect(card.getByTestId('footage-countdown')).toContainText(/Écrasement dans 11 h \d\d min \d\d s/);
    const snack = page.locator('mat-snack-bar-container');
    await expect(snack).toContainText('Réquisition enregistrée : images de NOM-01 écrasées le');
    await snack.getByRole('button', { name: 'Voir le registre' }).click();

    // The register: this request first, in red, the countdown running.
    await expect(page.getByRole('heading', { name: 'Réquisitions d’images', level: 1 })).toBeVisible();
    const first = page.getByTestId('footage-request').first();
    await expect(first.getByTestId('footage-camera')).toHaveText('NOM-01');
    await expect(first.getByTestId('footage-incident')).toHaveText(entry.number);
    await expect(page.locator('vg-footage-request-card').first()).toHaveAttribute('data-urgency', 'critical');
    const countdown = await first.getByTestId('footage-countdown').innerText();
    await expect(first.getByTestId('footage-countdown')).not.toHaveText(countdown, { timeout: 3000 });
    await expect(page.getByTestId('critical-count')).toHaveText(/2 demandes à extraire sous 72 h/);
    await screenshot(page, 'footage-requests', { whole: true });

    // The images are extracted by a designated video operator: the request leaves the red.
    await first.getByTestId('footage-to-EXTRACTED').click();
    await first.getByTestId('footage-operator').click();
    await page.getByRole('option', { name: 'Sophie Delattre' }).click();
    await first.getByTestId('footage-action-confirm').click();
    await expectSnack(page, 'Réquisition NOM-01 : extraite.');
    await expect(page.getByTestId('critical-count')).toHaveText(/1 demande à extraire sous 72 h/);
    const extracted = page.getByTestId('footage-request').filter({ hasText: entry.number });
    await expect(extracted.getByTestId('footage-status')).toHaveText('Extraite');
    await expect(extracted).toContainText('Extraites par');
    await expect(extracted).toContainText('Sophie Delattre');

    // On the phone, the same register.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.getByTestId('footage-request').first()).toBeVisible();
    await screenshot(page, 'footage-requests-phone');
    await page.context().close();
  });

  test('the chief sees the cameras on the map and the deployment against the plan, and is told when a camera changed meanwhile', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageFor(browser, baseURL, DESKTOP);
    const api = await Api.fromPage(page, () => signIn(page, 'chef'));
    await expect(page.getByTestId('greeting')).toContainText('Sophie Delattre');
    const cameras = (await api.get<{ items: CameraResponse[] }>('/api/cameras')).items;
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Vidéoprotection' })
      .click();
    await expect(page.getByRole('heading', { name: 'Vidéoprotection', level: 1 })).toBeVisible();

    // The map: the six quartiers and a dot per placed camera, with or without the tiles.
    const map = page.getByTestId('camera-map');
    await expect(map.locator('path.vg-quartier')).toHaveCount(6);
    await expect(map.locator('path.vg-camera')).toHaveCount(cameras.filter((c) => c.lat !== null).length);
    await expect(map.locator('path.vg-camera-out_of_service')).toHaveCount(1);
    await expect(page.getByTestId('map-legend')).toContainText('Hors service (1)');
    // The deployment against the plan, as gauges and a chart.
    await expect(page.getByTestId('deployment-gauge').first()).toContainText('Caméras nomades');
    await expect(page.getByTestId('deployment-gauge').first()).toContainText('6 installées sur 6 prévues');
    await expect(page.getByTestId('deployment-chart')).toBeVisible();
    await screenshot(page, 'video-protection', { whole: true });

    // The council votes two more fixed cameras for next year: the chief revises the plan.
    const plan = (await api.get<DeploymentResponse>('/api/cameras/deployment')).rows;
    const fixed = page.getByTestId('deployment-gauge').nth(1);
    const plannedFixed = plan.filter((r) => r.kind === 'FIXED').reduce((sum, r) => sum + r.planned, 0);
    await expect(fixed).toContainText(`sur ${plannedFixed} prévues`);
    await page.getByTestId('camera-plan-edit').click();
    const planDialog = page.getByRole('dialog');
    await expect(planDialog.getByTestId('plan-line')).toHaveCount(plan.length);
    const last = planDialog.getByTestId('plan-line').last();
    await expect(last.getByTestId('plan-year')).toHaveValue(String(plan.at(-1)!.year));
    await last.getByTestId('plan-count').fill(String(plan.at(-1)!.planned + 2));
    await screenshot(page, 'camera-plan');
    await planDialog.getByTestId('camera-plan-save').click();
    await expect(planDialog).toBeHidden();
    await expectSnack(page, 'Plan de déploiement enregistré.');
    await expect(fixed).toContainText(`sur ${plannedFixed + 2} prévues`);

    // Choosing a camera in the list shows it on the map.
    const row = page.getByTestId('camera-row').filter({ hasText: 'NOM-05' });
    await row.locator('button.pick').click();
    await expect(map.locator('.leaflet-popup-content')).toContainText('NOM-05 — Chemin du Halage');

    // FIX-07 goes into service; meanwhile someone else marks it connected: the chief is told.
    const fix07 = cameras.find((c) => c.code === 'FIX-07')!;
    await page.getByTestId('camera-row').filter({ hasText: 'FIX-07' }).getByTestId('camera-edit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Modifier la caméra FIX-07' })).toBeVisible();
    await dialog.getByTestId('camera-status-select').click();
    await page.getByRole('option', { name: 'En service' }).click();
    await dialog.getByTestId('camera-note').fill('Recette faite avec le prestataire.');
    await api.write('patch', `/api/cameras/${fix07.id}`, { connectedToCsu: true, version: fix07.version });
    await dialog.getByTestId('camera-save').click();
    await expect(dialog.getByTestId('camera-error')).toContainText(
      'modifié entre-temps par quelqu’un d’autre',
    );
    await expect(dialog.getByTestId('camera-save')).toBeDisabled();
    await screenshot(page, 'camera-conflict');
    await dialog.getByTestId('camera-reload').click();
    await expectSnack(page, /le registre est rechargé/);

    // Reloaded, the change goes through.
    await page.getByTestId('camera-row').filter({ hasText: 'FIX-07' }).getByTestId('camera-edit').click();
    await expect(dialog.getByTestId('camera-csu').locator('input')).toBeChecked();
    await dialog.getByTestId('camera-status-select').click();
    await page.getByRole('option', { name: 'En service' }).click();
    await dialog.getByTestId('camera-note').fill('Recette faite avec le prestataire.');
    await dialog.getByTestId('camera-save').click();
    await expectSnack(page, 'Caméra FIX-07 enregistrée.');
    await expect(
      page.getByTestId('camera-row').filter({ hasText: 'FIX-07' }).getByTestId('camera-status'),
    ).toHaveText('En service');
    await expect(page.getByTestId('deployment-gauge').nth(1)).toContainText('7 en service');
    await page.context().close();
  });

  test('an agent sees the cameras on his phone, read-only, and no footage request', async ({
    browser,
    baseURL,
  }) => {
    const page = await pageFor(browser, baseURL, PHONE);
    await signIn(page, 'agent');
    await expect(page.getByTestId('greeting')).toContainText('Julien Lefebvre');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    const navigation = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(navigation.getByRole('link', { name: 'Réquisitions' })).toHaveCount(0);
    await navigation.getByRole('link', { name: 'Vidéoprotection' }).click();
    await expect(page.getByRole('heading', { name: 'Vidéoprotection', level: 1 })).toBeVisible();
    await expect(page.getByTestId('camera-map').locator('path.vg-quartier')).toHaveCount(6);
    await expect(page.getByTestId('camera-row').first()).toBeVisible();
    await expect(page.getByTestId('deployment')).toHaveCount(0);
    await expect(page.getByTestId('new-camera')).toHaveCount(0);
    await expect(page.getByTestId('camera-edit')).toHaveCount(0);
    await expect(page.getByTestId('to-footage-requests')).toHaveCount(0);
    const widths = await page.evaluate(() => ({
      content: document.querySelector('mat-sidenav-content')?.scrollWidth ?? 0,
      viewport: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'video-protection-phone');

    // The register is not his: its address leads home.
    await page.goto('/videoprotection/requisitions');
    await expect(page.getByTestId('greeting')).toBeVisible();
    await page.context().close();
  });
});
