import type { ServiceResponse } from '@vigie/shared';

import { openOnFakeBackend, type PageOnFakeBackend, settled } from '../../../testing/page-testing';
import { LOMME, platformUser, POOLED } from '../../../testing/user.builders';
import { PlatformPage } from './platform.page';

// Opened late in the evening in Paris: the day shown is Paris's, not UTC's.
const SERVICES: ServiceResponse[] = [
  { ...LOMME, createdAt: '2026-01-04T23:30:00.000Z' },
  { ...POOLED, createdAt: '2026-12-06T08:00:00.000Z' },
];

let page: PageOnFakeBackend<PlatformPage>;

const cards = () =>
  [...page.element.querySelectorAll('[data-testid="service"]')].map((card) => ({
    name: card.querySelector('[data-testid="service-title"]')!.textContent!.trim(),
    kind: card.querySelector('[data-testid="service-kind"]')!.textContent!.trim(),
    communes: [...card.querySelectorAll('[data-testid="service-commune"]')].map((c) => c.textContent!.trim()),
    opened: card.querySelector('[data-testid="service-opened"]')!.textContent!.trim(),
  }));

afterEach(() => page.backend.verify());

describe('the platform’s page', () => {
  it('lists each service with its kind, its communes by INSEE code and the day it opened', async () => {
    page = openOnFakeBackend(PlatformPage, platformUser());
    page.backend
      .expectOne((r) => r.url === '/api/platform/services')
      .flush({ items: SERVICES, nextCursor: null });
    await settled(page.fixture);

    expect(cards()).toEqual([
      {
        name: 'Police municipale de Lomme',
        kind: 'Police municipale',
        communes: ['Lomme (59355)'],
        opened: 'Ouvert le 05/01/2026',
      },
      {
        name: 'Police pluricommunale de Lompret, Prémesques et Verlinghem',
        kind: 'Police pluricommunale',
        communes: ['Lompret (59356)', 'Prémesques (59470)', 'Verlinghem (59611)'],
        opened: 'Ouvert le 06/12/2026',
      },
    ]);
    expect(page.element.querySelector('[data-testid="open-service"]')!.textContent).toContain(
      'Ouvrir un service',
    );
  });

  it('says why the list did not come, and when there is no service yet once it does', async () => {
    page = openOnFakeBackend(PlatformPage, platformUser());
    page.backend
      .expectOne((r) => r.url === '/api/platform/services')
      .flush(
        { type: 'about:blank', title: 'Indisponible', status: 503, detail: 'Vigie redémarre : réessayez.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settled(page.fixture);
    const alert = page.element.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Vigie redémarre : réessayez.');

    alert.querySelector('button')!.click();
    page.backend.expectOne((r) => r.url === '/api/platform/services').flush({ items: [], nextCursor: null });
    await settled(page.fixture);
    expect(page.element.textContent).toContain('Aucun service pour l’instant : ouvrez le premier.');
  });
});
