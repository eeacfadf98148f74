import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role, type StatsDimension, todayInParis } from '@vigie/shared';

import { signedInAs } from '../../../testing/page-testing';
import { serviceUser } from '../../../testing/user.builders';
import { defaultStatsPeriod } from '../stats';
import { settle } from '../testing/incident.builders';
import { IncidentStatsPage } from './incident-stats.page';

const BUCKETS: Record<StatsDimension, { key: string; label: string; count: number }[]> = {
  category: [
    {
      key: 'TRAFFIC.PARKING',
      label: 'Circulation et stationnement › Stationnement gênant ou abusif',
      count: 30,
    },
    { key: 'PUBLIC_PEACE.NOISE', label: 'Tranquillité publique › Bruit, tapage', count: 12 },
    { key: 'TRAFFIC.ACCIDENT', label: 'Circulation et stationnement › Accident de la circulation', count: 5 },
  ],
  quartier: [
    { key: 'BOURG', label: 'Bourg', count: 25 },
    { key: 'MARAIS', label: 'Marais', count: 22 },
  ],
  week: [
    { key: '2026-W23', label: 'Semaine 23 de 2026', count: 40 },
    { key: '2026-W25', label: 'Semaine 25 de 2026', count: 7 },
  ],
  hourOfWeek: [
    { key: '6-23', label: 'samedi 23 h', count: 12 },
    { key: '1-8', label: 'lundi 8 h', count: 3 },
  ],
  position: [
    { key: '33762:1358', label: 'Bourg', count: 9 },
    { key: '33755:1364', label: 'Marais', count: 1 },
  ],
};
const TOTALS: Record<StatsDimension, number> = {
  category: 47,
  quartier: 47,
  week: 47,
  hourOfWeek: 47,
  position: 10,
};

describe('IncidentStatsPage', () => {
  let fixture: ComponentFixture<IncidentStatsPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  beforeEach(() => {
    // jsdom draws no canvas: the charts step aside, their tables stay.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        // Lomme's chief: its map draws Lomme's quartiers.
        signedInAs(serviceUser([Role.CHIEF])),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IncidentStatsPage);
    element = fixture.nativeElement as HTMLElement;
  });
  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  async function answer(from: string, to: string): Promise<void> {
    for (const by of ['category', 'quartier', 'week', 'hourOfWeek', 'position'] as StatsDimension[]) {
      backend
        .expectOne(`/api/incidents/stats?from=${from}&to=${to}&by=${by}`)
        .flush({ from, to, by, total: TOTALS[by], buckets: BUCKETS[by] });
    }
    await settle();
    await fixture.whenStable();
  }
  const table = (id: string) =>
    [...element.querySelectorAll(`[data-testid="${id}"] tbody tr`)].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()).join(' : '),
    );

  it('shows the last twelve months unless the address says otherwise', async () => {
    fixture.detectChanges();
    const { from, to } = defaultStatsPeriod(todayInParis());
    await answer(from, to);
    expect(element.querySelector('[data-testid="stats-total"]')?.textContent).toBe('47 entrées');
  });

  it('charts a period by group of categories (or in detail), by quartier and by week, zero weeks included', async () => {
    fixture.componentRef.setInput('du', '2026-06-01');
    fixture.componentRef.setInput('au', '2026-06-21');
    fixture.detectChanges();
    await answer('2026-06-01', '2026-06-21');

    expect(element.textContent).toContain('du 01/06/2026 au 21/06/2026');
    expect(table('category-table')).toEqual([
      'Circulation et stationnement : 35',
      'Tranquillité publique : 12',
    ]);
    expect(table('quartier-table')).toEqual(['Bourg : 25', 'Marais : 22']);
    expect(table('week-table')).toEqual([
      'Semaine 23 (du 01/06/2026) : 40',
      'Semaine 24 (du 08/06/2026) : 0',
      'Semaine 25 (du 15/06/2026) : 7',
    ]);

    element.querySelector<HTMLElement>('[data-testid="by-leaf"] button')!.click();
    await fixture.whenStable();
    expect(table('category-table')).toEqual([
      'Circulation et stationnement › Stationnement gênant ou abusif : 30',
      'Tranquillité publique › Bruit, tapage : 12',
      'Circulation et stationnement › Accident de la circulation : 5',
    ]);
  });

  it('draws the hour-of-week heat map, Monday first, each hour with its count for whoever cannot see the shade', async () => {
    fixture.componentRef.setInput('du', '2026-06-01');
    fixture.componentRef.setInput('au', '2026-06-21');
    fixture.detectChanges();
    await answer('2026-06-01', '2026-06-21');

    const rows = [...element.querySelectorAll('[data-testid="heat-map"] tbody tr')];
    expect(rows.map((row) => row.querySelector('th .visually-hidden')?.textContent)).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    const saturday23 = rows[5].querySelectorAll('td')[23];
    expect(saturday23.getAttribute('title')).toBe('samedi 23 h : 12 entrées');
    expect(saturday23.classList).toContain('level-5');
    expect(saturday23.querySelector('.visually-hidden')?.textContent).toBe('samedi 23 h : 12 entrées');
    const monday8 = rows[0].querySelectorAll('td')[8];
    expect(monday8.classList).toContain('level-2');
    expect(rows[2].querySelectorAll('td')[3].classList).toContain('level-0');
  });

  it('maps the entries that carry a position by cell, the busiest cell the largest, and says how many carry one', async () => {
    fixture.componentRef.setInput('du', '2026-06-01');
    fixture.componentRef.setInput('au', '2026-06-21');
    fixture.detectChanges();
    await answer('2026-06-01', '2026-06-21');

    expect(element.querySelector('[data-testid="position-hint"]')?.textContent).toContain(
      '10 entrées sur 47 portent la position du téléphone',
    );
    const start = Date.now();
    // Leaflet starts after its stylesheet, or after 2 s without it (jsdom has none).
    while (element.querySelectorAll('path.vg-stats-cell').length < 2 && Date.now() - start < 4000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      fixture.detectChanges();
    }
    expect(element.querySelectorAll('[data-testid="position-map"] path.vg-quartier')).toHaveLength(6);
    expect(
      fixture.componentInstance.cells().map(({ lat, lng, radius, title }) => ({ lat, lng, radius, title })),
    ).toEqual([
      { lat: 50.643, lng: 2.9876, radius: 16, title: 'Bourg : 9 entrées' },
      { lat: 50.6325, lng: 3.0008, radius: 8, title: 'Marais : 1 entrée' },
    ]);
    fixture.destroy();
  });

  it('says why the API refused the period', async () => {
    fixture.componentRef.setInput('du', '2020-01-01');
    fixture.componentRef.setInput('au', '2026-06-21');
    fixture.detectChanges();
    const refusal = {
      type: 'about:blank',
      title: 'Requête invalide',
      status: 400,
      detail: 'Certains champs sont invalides.',
      errors: [{ field: 'to', message: 'la période est limitée à trois ans' }],
    };
    for (const by of ['category', 'quartier', 'week', 'hourOfWeek', 'position']) {
      backend
        .expectOne(`/api/incidents/stats?from=2020-01-01&to=2026-06-21&by=${by}`)
        .flush(refusal, { status: 400, statusText: 'Bad Request' });
    }
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="stats-error"]')?.textContent).toContain(
      'La période est limitée à trois ans.',
    );
  });
});
