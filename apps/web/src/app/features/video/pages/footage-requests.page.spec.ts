import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FootageStatus, QualificationKind, Role } from '@vigie/shared';

import { authOf, KARIM_ID, settle, userOf, YASMINE_ID } from '../../incidents/testing/incident.builders';
import { FootageRequestsStore } from '../data-access/footage-requests.store';
import { Ticker } from '../data-access/ticker';
import { footageOf, hoursFromNow, NOW } from '../testing/video.builders';
import { FootageRequestsPage } from './footage-requests.page';

const operator = (valid: boolean) => ({
  id: 'q',
  kind: QualificationKind.VIDEO_OPERATOR,
  obtainedOn: '2024-01-01',
  expiresOn: null,
  pendingApproval: false,
  reference: null,
  valid,
  issue: null,
  expiringSoon: false,
});
const AGENTS = [
  {
    id: YASMINE_ID,
    firstName: 'Yasmine',
    lastName: 'Haddad',
    status: 'ACTIVE',
    qualifications: [operator(true)],
  },
  { id: KARIM_ID, firstName: 'Karim', lastName: 'Benali', status: 'ACTIVE', qualifications: [] },
  { id: 'a-9', firstName: 'Paul', lastName: 'Expiré', status: 'ACTIVE', qualifications: [operator(false)] },
];

describe('the register of footage requests', () => {
  let backend: HttpTestingController;
  let element: HTMLElement;
  const now = signal(NOW);

  async function open(): Promise<() => Promise<void>> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        authOf(userOf([Role.SUPERVISOR], KARIM_ID, 'Karim Benali')),
      ],
    });
    TestBed.overrideComponent(FootageRequestsPage, {
      set: { providers: [FootageRequestsStore, { provide: Ticker, useValue: { now } }] },
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FootageRequestsPage);
    const render = async () => {
      await settle();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    fixture.detectChanges();
    backend
      .expectOne((r) => r.url === '/api/footage-requests')
      .flush({
        items: [
          footageOf('late', FootageStatus.REQUESTED, 400),
          footageOf('extracted', FootageStatus.EXTRACTED, 10, {
            extractedAt: hoursFromNow(-5),
            camera: { id: 'c', code: 'FIX-01', label: 'Mairie — parvis', quartier: 'BOURG' },
          }),
          footageOf('urgent', FootageStatus.REQUESTED, 41.5, {
            camera: {
              id: 'c3',
              code: 'NOM-03',
              label: 'Rue de la Délivrance',
              quartier: 'DELIVRANCE',
            },
            incident: { id: 'inc-264', number: 'MC-2026-000264' },
          }),
          footageOf('delivered', FootageStatus.DELIVERED, 100),
        ],
        nextCursor: null,
      });
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: AGENTS, nextCursor: null });
    await render();
    element = fixture.nativeElement as HTMLElement;
    return render;
  }
  afterEach(() => {
    backend.verify();
    now.set(NOW);
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  const cards = () => [...element.querySelectorAll<HTMLElement>('vg-footage-request-card')];
  const countdowns = () =>
    cards().map((card) => card.querySelector('[data-testid="footage-countdown"]')?.textContent?.trim());

  it('lists the open requests most urgent first, red under 72 h, with a countdown that runs', async () => {
    const render = await open();
    expect(cards().map((card) => card.querySelector('[data-testid="footage-camera"]')?.textContent)).toEqual([
      'NOM-03',
      'NOM-01',
      'FIX-01',
    ]);
    expect(cards().map((card) => card.getAttribute('data-urgency'))).toEqual(['critical', 'ok', 'ok']);
    expect(countdowns()[0]).toContain('Écrasement dans 1 j 17 h 30 min');
    expect(countdowns()[2]).toContain('Images extraites le 25/11/2026 16:00, à remettre');
    expect(element.querySelector('[data-testid="critical-count"]')?.textContent).toContain(
      '1 demande à extraire sous 72 h',
    );
    expect(cards()[0].querySelector('[data-testid="footage-incident"]')?.textContent).toBe('MC-2026-000264');

    // A day later, the countdown has moved on.
    now.set(new Date(NOW.getTime() + 24 * 3_600_000 + 61_000));
    await render();
    expect(countdowns()[0]).toContain('Écrasement dans 17 h 28 min 59 s');

    // The whole register, closed ones last.
    element.querySelector<HTMLElement>('[data-testid="view-all"] button')!.click();
    await render();
    expect(cards()).toHaveLength(4);
    expect(cards()[3].getAttribute('data-urgency')).toBe('closed');
  });

  it('records an extraction by a designated video operator, and the request moves down', async () => {
    const render = await open();
    cards()[0].querySelector<HTMLElement>('[data-testid="footage-to-EXTRACTED"]')!.click();
    await render();
    // Karim is no operator: he names one among the designated agents with a valid qualification.
    cards()[0]
      .querySelector<HTMLElement>('[data-testid="footage-operator"] .mat-mdc-select-trigger')!
      .click();
    await render();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Yasmine Haddad']);
    options[0].click();
    await render();
    cards()[0].querySelector<HTMLElement>('[data-testid="footage-action-confirm"]')!.click();
    await render();
    const post = backend.expectOne({ method: 'POST', url: '/api/footage-requests/urgent/status' });
    expect(post.request.body).toEqual({ to: 'EXTRACTED', note: '', operatorAgentId: YASMINE_ID });
    post.flush(
      footageOf('urgent', FootageStatus.EXTRACTED, 41.5, {
        camera: { id: 'c3', code: 'NOM-03', label: 'Rue de la Délivrance', quartier: 'DELIVRANCE' },
        extractedAt: NOW.toISOString(),
        events: [
          {
            from: null,
            to: FootageStatus.REQUESTED,
            note: null,
            author: 'superviseur',
            at: hoursFromNow(-48),
          },
          {
            from: FootageStatus.REQUESTED,
            to: FootageStatus.EXTRACTED,
            note: null,
            author: 'superviseur',
            at: NOW.toISOString(),
          },
        ],
      }),
    );
    await render();
    expect(cards().map((card) => card.querySelector('[data-testid="footage-camera"]')?.textContent)).toEqual([
      'NOM-01',
      'NOM-03',
      'FIX-01',
    ]);
    expect(element.querySelector('[data-testid="critical-count"]')).toBeNull();
  });

  it('refuses only with a reason, and shows the API’s objection to a step', async () => {
    const render = await open();
    cards()[1].querySelector<HTMLElement>('[data-testid="footage-to-REFUSED"]')!.click();
    await render();
    cards()[1].querySelector<HTMLElement>('[data-testid="footage-action-confirm"]')!.click();
    await render();
    backend.expectNone((r) => r.url.endsWith('/status'));
    expect(cards()[1].querySelector('mat-error')?.textContent?.trim()).toBe(
      'Le motif du refus est obligatoire.',
    );

    const note = cards()[1].querySelector<HTMLTextAreaElement>('[data-testid="footage-note"]')!;
    note.value = 'Pas de finalité prévue par l’arrêté.';
    note.dispatchEvent(new Event('input'));
    cards()[1].querySelector<HTMLElement>('[data-testid="footage-action-confirm"]')!.click();
    await render();
    backend.expectOne({ method: 'POST', url: '/api/footage-requests/late/status' }).flush(
      {
        type: 'urn:vigie:problem:rule',
        title: 'Règle',
        status: 422,
        detail: 'Une réquisition « remise » ne peut pas passer à « refusée ».',
        violations: [],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await render();
    expect(cards()[1].querySelector('[data-testid="footage-action-error"]')?.textContent?.trim()).toBe(
      'Une réquisition « remise » ne peut pas passer à « refusée ».',
    );
  });
});
