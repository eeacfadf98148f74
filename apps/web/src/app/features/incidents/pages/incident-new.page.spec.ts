import 'fake-indexeddb/auto';

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, type WritableSignal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  formatInstantFr,
  LOMME_TERRITORY,
  LommeQuartier,
  Role,
  type TerritoryResponse,
  type UserResponse,
} from '@vigie/shared';

import { AuthService, VAULT } from '../../../core/auth/auth.service';
import { Vault } from '../../../core/offline/vault';
import { panelOptions } from '../../../testing/page-testing';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { Geolocation } from '../data-access/geolocation';
import {
  authOf,
  incidentOf,
  invalid,
  JULIEN_ID,
  KARIM_ID,
  settle,
  userOf,
  YASMINE_ID,
} from '../testing/incident.builders';
import { IncidentNewPage } from './incident-new.page';

@Component({ selector: 'vg-detail-stub', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DetailStub {}

const AGENTS = [
  { id: YASMINE_ID, firstName: 'Yasmine', lastName: 'Haddad', status: 'ACTIVE' },
  { id: JULIEN_ID, firstName: 'Julien', lastName: 'Lefebvre', status: 'ACTIVE' },
  { id: KARIM_ID, firstName: 'Karim', lastName: 'Benali', status: 'ACTIVE' },
  { id: 'd-1', firstName: 'Parti', lastName: 'Ancien', status: 'DEPARTED' },
];

let vaults = 0;

describe('IncidentNewPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let element: HTMLElement;
  const geolocation = { available: () => true, current: jest.fn<Promise<unknown>, []>() };

  async function open(
    roles: Role[] = [Role.AGENT],
    cameras: 'none' | 'some' = 'none',
    user: UserResponse = userOf(roles, JULIEN_ID),
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'main-courante/nouvelle', component: IncidentNewPage },
          { path: 'main-courante/:id', component: DetailStub },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        authOf(user),
        { provide: Geolocation, useValue: geolocation },
        { provide: VAULT, useValue: new Vault(`incident-new-spec-${++vaults}`) },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/main-courante/nouvelle', IncidentNewPage);
    element = harness.routeNativeElement!;
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: AGENTS, nextCursor: null });
    const camerasRequest = backend.expectOne((r) => r.url === '/api/cameras');
    if (cameras === 'none') camerasRequest.flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    else
      camerasRequest.flush({
        items: [{ id: 'cam-1', code: 'N-01', label: 'Parc urbain', status: 'ACTIVE' }],
        nextCursor: null,
      });
    await render();
  }
  // jsdom lays nothing out: the first field to fix is focused, not scrolled to.
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });
  afterEach(() => {
    backend.verify();
    geolocation.current.mockReset();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  async function render(): Promise<void> {
    await settle();
    harness.detectChanges();
    await harness.fixture.whenStable();
  }

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`)!;
  function type(id: string, value: string): void {
    const input = byTestId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }
  async function pick(selectId: string, option: string): Promise<void> {
    byTestId(selectId).querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    const found = panelOptions(byTestId(selectId)).find((o) => o.textContent?.trim().startsWith(option));
    found!.click();
    await render();
  }
  async function chooseCategory(group: string, leaf: string): Promise<void> {
    const buttons = () => [...element.querySelectorAll<HTMLButtonElement>('vg-category-picker button')];
    buttons()
      .find((b) => b.textContent?.includes(group))!
      .click();
    await render();
    buttons()
      .find((b) => b.textContent?.trim() === leaf)!
      .click();
    await render();
  }
  /** The outbox's sending (IndexedDB answers in tasks of its own). */
  async function nextSending(): Promise<TestRequest> {
    for (let i = 0; i < 200; i++) {
      const sent = backend.match({ method: 'POST', url: '/api/incidents' });
      if (sent.length > 0) return sent[0];
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('rien n’a été envoyé');
  }
  const errors = () =>
    [...element.querySelectorAll('mat-error, .field-error')].map((e) => e.textContent?.trim());

  it('records an agent’s entry: now by default, himself present, the category in two taps; then opens it', async () => {
    await open();
    // Now, in Paris, to the minute.
    expect(byTestId<HTMLInputElement>('occurred-at').value).toBe(formatInstantFr(new Date()));

    // He is present and cannot take himself off; the departed are not offered.
    expect(byTestId('agents').textContent).toContain('Julien Lefebvre (vous)');
    byTestId('agents').querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await render();
    const options = panelOptions(byTestId('agents'));
    expect(options.map((o) => o.textContent?.trim())).toEqual([
      'Julien Lefebvre (vous, auteur)',
      'Karim Benali',
      'Yasmine Haddad',
    ]);
    expect(options[0].getAttribute('aria-disabled')).toBe('true');
    options[2].click();
    await render();
    document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
    await render();

    await chooseCategory('Tranquillité publique', 'Bruit, tapage');
    expect(byTestId('category-chosen').textContent).toContain('Bruit, tapage');
    await pick('quartier', 'Bourg');
    type('address', '12 rue du Bourg');
    type('summary', 'Tapage nocturne, musique forte');
    await render();
    expect(byTestId('summary-count').textContent).toContain('30 / 200');
    type('description', 'Voisin excédé, rappel des règles.');
    byTestId('action-FINE').querySelector('input')!.click();
    await render();
    type('natinf', '35008');

    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/incidents' });
    expect(post.request.body).toEqual({
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]0[12]:00$/),
      category: 'PUBLIC_PEACE.NOISE',
      location: { address: '12 rue du Bourg', quartier: 'BOURG' },
      summary: 'Tapage nocturne, musique forte',
      description: 'Voisin excédé, rappel des règles.',
      agentIds: [JULIEN_ID, YASMINE_ID],
      actions: [{ kind: 'FINE', natinf: '35008' }],
    });
    post.flush(incidentOf({ id: 'inc-124', number: 'MC-2026-000124' }));
    await render();
    expect(TestBed.inject(Router).url).toBe('/main-courante/inc-124');
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      'Entrée MC-2026-000124 enregistrée',
    );
  });

  it('says in French what is missing and sends nothing', async () => {
    await open();
    type('summary', '  ');
    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    expect(errors()).toEqual([
      'Choisissez une catégorie.',
      'Choisissez le quartier.',
      'Indiquez l’adresse ou le lieu (3 caractères au moins).',
      'Résumez les faits (3 caractères au moins).',
    ]);
    expect(byTestId('form-error').textContent).toContain('Certains champs sont à compléter ou à corriger.');
    backend.expectNone({ method: 'POST', url: '/api/incidents' });

    // Once every field is right, the form stops saying so before he saves again.
    await chooseCategory('Tranquillité publique', 'Bruit, tapage');
    await pick('quartier', 'Bourg');
    type('address', '12 rue du Bourg');
    type('summary', 'Tapage nocturne');
    await render();
    expect(errors()).toEqual([]);
    expect(element.querySelector('[data-testid="form-error"]')).toBeNull();
  });

  it('refuses facts in the future, and more than 30 days back for an agent but not for a supervisor', async () => {
    await open();
    const tomorrow = formatInstantFr(new Date(Date.now() + 86_400_000));
    type('occurred-at', tomorrow);
    await render();
    expect(byTestId('occurred-at-error').textContent).toContain(
      'Les faits ne peuvent pas être dans le futur.',
    );
    type('occurred-at', formatInstantFr(new Date(Date.now() - 40 * 86_400_000)));
    await render();
    expect(byTestId('occurred-at-error').textContent).toContain(
      'Plus de 30 jours en arrière : à saisir par un chef de brigade.',
    );
    byTestId<HTMLButtonElement>('occurred-now').click();
    await render();
    expect(element.querySelector('[data-testid="occurred-at-error"]')).toBeNull();
  });

  it('takes the time of the facts as French text, day first in 24 h, never as the browser’s month/day', async () => {
    await open();
    const field = byTestId<HTMLInputElement>('occurred-at');
    expect(field.type).toBe('text');
    expect(field.value).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(field.placeholder).toBe('jj/mm/aaaa hh:mm');
    // A month/day date, as an American browser writes it, is not read as another day.
    type('occurred-at', '12/31/2025 10:00');
    await render();
    expect(byTestId('occurred-at-error').textContent).toContain(
      'Date ou heure illisible : écrivez-la jour d’abord, au format jj/mm/aaaa hh:mm',
    );
    type('occurred-at', '4 PM');
    await render();
    expect(byTestId('occurred-at-error').textContent).toContain('jj/mm/aaaa hh:mm');
  });

  it('lets a supervisor record older facts', async () => {
    await open([Role.SUPERVISOR]);
    type('occurred-at', formatInstantFr(new Date(Date.now() - 40 * 86_400_000)));
    await render();
    expect(element.querySelector('[data-testid="occurred-at-error"]')).toBeNull();
  });

  it('shows the API’s objections next to the fields they concern, and stays on the form', async () => {
    await open();
    await chooseCategory('Animaux', 'Animal errant');
    await pick('quartier', 'Marais');
    type('address', 'chemin du Marais');
    type('summary', 'Chien errant');
    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    const refusal = invalid([
      { field: 'occurredAt', message: 'plus de 30 jours en arrière : à saisir par un chef de brigade' },
      { field: 'location.address', message: 'adresse inconnue' },
    ]);
    backend.expectOne({ method: 'POST', url: '/api/incidents' }).flush(refusal.body, refusal.options);
    await render();
    expect(byTestId('occurred-at-error').textContent).toContain(
      'Plus de 30 jours en arrière : à saisir par un chef de brigade.',
    );
    expect(errors()).toContain('Adresse inconnue.');
    expect(byTestId('form-error').textContent).toContain('Certains champs sont invalides.');
    expect(TestBed.inject(Router).url).toBe('/main-courante/nouvelle');
  });

  it('keeps an entry whose answer was lost on the phone, and sends it again with the same Idempotency-Key; the next entry has its own', async () => {
    await open();
    await chooseCategory('Animaux', 'Animal errant');
    await pick('quartier', 'Marais');
    type('address', 'chemin du Marais');
    type('summary', 'Chien errant');
    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    const first = backend.expectOne({ method: 'POST', url: '/api/incidents' });
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The network dropped before the answer: the entry goes to the outbox, which sends it again.
    first.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    const again = await nextSending();
    expect(again.request.body.summary).toBe('Chien errant');
    expect(again.request.headers.get('Idempotency-Key')).toBe(key);
    again.flush(incidentOf({ id: 'inc-125', number: 'MC-2026-000125' }));
    await render();
    // The form is blank for the next entry, which has a key of its own.
    expect(byTestId<HTMLInputElement>('summary').value).toBe('');
    await chooseCategory('Animaux', 'Animal errant');
    await pick('quartier', 'Marais');
    type('address', 'place du marché');
    type('summary', 'Chien errant, place du marché');
    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    const next = backend.expectOne({ method: 'POST', url: '/api/incidents' });
    expect(next.request.headers.get('Idempotency-Key')).not.toBe(key);
    next.flush(incidentOf({ id: 'inc-126', number: 'MC-2026-000126' }));
    await render();
  });

  it('takes the phone’s position inside Lomme, and goes on without it when refused', async () => {
    await open();
    geolocation.current.mockRejectedValueOnce({ code: 1 });
    byTestId<HTMLButtonElement>('use-position').click();
    await render();
    expect(byTestId('position-message').textContent).toContain(
      'Localisation refusée : l’adresse suffit, la position est facultative.',
    );
    expect(element.querySelector('[data-testid="position-state"]')).toBeNull();

    geolocation.current.mockResolvedValueOnce({
      coords: { latitude: 50.6447, longitude: 2.9871, accuracy: 9 },
    });
    byTestId<HTMLButtonElement>('use-position').click();
    await render();
    expect(byTestId('position-state').textContent).toContain('Position relevée');
    expect(byTestId('position-state').textContent).toContain('à 9 m près');
    expect(element.querySelector('[data-testid="position-message"]')).toBeNull();

    await chooseCategory('Assistance aux personnes', 'Personne vulnérable');
    await pick('quartier', 'Bourg');
    type('address', 'place du Bourg');
    type('summary', 'Personne âgée désorientée');
    byTestId<HTMLButtonElement>('save-incident').click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/incidents' });
    expect(post.request.body.location).toEqual({
      address: 'place du Bourg',
      quartier: 'BOURG',
      lat: 50.6447,
      lng: 2.9871,
    });
    post.flush(incidentOf({ id: 'inc-125', number: 'MC-2026-000125' }));
    await render();
  });

  it('offers the cameras when the API has a registry, and leaves the field out otherwise', async () => {
    await open([Role.AGENT], 'some');
    expect(byTestId('cameras')).not.toBeNull();
    TestBed.resetTestingModule();
    await open([Role.AGENT], 'none');
    expect(element.querySelector('[data-testid="cameras"]')).toBeNull();
  });

  describe('the service’s quartiers', () => {
    const quartierOptions = async (): Promise<string[]> => {
      byTestId('quartier').querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
      await render();
      const labels = panelOptions(byTestId('quartier')).map((o) => o.textContent.trim());
      document.querySelector<HTMLElement>('.cdk-overlay-backdrop')?.click();
      await render();
      return labels;
    };
    /** The territory the chief just changed, as the session now carries it. */
    const changeTerritory = async (territory: TerritoryResponse): Promise<void> => {
      const user = TestBed.inject(AuthService).user as WritableSignal<UserResponse>;
      user.update((u) => ({ ...u, territory }));
      await render();
    };
    const selected = () => byTestId('quartier').querySelector('.mat-mdc-select-value')!.textContent.trim();

    it('offers Lomme’s six quartiers in its order to an agent of Lomme', async () => {
      await open();
      expect(await quartierOptions()).toEqual([
        'Bourg',
        'Mitterie',
        'Délivrance',
        'Mont-à-Camp',
        'Marais',
        'Canteleu',
      ]);
    });

    it('offers the pooled service’s communes, never Lomme’s quartiers, and proposes none from a position', async () => {
      await open([Role.AGENT], 'none', serviceUser([Role.AGENT], { agentId: JULIEN_ID, service: POOLED }));
      expect(await quartierOptions()).toEqual(['Lompret', 'Prémesques', 'Verlinghem']);

      // Its area holds Verlinghem's square; no outline to propose a commune from.
      geolocation.current.mockResolvedValueOnce({
        coords: { latitude: 50.676, longitude: 2.99, accuracy: 15 },
      });
      byTestId<HTMLButtonElement>('use-position').click();
      await render();
      expect(byTestId('position-state').textContent).toContain('Position relevée');
      expect(element.querySelector('[data-testid="quartier-proposed"]')).toBeNull();
      expect(selected()).toBe('');

      // Lomme's town hall is outside its area: said, and left out.
      byTestId<HTMLButtonElement>('position-clear').click();
      await render();
      geolocation.current.mockResolvedValueOnce({
        coords: { latitude: 50.6447, longitude: 2.9871, accuracy: 9 },
      });
      byTestId<HTMLButtonElement>('use-position').click();
      await render();
      expect(byTestId('position-message').textContent).toContain(
        'Votre position est hors du territoire du service : elle n’est pas jointe.',
      );
      expect(element.querySelector('[data-testid="position-state"]')).toBeNull();
    });

    it('proposes Lomme’s quartier from the position, with its outlines', async () => {
      await open();
      geolocation.current.mockResolvedValueOnce({
        coords: { latitude: 50.636, longitude: 3.02, accuracy: 30 },
      });
      byTestId<HTMLButtonElement>('use-position').click();
      await render();
      expect(selected()).toBe('Canteleu');
      expect(byTestId('quartier-proposed').textContent).toContain('Proposé d’après la position');
    });

    it('offers the chief’s new list at once; a quartier retired meanwhile is to be chosen again', async () => {
      await open();
      await pick('quartier', 'Marais');
      expect(selected()).toBe('Marais');

      await changeTerritory({
        ...LOMME_TERRITORY,
        quartiers: [
          ...LOMME_TERRITORY.quartiers.map((quartier) =>
            quartier.code === LommeQuartier.MARAIS ? { ...quartier, retired: true } : quartier,
          ),
          {
            code: 'ZONE_DE_L_INNOVATION',
            label: 'Zone de l’Innovation',
            outline: null,
            retired: false,
            version: 1,
          },
        ],
      });
      expect(await quartierOptions()).toEqual([
        'Bourg',
        'Mitterie',
        'Délivrance',
        'Mont-à-Camp',
        'Canteleu',
        'Zone de l’Innovation',
      ]);
      expect(selected()).toBe('');

      await pick('quartier', 'Zone de l’Innovation');
      await chooseCategory('Tranquillité publique', 'Bruit, tapage');
      type('address', 'rue de l’Innovation');
      type('summary', 'Tapage sur le chantier');
      byTestId<HTMLButtonElement>('save-incident').click();
      await render();
      const post = backend.expectOne({ method: 'POST', url: '/api/incidents' });
      expect(post.request.body.location).toEqual({
        address: 'rue de l’Innovation',
        quartier: 'ZONE_DE_L_INNOVATION',
      });
      // Retired by the chief between the two: the API refuses it, said next to the field.
      post.flush(
        {
          type: 'urn:vigie:problem:validation',
          title: 'Requête invalide',
          status: 400,
          code: 'VALIDATION',
          reason: 'QUARTIER_UNKNOWN',
          detail: 'Ce quartier n’est plus proposé par le service : choisissez-en un autre.',
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await render();
      expect(errors()).toContain('Ce quartier n’est plus proposé par le service : choisissez-en un autre.');
    });
  });
});
