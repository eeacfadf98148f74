import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ERASED_ENTRY_LABEL,
  IncidentActionKind,
  type IncidentResponse,
  IncidentStatus,
  LommeQuartier,
  Role,
} from '@vigie/shared';

import { authOf, incidentOf, JULIEN_ID, KARIM_ID, settle, userOf } from '../testing/incident.builders';
import { IncidentDetailPage } from './incident-detail.page';

const ENTRY = incidentOf({
  actions: [{ kind: IncidentActionKind.FINE, natinf: '35008', note: null }],
  amendments: [
    {
      id: 'am-1',
      text: 'Le voisin a rappelé à 23 h.',
      author: 'agent',
      authorName: 'Julien Lefebvre',
      createdAt: '2026-06-13T21:05:00.000Z',
    },
  ],
  statusHistory: [
    {
      id: 'st-1',
      from: IncidentStatus.OPEN,
      to: IncidentStatus.IN_PROGRESS,
      note: 'Suivi par la brigade de nuit',
      author: 'superviseur',
      authorName: 'Karim Benali',
      createdAt: '2026-06-13T20:50:00.000Z',
    },
  ],
  status: IncidentStatus.IN_PROGRESS,
  amendmentCount: 1,
  erasedAt: null,
});

describe('IncidentDetailPage', () => {
  let fixture: ComponentFixture<IncidentDetailPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  async function open(
    roles: Role[],
    agentId: string | null,
    incident: IncidentResponse = ENTRY,
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        authOf(userOf(roles, agentId, 'Karim Benali')),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IncidentDetailPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', incident.id);
    fixture.detectChanges();
    backend.expectOne(`/api/incidents/${incident.id}`).flush(incident);
    await render();
  }
  afterEach(() => backend.verify());

  async function render(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  /** Each step of the history: what, when and by whom, and its text. */
  const history = () =>
    [...element.querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')].map((item) =>
      ['.head strong', '.when', '.text']
        .map((selector) => item.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' | '),
    );
  function type(id: string, value: string): void {
    const input = byTestId<HTMLTextAreaElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows an agent present the entry, read-only, its history in order, and lets him add a complement', async () => {
    await open([Role.AGENT], JULIEN_ID);
    expect(byTestId('incident-number')?.textContent).toBe('MC-2026-000123');
    expect(byTestId('incident-status')?.textContent).toBe('En cours');
    expect(byTestId('incident-summary')?.textContent).toBe('Tapage nocturne rue du Bourg');
    expect(byTestId('occurred-at')?.textContent).toBe('samedi 13 juin 2026 à 22:15');
    expect(element.textContent).toContain('Verbalisation (NATINF 35008)');
    expect(byTestId('append-only')?.textContent).toContain(
      'Les entrées ne peuvent être ni modifiées ni supprimées ; ajoutez un complément.',
    );
    expect(history()).toEqual([
      'Entrée enregistrée | 13/06/2026 22:40 · par Julien Lefebvre',
      'Ouverte → En cours | 13/06/2026 22:50 · par Karim Benali | Suivi par la brigade de nuit',
      'Complément | 13/06/2026 23:05 · par Julien Lefebvre | Le voisin a rappelé à 23 h.',
    ]);
    // No status change, integrity nor footage requests for an agent.
    expect(byTestId('status-panel')).toBeNull();
    expect(byTestId('integrity-panel')).toBeNull();
    expect(byTestId('incident-footage')).toBeNull();

    type('amendment-input', 'Retour au calme constaté à 23 h 30.');
    byTestId<HTMLButtonElement>('amendment-submit')!.click();
    const post = backend.expectOne({ method: 'POST', url: '/api/incidents/inc-1/amendments' });
    expect(post.request.body).toEqual({ text: 'Retour au calme constaté à 23 h 30.' });
    post.flush({
      ...ENTRY,
      amendments: [
        ...ENTRY.amendments,
        {
          id: 'am-2',
          text: 'Retour au calme constaté à 23 h 30.',
          author: 'agent',
          authorName: 'Julien Lefebvre',
          createdAt: '2026-06-13T21:35:00.000Z',
        },
      ],
    });
    await render();
    expect(history()).toHaveLength(4);
    expect(history()[3]).toContain('Retour au calme constaté à 23 h 30.');
    // The field is empty again, and not in error.
    expect(byTestId<HTMLTextAreaElement>('amendment-input')!.value).toBe('');
    expect(element.querySelector('vg-amendment-form mat-error')).toBeNull();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Complément ajouté à MC-2026-000123.',
    );
  });

  it('shows an erased entry by its number only, and offers neither complement nor follow-up', async () => {
    await open([Role.SUPERVISOR], null, {
      ...ENTRY,
      summary: ERASED_ENTRY_LABEL,
      description: '',
      location: { ...ENTRY.location, address: '', lat: null, lng: null },
      agents: [],
      actions: [],
      amendments: [],
      statusHistory: [],
      amendmentCount: 0,
      erasedAt: '2029-06-21T08:00:00.000Z',
    });
    expect(byTestId('incident-number')?.textContent).toBe('MC-2026-000123');
    expect(byTestId('incident-summary')?.textContent).toBe('effacée (durée de conservation)');
    expect(byTestId('erased-note')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Contenu effacé le 21/06/2029 10:00, au terme de sa durée de conservation (3 ans',
    );
    expect(element.textContent).not.toContain('Agents présents');
    expect(byTestId('append-only')).toBeNull();
    expect(byTestId('status-panel')).toBeNull();
    expect(byTestId('request-footage')).toBeNull();
    expect(element.textContent).not.toContain('Ajouter un complément');
  });

  it('offers no complement to an agent who was not there', async () => {
    await open([Role.AGENT], 'another-agent');
    expect(byTestId('amendment-form')).toBeNull();
    expect(byTestId('incident-summary')).not.toBeNull();
  });

  it('lets a supervisor change the status through the allowed transitions, with a note', async () => {
    await open([Role.SUPERVISOR], KARIM_ID);
    const panel = byTestId('status-panel')!;
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Clore',
      'Transmettre',
    ]);
    byTestId<HTMLButtonElement>('status-to-CLOSED')!.click();
    await render();
    byTestId<HTMLButtonElement>('status-confirm')!.click();
    await render();
    expect(panel.querySelector('mat-error')?.textContent).toContain('Une note est obligatoire.');
    backend.expectNone({ method: 'POST' });

    type('status-note', 'Fait réglé, pas de suite.');
    byTestId<HTMLButtonElement>('status-confirm')!.click();
    const post = backend.expectOne({ method: 'POST', url: '/api/incidents/inc-1/status' });
    expect(post.request.body).toEqual({ to: 'CLOSED', note: 'Fait réglé, pas de suite.' });
    post.flush({
      ...ENTRY,
      status: IncidentStatus.CLOSED,
      statusHistory: [
        ...ENTRY.statusHistory,
        {
          id: 'st-2',
          from: IncidentStatus.IN_PROGRESS,
          to: IncidentStatus.CLOSED,
          note: 'Fait réglé, pas de suite.',
          author: 'superviseur',
          authorName: 'Karim Benali',
          createdAt: '2026-06-14T07:00:00.000Z',
        },
      ],
    });
    await render();
    expect(byTestId('incident-status')?.textContent).toBe('Close');
    expect(byTestId('current-status')?.textContent).toBe('Close');
    expect([...panel.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(['Rouvrir']);
    expect(history().at(-1)).toContain('En cours → Close');
    // A supervisor may complete any entry; the chain's integrity is the chief's.
    expect(byTestId('amendment-form')).not.toBeNull();
    expect(byTestId('integrity-panel')).toBeNull();
  });

  it('lets a supervisor ask for the images of the entry’s camera, and lists the request with its countdown', async () => {
    const recent = new Date(Date.now() - 24 * 3_600_000).toISOString();
    const camera = { id: 'cam-1', code: 'NOM-01', label: 'Place du Bourg', quartier: LommeQuartier.BOURG };
    await open([Role.SUPERVISOR], KARIM_ID, {
      ...ENTRY,
      occurredAt: recent,
      cameraIds: ['cam-1'],
      cameras: [camera],
    });
    expect(byTestId('incident-cameras')?.textContent?.trim()).toBe('NOM-01 — Place du Bourg');
    expect(byTestId('no-footage')?.textContent).toContain('Aucune demande d’images pour cette entrée.');

    byTestId('request-footage')!.click();
    await render();
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush({
        items: [
          {
            ...camera,
            kind: 'NOMAD',
            lat: 50.6437,
            lng: 2.9868,
            status: 'ACTIVE',
            plannedYear: 2025,
            installedOn: null,
            connectedToCsu: true,
            version: 1,
            updatedAt: recent,
            history: [],
          },
        ],
        nextCursor: null,
      });
    await render();
    const form = byTestId('footage-request-form')!;
    form.querySelector<HTMLElement>('[data-testid="footage-authority"] .mat-mdc-select-trigger')!.click();
    await render();
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((o) => o.textContent?.includes('Gendarmerie'))!
      .click();
    await render();
    type('footage-reason', 'Fuite d’un véhicule signalé volé.');
    byTestId('footage-submit')!.click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/footage-requests' });
    expect(post.request.body).toMatchObject({
      cameraId: 'cam-1',
      authority: 'GENDARMERIE',
      incidentId: 'inc-1',
    });
    const overwriteAt = new Date(Date.parse(recent) + 29 * 24 * 3_600_000).toISOString();
    post.flush({
      id: 'fr-1',
      camera,
      from: recent,
      to: recent,
      authority: 'GENDARMERIE',
      reason: 'Fuite d’un véhicule signalé volé.',
      reference: null,
      incident: { id: 'inc-1', number: 'MC-2026-000123' },
      status: 'REQUESTED',
      overwriteAt,
      urgency: 'ok',
      requestedAt: recent,
      requestedBy: 'superviseur',
      extractedAt: null,
      operator: null,
      deliveredAt: null,
      recipient: null,
      version: 1,
      events: [],
    });
    await render();
    expect(byTestId('footage-request-form')).toBeNull();
    const card = element.querySelector('vg-footage-request-card')!;
    expect(card.querySelector('[data-testid="footage-camera"]')?.textContent).toBe('NOM-01');
    expect(card.querySelector('[data-testid="footage-countdown"]')?.textContent).toMatch(
      /Écrasement dans 2\d j/,
    );
    // On the entry's own page, no link to itself and no steps: they are the register's.
    expect(card.querySelector('[data-testid="footage-incident"]')).toBeNull();
    expect(card.querySelector('[data-testid="footage-to-EXTRACTED"]')).toBeNull();
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Réquisition enregistrée : images de NOM-01 écrasées le',
    );
  });

  it('shows the API’s refusal of a status change', async () => {
    await open([Role.SUPERVISOR], KARIM_ID);
    byTestId<HTMLButtonElement>('status-to-TRANSFERRED')!.click();
    await render();
    type('status-note', 'Au commissariat');
    byTestId<HTMLButtonElement>('status-confirm')!.click();
    const message = 'Une main courante close ne peut pas devenir transmise.';
    backend.expectOne({ method: 'POST', url: '/api/incidents/inc-1/status' }).flush(
      {
        type: 'about:blank',
        title: 'Règle',
        status: 422,
        detail: message,
        violations: [{ rule: 'STATUS_TRANSITION', message }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await render();
    expect(byTestId('status-error')?.textContent).toBe(message);
  });

  it('tells the chief the chain is whole, with the number of links checked', async () => {
    await open([Role.CHIEF], null);
    backend.expectOne('/api/incidents/integrity').flush({
      ok: true,
      checked: 1234,
      firstBrokenId: null,
      problem: null,
      head: { seq: 1234, hash: 'ab' },
    });
    await render();
    const state = byTestId('integrity-state')!;
    expect(state.classList).toContain('ok');
    // 1 234 with the French thousands separator.
    expect(state.querySelector('span')?.textContent).toBe('Chaîne intègre — 1\u202f234 maillons vérifiés');
  });

  it('shows the chief the first broken link in red, with the way to its entry', async () => {
    await open([Role.CHIEF], null);
    backend.expectOne('/api/incidents/integrity').flush({
      ok: false,
      checked: 412,
      firstBrokenId: 'inc-77',
      problem: 'Le contenu de MC-2026-000077 ne correspond plus à son empreinte.',
      head: null,
    });
    await render();
    const state = byTestId('integrity-state')!;
    expect(state.classList).toContain('broken');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain('Chaîne rompue');
    expect(state.textContent).toContain('Le contenu de MC-2026-000077 ne correspond plus à son empreinte.');
    expect(byTestId('broken-link')?.getAttribute('href')).toBe('/main-courante/inc-77');
  });

  it('draws the kept position on the map of Lomme, and no map for an entry without one', async () => {
    await open([Role.AGENT], JULIEN_ID, {
      ...ENTRY,
      location: { ...ENTRY.location, lat: 50.6437, lng: 2.9868 },
    });
    const start = Date.now();
    // Leaflet starts after its stylesheet, or after 2 s without it (jsdom has none).
    while (!element.querySelector('path.vg-entry-position') && Date.now() - start < 4000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      fixture.detectChanges();
    }
    const map = byTestId('entry-map')!;
    expect(map.querySelectorAll('path.vg-entry-position')).toHaveLength(1);
    expect(map.querySelectorAll('path.vg-quartier')).toHaveLength(6);
    expect(map.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(
      'Lieu de l’entrée sur la carte',
    );
    fixture.destroy();
    TestBed.resetTestingModule();

    await open([Role.AGENT], JULIEN_ID, ENTRY);
    expect(byTestId('entry-map')).toBeNull();
    expect(element.querySelector('.entry-map-placeholder')).toBeNull();
  });

  it('says when the entry does not exist', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        authOf(userOf([Role.AGENT])),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IncidentDetailPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'inc-404');
    fixture.detectChanges();
    backend
      .expectOne('/api/incidents/inc-404')
      .flush(
        { type: 'about:blank', title: 'Introuvable', status: 404, detail: 'Main courante introuvable.' },
        { status: 404, statusText: 'Not Found' },
      );
    await render();
    expect(byTestId('not-found')?.textContent).toContain('Entrée introuvable');
  });
});
