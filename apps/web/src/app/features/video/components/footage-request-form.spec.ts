import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CameraStatus,
  type FootageRequestResponse,
  FootageStatus,
  formatInstantFr,
  LOMME_TERRITORY,
  LommeQuartier,
  quartierLabel,
} from '@vigie/shared';

import { incidentOf, invalid, settle } from '../../incidents/testing/incident.builders';
import { cameraOf, footageOf } from '../testing/video.builders';
import { FootageRequestForm, groupCameras } from './footage-request-form';

const HOUR = 3_600_000;
const CAMERAS = [
  cameraOf('FIX-01', { quartier: LommeQuartier.BOURG }),
  cameraOf('FIX-09', { quartier: LommeQuartier.BOURG, status: CameraStatus.PLANNED }),
  cameraOf('NOM-03', { quartier: LommeQuartier.DELIVRANCE, label: 'Rue de la Délivrance' }),
  cameraOf('NOM-05', {
    quartier: LommeQuartier.MARAIS,
    status: CameraStatus.OUT_OF_SERVICE,
    label: 'Chemin du Halage',
  }),
];

describe('a footage request made from an entry of the main courante', () => {
  let backend: HttpTestingController | undefined;
  let element: HTMLElement;
  let created: FootageRequestResponse[];

  async function open(
    occurredAt: Date,
    cameras = [
      { id: 'cam-NOM-03', code: 'NOM-03', label: 'Rue de la Délivrance', quartier: LommeQuartier.DELIVRANCE },
    ],
  ) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    backend = http;
    const fixture = TestBed.createComponent(FootageRequestForm);
    fixture.componentRef.setInput(
      'incident',
      incidentOf({ id: 'inc-1', occurredAt: occurredAt.toISOString(), cameras }),
    );
    created = [];
    fixture.componentInstance.created.subscribe((request) => created.push(request));
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/cameras').flush({ items: CAMERAS, nextCursor: null });
    await settle();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    element = fixture.nativeElement as HTMLElement;
    return fixture;
  }
  beforeEach(() => (backend = undefined));
  afterEach(() => {
    backend?.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`)!;
  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }
  async function pick(id: string, option: string, fixture: { detectChanges(): void }): Promise<void> {
    byTestId(id).querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    fixture.detectChanges();
    await settle();
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((o) => o.textContent?.includes(option))!
      .click();
    fixture.detectChanges();
    await settle();
  }

  it('offers the entry’s cameras first, then its quartier’s, then the others — never a camera not yet installed', () => {
    const incident = incidentOf({
      location: { address: '12 rue du Bourg', quartier: LommeQuartier.BOURG, lat: null, lng: null },
      cameras: [
        {
          id: 'cam-NOM-03',
          code: 'NOM-03',
          label: 'Rue de la Délivrance',
          quartier: LommeQuartier.DELIVRANCE,
        },
      ],
    });
    const lomme = (code: string) => quartierLabel(LOMME_TERRITORY, code);
    expect(groupCameras(CAMERAS, incident, lomme)).toEqual([
      {
        label: 'Caméras de l’entrée',
        cameras: [{ id: 'cam-NOM-03', text: 'NOM-03 — Rue de la Délivrance' }],
      },
      { label: 'Quartier Bourg', cameras: [{ id: 'cam-FIX-01', text: 'FIX-01 — Caméra FIX-01' }] },
      {
        label: 'Autres quartiers',
        cameras: [{ id: 'cam-NOM-05', text: 'NOM-05 — Chemin du Halage (hors service)' }],
      },
    ]);
  });

  it('asks the window around the facts with the entry’s camera, and sends the request linked to the entry', async () => {
    const occurredAt = new Date(Date.now() - 2 * 24 * HOUR);
    const fixture = await open(occurredAt);
    expect(byTestId<HTMLInputElement>('footage-from').value).toBe(
      formatInstantFr(new Date(occurredAt.getTime() - 15 * 60_000)),
    );
    expect(byTestId<HTMLInputElement>('footage-to').value).toBe(
      formatInstantFr(new Date(occurredAt.getTime() + 45 * 60_000)),
    );
    // French text fields, day first in 24 h: not the browser's own datetime-local.
    for (const id of ['footage-from', 'footage-to']) {
      expect(byTestId<HTMLInputElement>(id).type).toBe('text');
      expect(byTestId<HTMLInputElement>(id).value).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    }
    expect(byTestId('footage-camera-select').textContent).toContain('NOM-03 — Rue de la Délivrance');
    expect(byTestId('footage-overwrite-hint').textContent).toMatch(
      /^\s*Images écrasées le .+, dans 27 j \d\d h \d\d min\s*$/,
    );

    await pick('footage-authority', 'Police nationale', fixture);
    type('footage-reason', 'Vol à l’arraché : recherche de l’auteur.');
    type('footage-reference', 'PV 2026/004512');
    fixture.detectChanges();
    byTestId('footage-submit').click();
    const post = backend!.expectOne({ method: 'POST', url: '/api/footage-requests' });
    expect(post.request.body).toEqual({
      cameraId: 'cam-NOM-03',
      from: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/),
      to: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/),
      authority: 'POLICE_NATIONALE',
      reason: 'Vol à l’arraché : recherche de l’auteur.',
      reference: 'PV 2026/004512',
      incidentId: 'inc-1',
    });
    const answer = footageOf('fr-1', FootageStatus.REQUESTED, 600);
    post.flush(answer);
    await settle();
    expect(created).toEqual([answer]);
  });

  it('shows the API’s objections next to their fields, and a refusal of the rule above the button', async () => {
    const fixture = await open(new Date(Date.now() - 2 * 24 * HOUR));
    await pick('footage-authority', 'Gendarmerie', fixture);
    type('footage-reason', 'Fuite d’un véhicule.');
    fixture.detectChanges();
    byTestId('footage-submit').click();
    const { body, options } = invalid([
      { field: 'reason', message: 'doit contenir au moins 5 caractères' },
      { field: 'to', message: 'ne peut pas être dans le futur' },
    ]);
    backend!.expectOne({ method: 'POST', url: '/api/footage-requests' }).flush(body, options);
    await settle();
    fixture.detectChanges();
    expect(byTestId('footage-reason-error').textContent?.trim()).toBe('Doit contenir au moins 5 caractères.');
    expect(byTestId('footage-to-error').textContent?.trim()).toBe('Ne peut pas être dans le futur.');
    expect(byTestId('footage-form-error').textContent?.trim()).toBe('Certains champs sont à corriger.');

    type('footage-reason', 'Fuite d’un véhicule signalé volé.');
    type('footage-to', byTestId<HTMLInputElement>('footage-to').value);
    fixture.detectChanges();
    byTestId('footage-submit').click();
    backend!.expectOne({ method: 'POST', url: '/api/footage-requests' }).flush(
      {
        type: 'urn:vigie:problem:rule',
        title: 'Règle',
        status: 422,
        detail: 'La caméra NOM-03 n’est pas encore installée : elle n’a pas d’images.',
        violations: [],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    fixture.detectChanges();
    expect(byTestId('footage-form-error').textContent?.trim()).toBe(
      'La caméra NOM-03 n’est pas encore installée : elle n’a pas d’images.',
    );
    expect(created).toEqual([]);
  });

  it('says at once that the images of facts older than 30 days are gone, and sends nothing', async () => {
    const fixture = await open(new Date(Date.now() - 31 * 24 * HOUR), []);
    expect(byTestId('footage-from-error').textContent).toMatch(
      /Trop tard : ces images ont été écrasées le .+ \(conservation 30 jours\)\./,
    );
    byTestId('footage-submit').click();
    fixture.detectChanges();
    backend!.expectNone({ method: 'POST', url: '/api/footage-requests' });
    expect([...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual([
      'Choisissez la caméra.',
      expect.stringMatching(/^Trop tard/),
      'Indiquez qui demande les images.',
      'Indiquez le motif (3 caractères au moins).',
    ]);
  });
});
