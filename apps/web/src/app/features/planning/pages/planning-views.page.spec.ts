import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { planningMonthFrame, Role } from '@vigie/shared';
import { of } from 'rxjs';

import { openOnFakeBackend } from '../../../testing/page-testing';
import { agentOf, contextOf, shiftOf, userOf } from '../testing/planning.builders';
import { PlanningPage } from './planning.page';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z', {
  assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
  coverage: { covered: false, assigned: 1, missing: [] },
});
const CHRISTMAS = shiftOf('s-xmas', 'NUIT', '2026-12-25T20:00:00.000Z', '2026-12-26T04:00:00.000Z', {
  assignments: [
    { agentId: JULIEN.id, agentName: 'Julien Lefebvre' },
    { agentId: YASMINE.id, agentName: 'Yasmine Haddad' },
  ],
});
const WEEK = 'from=2026-11-30&to=2026-12-06';

/** The planning's « Mois » view, and its day view on a phone's width. */
describe('PlanningPage views', () => {
  let fixture: ComponentFixture<PlanningPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  function create(inputs: Record<string, string>, phone = false): void {
    const state: BreakpointState = { matches: phone, breakpoints: {} };
    ({ fixture, element, backend } = openOnFakeBackend(PlanningPage, userOf([Role.CHIEF]), {
      inputs,
      providers: [
        { provide: BreakpointObserver, useValue: { observe: () => of(state), isMatched: () => phone } },
      ],
    }));
  }
  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  it('shows the month asked for: its shifts’ codes, hours, coverage and holidays, and nothing of the week', async () => {
    create({ vue: 'mois', mois: '2026-12' });
    const MONTH = 'from=2026-12-01&to=2026-12-31';
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    backend
      .expectOne(`/api/shifts?${MONTH}&limit=200`)
      .flush({ items: [MORNING, CHRISTMAS], nextCursor: null });
    backend
      .expectOne(`/api/absences?${MONTH}&status=APPROVED&limit=200`)
      .flush({ items: [], nextCursor: null });
    backend.expectOne('/api/school-calendar').flush({
      zone: 'B',
      periods: [],
      publicHolidays: [{ date: '2026-12-25', label: 'Noël' }],
    });
    await settle();
    // No week loaded: no request for its shifts, publications or rules context (verify checks it).
    expect(element.querySelector('[data-testid="week-title"]')?.textContent?.trim()).toBe(
      planningMonthFrame('2026-12').lede,
    );
    expect(element.querySelector('[data-testid="publication-state"]')).toBeNull();
    expect(element.querySelector('[data-testid="propose"]')).toBeNull();
    const grid = element.querySelector('vg-month-grid')!;
    expect(grid.querySelectorAll('thead th.day')).toHaveLength(31);
    expect(grid.querySelector('[data-testid="month-day-2026-12-25"]')?.classList).toContain('holiday');
    const julien = grid.querySelector(`[data-testid="month-row-${JULIEN.id}"]`)!;
    expect(julien.querySelector('[data-testid$="-2026-12-01"]')?.textContent?.trim()).toBe('MATIN');
    expect(julien.querySelector('[data-testid="month-hours"]')?.textContent).toBe('16\u00a0h');
    const coverage = (date: string) => grid.querySelector(`[data-testid="month-coverage-${date}"]`)!;
    expect(coverage('2026-12-01').textContent?.trim()).toBe('1/2');
    expect(coverage('2026-12-01').classList).toContain('short');
    expect(coverage('2026-12-25').classList).not.toContain('short');
  });

  it('on a phone, shows one day’s shifts with who is on them, and moves a day with the arrows', async () => {
    create({ jour: '2026-12-01' }, true);
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    backend.expectOne(`/api/shifts?${WEEK}&limit=200`).flush({ items: [MORNING], nextCursor: null });
    backend.expectOne(`/api/roster/publications?${WEEK}&limit=200`).flush({ items: [], nextCursor: null });
    backend
      .expectOne(`/api/absences?${WEEK}&status=APPROVED&limit=200`)
      .flush({ items: [], nextCursor: null });
    await settle();
    backend
      .expectOne(`/api/roster/context?${WEEK}`)
      .flush(contextOf([JULIEN, YASMINE], [MORNING], '2026-11-30', '2026-12-06'));
    await settle();
    expect(element.querySelector('vg-roster-grid')).toBeNull();
    expect(element.querySelector('[data-testid="day-title"]')?.textContent?.trim()).toBe(
      'mardi 1er décembre 2026',
    );
    const card = element.querySelector('[data-testid="day-shift-s-morning"]')!;
    expect(card.textContent).toContain('Patrouille du matin');
    expect(card.textContent).toContain('06:00–14:00');
    expect(card.querySelector('[data-testid="coverage"]')?.textContent).toContain('1/2');
    expect(card.querySelector(`[data-testid="day-agent-s-morning-${JULIEN.id}"]`)?.textContent).toContain(
      'Lefebvre Julien',
    );

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    element.querySelector<HTMLButtonElement>('[data-testid="day-next"]')!.click();
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { jour: '2026-12-02' }, replaceUrl: true });
    // Another day of the same week: shown from what is loaded, nothing asked again.
    fixture.componentRef.setInput('jour', '2026-12-06');
    await settle();
    expect(element.querySelector('[data-testid="day-title"]')?.textContent?.trim()).toBe(
      'dimanche 6 décembre 2026',
    );
    expect(element.querySelector('[data-testid^="day-shift-"]')).toBeNull();
  });
});
