import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CameraKind, CameraStatus, type DeploymentResponse, Role, type UserResponse } from '@vigie/shared';

import { dialogsClosed } from '../../../testing/dialog-testing';
import { panelOptions } from '../../../testing/page-testing';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { authOf, JULIEN_ID, settle, userOf } from '../../incidents/testing/incident.builders';
import { cameraOf, DEPLOYMENT } from '../testing/video.builders';
import { VideoPage } from './video.page';

const CAMERAS = [
  cameraOf('FIX-01', { label: 'Mairie — parvis', plannedYear: 2026, version: 3 }),
  cameraOf('FIX-09', {
    status: CameraStatus.PLANNED,
    plannedYear: 2026,
    installedOn: null,
    connectedToCsu: false,
  }),
  cameraOf('NOM-05', { status: CameraStatus.OUT_OF_SERVICE, connectedToCsu: false }),
];

describe('the « Vidéoprotection » page', () => {
  let backend: HttpTestingController;
  let element: HTMLElement;

  async function open(roles: Role[], user = userOf(roles, JULIEN_ID)): Promise<() => Promise<void>> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), authOf(user)],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(VideoPage);
    element = fixture.nativeElement as HTMLElement;
    const render = async () => {
      await settle();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/cameras').flush({ items: CAMERAS, nextCursor: null });
    if (roles.includes(Role.CHIEF) || roles.includes(Role.SUPERVISOR))
      backend.expectOne('/api/cameras/deployment').flush(DEPLOYMENT);
    await render();
    return render;
  }
  // jsdom draws no canvas: the chart's table says its figures.
  beforeEach(() => jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null));
  afterEach(() => {
    jest.restoreAllMocks();
    backend.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const overlay = (id: string) =>
    document.querySelector<HTMLElement>(`.cdk-overlay-container [data-testid="${id}"]`);

  it('shows an agent the cameras on the map and in the list, read-only, without the plan nor the requests', async () => {
    await open([Role.AGENT]);
    backend.expectNone('/api/cameras/deployment');
    expect(byTestId('deployment')).toBeNull();
    expect(byTestId('new-camera')).toBeNull();
    expect(byTestId('to-footage-requests')).toBeNull();
    expect(element.querySelectorAll('[data-testid="camera-edit"]')).toHaveLength(0);
    const rows = [...element.querySelectorAll('[data-testid="camera-row"]')];
    expect(rows.map((row) => row.querySelector('[data-testid="camera-code"]')?.textContent)).toEqual([
      'FIX-01',
      'FIX-09',
      'NOM-05',
    ]);
    expect(rows[2].textContent).toContain('Hors service');
    expect(byTestId('map-legend')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Prévue (1) En service (1) Hors service (1)',
    );
    expect(element.querySelector('vg-camera-map')).not.toBeNull();
  });

  it('lets the chief revise the plan, not the supervisor, and shows the revised deployment', async () => {
    const supervisorRender = await open([Role.SUPERVISOR]);
    await supervisorRender();
    expect(byTestId('deployment')).not.toBeNull();
    expect(byTestId('camera-plan-edit')).toBeNull();
    TestBed.resetTestingModule();

    const render = await open([Role.CHIEF]);
    byTestId('camera-plan-edit')!.click();
    await render();
    const years = [
      ...document.querySelectorAll<HTMLInputElement>('.cdk-overlay-container [data-testid="plan-year"]'),
    ];
    expect(years.map((input) => input.value)).toEqual(['2025', '2026']);
    overlay('plan-add')!.click();
    await render();
    overlay('camera-plan-save')!.click();
    await render();
    const revised: DeploymentResponse = {
      rows: [
        ...DEPLOYMENT.rows,
        {
          year: 2027,
          kind: CameraKind.FIXED,
          planned: 1,
          registered: 0,
          installed: 0,
          active: 0,
          connected: 0,
        },
      ],
      totals: DEPLOYMENT.totals.map((total) =>
        total.kind === CameraKind.FIXED ? { ...total, planned: total.planned + 1 } : total,
      ),
    };
    backend.expectOne({ method: 'PUT', url: '/api/cameras/plan' }).flush(revised);
    await render();
    // The dialog closes (its animation), then the page shows what the API answered.
    await dialogsClosed();
    await render();
    const table = [...element.querySelectorAll('[data-testid="deployment-table"] tbody tr')].map((row) =>
      row.children[0].textContent?.trim(),
    );
    expect(table).toEqual(['2025 · nomades', '2026 · fixes', '2027 · fixes']);
  });

  it('shows the chief the deployment against the plan, per kind and as a chart', async () => {
    await open([Role.CHIEF]);
    const gauges = [...element.querySelectorAll('[data-testid="deployment-gauge"]')].map((g) => [
      g.querySelector('.gauge-title')?.textContent?.replace(/\s+/g, ' ').trim(),
      g.querySelector('.gauge-text')?.textContent?.trim(),
    ]);
    expect(gauges).toEqual([
      ['Caméras nomades 100 %', '6 installées sur 6 prévues · 5 en service · 4 raccordées au CSU'],
      ['Caméras fixes 57 %', '8 installées sur 14 prévues · 6 en service · 6 raccordées au CSU'],
    ]);
    const table = [...element.querySelectorAll('[data-testid="deployment-table"] tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(table).toEqual([
      ['2025 · nomades', '6', '6', '5', '4'],
      ['2026 · fixes', '14', '8', '6', '6'],
    ]);
  });

  it('tells the chief clearly that a camera changed meanwhile, and reloads the registry', async () => {
    const render = await open([Role.CHIEF]);
    element.querySelector<HTMLElement>('[data-testid="camera-edit"]')!.click();
    await render();
    expect(overlay('camera-code')?.getAttribute('disabled')).not.toBeNull();
    overlay('camera-status-select')!.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    panelOptions(overlay('camera-status-select')!)
      .find((o) => o.textContent?.trim() === 'Hors service')!
      .click();
    await render();
    const note = overlay('camera-note') as HTMLInputElement;
    note.value = 'Vandalisée : objectif brisé.';
    note.dispatchEvent(new Event('input'));
    overlay('camera-save')!.click();
    await render();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/cameras/cam-FIX-01' });
    expect(patch.request.body).toEqual({
      label: 'Mairie — parvis',
      quartier: 'BOURG',
      status: 'OUT_OF_SERVICE',
      plannedYear: 2026,
      connectedToCsu: true,
      lat: 50.6437,
      lng: 2.9868,
      installedOn: '2025-10-11',
      note: 'Vandalisée : objectif brisé.',
      version: 3,
    });
    patch.flush(
      {
        type: 'urn:vigie:problem:conflict',
        title: 'Conflit',
        status: 409,
        code: 'VERSION_CONFLICT',
        detail:
          'Cet enregistrement a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis recommencez.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(overlay('camera-error')?.textContent).toContain('modifié entre-temps par quelqu’un d’autre');
    expect(overlay('camera-save')?.hasAttribute('disabled')).toBe(true);

    overlay('camera-reload')!.click();
    // The dialog closes (its animation), then the registry is read again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await render();
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush({
        items: [cameraOf('FIX-01', { status: CameraStatus.OUT_OF_SERVICE, version: 4 }), ...CAMERAS.slice(1)],
        nextCursor: null,
      });
    backend.expectOne('/api/cameras/deployment').flush(DEPLOYMENT);
    await render();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'La caméra avait été modifiée entre-temps : le registre est rechargé',
    );
    expect(element.querySelector('[data-testid="camera-row"]')?.textContent).toContain('Hors service');
  });

  it('shows a code already taken next to the code of a new camera', async () => {
    const render = await open([Role.CHIEF]);
    byTestId('new-camera')!.click();
    await render();
    const type = (id: string, value: string) => {
      const input = overlay(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('camera-code', 'FIX-01');
    type('camera-label', 'Parc urbain');
    overlay('camera-quartier')!.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    panelOptions(overlay('camera-quartier')!)
      .find((o) => o.textContent?.trim() === 'Marais')!
      .click();
    await render();
    overlay('camera-save')!.click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/cameras' });
    expect(post.request.body).toMatchObject({
      code: 'FIX-01',
      kind: 'FIXED',
      label: 'Parc urbain',
      quartier: 'MARAIS',
      status: 'PLANNED',
    });
    post.flush(
      {
        type: 'urn:vigie:problem:duplicate',
        title: 'Doublon',
        status: 409,
        code: 'DUPLICATE',
        detail: 'Ce code est déjà celui d’une autre caméra.',
        errors: [{ field: 'code', message: 'déjà attribué' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await render();
    expect(overlay('camera-code-error')?.textContent?.trim()).toBe('Déjà attribué.');
    expect(overlay('camera-reload')).toBeNull();
  });

  it('offers a pooled service’s chief its communes for a camera, and keeps its positions in its area', async () => {
    const chief: UserResponse = serviceUser([Role.CHIEF], { login: 'chef.pluri', service: POOLED });
    const render = await open([Role.CHIEF], chief);
    const optionsOf = async (select: HTMLElement) => {
      select.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
      await render();
      return panelOptions(select);
    };
    // The page's filter too: its communes, never Lomme's quartiers.
    const filter = await optionsOf(byTestId('camera-filter-quartier')!);
    expect(filter.map((o) => o.textContent?.trim())).toEqual(['Tous', 'Lompret', 'Prémesques', 'Verlinghem']);
    filter[0].click();
    await render();

    byTestId('new-camera')!.click();
    await render();
    const type = (id: string, value: string) => {
      const input = overlay(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('camera-code', 'VER-01');
    type('camera-label', 'Place de la mairie');
    const options = await optionsOf(overlay('camera-quartier')!);
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Lompret', 'Prémesques', 'Verlinghem']);
    options[2].click();
    await render();
    // Lomme's town hall: outside the pooled service's area.
    type('camera-lat', '50.6447');
    type('camera-lng', '2.9871');
    overlay('camera-save')!.click();
    await render();
    expect(overlay('camera-position-error')?.textContent?.trim()).toBe(
      'La position doit être dans le territoire du service.',
    );
    backend.expectNone({ method: 'POST', url: '/api/cameras' });

    type('camera-lat', '50.676');
    type('camera-lng', '2.99');
    overlay('camera-save')!.click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/cameras' });
    expect(post.request.body).toMatchObject({
      code: 'VER-01',
      quartier: 'VERLINGHEM',
      lat: 50.676,
      lng: 2.99,
    });
    post.flush(cameraOf('VER-01', { quartier: 'VERLINGHEM', lat: 50.676, lng: 2.99 }));
    await render();
  });
});
