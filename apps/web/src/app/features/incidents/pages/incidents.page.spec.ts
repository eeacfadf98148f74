import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { IncidentStatus, LommeQuartier, MAIN_COURANTE_FRAME, Role } from '@vigie/shared';

import { authOf, JULIEN_ID, settle, summaryOf, userOf } from '../testing/incident.builders';
import { IncidentsPage } from './incidents.page';

const NOISE = summaryOf('i-2', 'MC-2026-000124', { amendmentCount: 2 });
const DUMPING = summaryOf('i-1', 'MC-2026-000123', {
  occurredAt: '2026-01-10T07:05:00.000Z',
  category: 'ENVIRONMENT.ILLEGAL_DUMPING',
  categoryLabel: 'Environnement › Dépôt sauvage',
  location: { address: 'chemin du Marais', quartier: LommeQuartier.MARAIS, lat: null, lng: null },
  summary: 'Dépôt de gravats',
  status: IncidentStatus.CLOSED,
});

describe('IncidentsPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let element: HTMLElement;

  async function open(url: string, roles: Role[] = [Role.AGENT]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'main-courante', component: IncidentsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        authOf(userOf(roles, JULIEN_ID)),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, IncidentsPage);
    element = harness.routeNativeElement!;
    // The agent filter's list is asked for once the first entries have come (see render()).
    expect(backend.match((r) => r.url === '/api/agents')).toEqual([]);
  }
  afterEach(() => backend.verify());

  async function render(): Promise<void> {
    await settle();
    harness.detectChanges();
    await harness.fixture.whenStable();
    for (const agents of backend.match((r) => r.url === '/api/agents')) {
      agents.flush({
        items: [{ id: JULIEN_ID, firstName: 'Julien', lastName: 'Lefebvre' }],
        nextCursor: null,
      });
    }
    await harness.fixture.whenStable();
  }

  const rows = () => [...element.querySelectorAll<HTMLElement>('[data-testid="incident-row"]')];

  it('opens on the filters of the link, shows each entry as the service reads it, and loads more on demand', async () => {
    await open('/main-courante?statut=OPEN&quartier=BOURG&q=tapage');
    backend
      .expectOne('/api/incidents?quartier=BOURG&status=OPEN&q=tapage&limit=30')
      .flush({ items: [NOISE], nextCursor: 'c-1' });
    await render();

    const [row] = rows();
    expect(row.getAttribute('href')).toBe('/main-courante/i-2');
    expect(row.textContent).toContain('MC-2026-000124');
    // 20:15 UTC in June is 22:15 in Paris.
    expect(row.textContent).toContain('13/06/2026 22:15');
    expect(row.textContent).toContain('Tranquillité publique › Bruit, tapage');
    expect(row.textContent).toContain('Bourg — 12 rue du Bourg');
    expect(row.textContent).toContain('Tapage nocturne rue du Bourg');
    expect(row.textContent).toContain('2 compléments');
    expect(row.querySelector('[data-testid="incident-status"]')?.textContent).toBe('Ouverte');
    expect(element.querySelector<HTMLInputElement>('[data-testid="incident-search"]')!.value).toBe('tapage');
    // The header the server paints first (the page's frame) says the same, so nothing jumps.
    expect(element.querySelector('h1')?.textContent?.trim()).toBe(MAIN_COURANTE_FRAME.title);
    expect(element.querySelector('.page-header p')?.textContent?.trim()).toBe(MAIN_COURANTE_FRAME.lede);

    element.querySelector<HTMLButtonElement>('[data-testid="load-more"]')!.click();
    backend
      .expectOne('/api/incidents?quartier=BOURG&status=OPEN&q=tapage&limit=30&cursor=c-1')
      .flush({ items: [DUMPING], nextCursor: null });
    await render();
    expect(rows().map((r) => r.querySelector('.number')?.textContent)).toEqual([
      'MC-2026-000124',
      'MC-2026-000123',
    ]);
    expect(rows()[1].querySelector('[data-testid="incident-status"]')?.textContent).toBe('Close');
    expect(element.querySelector('[data-testid="load-more"]')).toBeNull();
    expect(element.textContent).toContain('Fin de la liste.');
  });

  it('puts the search in the address bar after a pause in typing, and asks the API with it', async () => {
    await open('/main-courante');
    backend.expectOne('/api/incidents?limit=30').flush({ items: [NOISE, DUMPING], nextCursor: null });
    await render();

    const search = element.querySelector<HTMLInputElement>('[data-testid="incident-search"]')!;
    search.value = 'grav';
    search.dispatchEvent(new Event('input'));
    search.value = 'gravats';
    search.dispatchEvent(new Event('input'));
    // Nothing sent while typing.
    backend.expectNone((r) => r.url === '/api/incidents');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await render();

    expect(TestBed.inject(Router).url).toBe('/main-courante?q=gravats');
    backend.expectOne('/api/incidents?q=gravats&limit=30').flush({ items: [DUMPING], nextCursor: null });
    await render();
    expect(rows()).toHaveLength(1);
    expect(search.value).toBe('gravats');
  });

  it('says when nothing matches and clears the filters from the address bar', async () => {
    await open('/main-courante?categorie=ANIMALS&du=2026-01-01');
    backend
      .expectOne('/api/incidents?from=2026-01-01&category=ANIMALS&limit=30')
      .flush({ items: [], nextCursor: null });
    await render();
    const empty = element.querySelector('[data-testid="list-empty"]')!;
    expect(empty.textContent).toContain('Aucune entrée ne correspond à ces critères.');

    empty.querySelector('button')!.click();
    await render();
    expect(TestBed.inject(Router).url).toBe('/main-courante');
    backend.expectOne('/api/incidents?limit=30').flush({ items: [NOISE], nextCursor: null });
    await render();
    expect(rows()).toHaveLength(1);
  });

  it('lets a supervisor export the filtered entries as CSV and open the statistics', async () => {
    await open('/main-courante?statut=CLOSED', [Role.SUPERVISOR]);
    backend.expectOne('/api/incidents?status=CLOSED&limit=30').flush({ items: [DUMPING], nextCursor: null });
    await render();
    expect(element.querySelector('[data-testid="open-stats"]')?.getAttribute('href')).toBe(
      '/main-courante/statistiques',
    );

    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    const request = backend.expectOne('/api/incidents/export.csv?status=CLOSED');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['\uFEFFNuméro;Date'], { type: 'text/csv' }));
    await render();
    expect(createObjectURL).toHaveBeenCalled();
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toMatch(
      /^main-courante-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    click.mockRestore();
  });

  it('offers an agent the new entry but neither the export nor the statistics', async () => {
    await open('/main-courante');
    backend.expectOne('/api/incidents?limit=30').flush({ items: [NOISE], nextCursor: null });
    await render();
    expect(element.querySelector('[data-testid="export-csv"]')).toBeNull();
    expect(element.querySelector('[data-testid="open-stats"]')).toBeNull();
    expect(element.querySelector('[data-testid="new-incident"]')?.getAttribute('href')).toBe(
      '/main-courante/nouvelle',
    );
  });
});
