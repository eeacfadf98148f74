import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { WeekStore } from '../data-access/week.store';
import { agentOf } from '../testing/planning.builders';
import { buildWeekGrid, type GridGroup } from '../week-grid';
import { firstRows, RosterGrid, ROWS_PER_TASK } from './roster-grid';

const group = (key: string, ...agents: string[]): GridGroup => ({
  key,
  label: key,
  rows: agents.map((agentId) => ({ agentId }) as GridGroup['rows'][number]),
});

describe('firstRows', () => {
  const groups = [group('A', 'a1', 'a2', 'a3'), group('B', 'b1', 'b2'), group('C', 'c1')];
  const ids = (list: GridGroup[]) => list.map((g) => `${g.key}:${g.rows.map((r) => r.agentId).join(',')}`);

  it('cuts the groups after so many rows, leaving out the groups not reached', () => {
    expect(ids(firstRows(groups, 1))).toEqual(['A:a1']);
    expect(ids(firstRows(groups, 4))).toEqual(['A:a1,a2,a3', 'B:b1']);
    expect(ids(firstRows(groups, 6))).toEqual(['A:a1,a2,a3', 'B:b1,b2', 'C:c1']);
    expect(ids(firstRows(groups, 99))).toEqual(['A:a1,a2,a3', 'B:b1,b2', 'C:c1']);
  });

  it('keeps a whole group as it is (its rows are not drawn again)', () => {
    expect(firstRows(groups, 4)[0]).toBe(groups[0]);
  });
});

describe('RosterGrid', () => {
  it('draws the first agents with the page and the others a moment later, without redrawing any', async () => {
    const agents = Array.from({ length: 11 }, (_, index) =>
      agentOf(`a-${index}`, `Nom${String(index).padStart(2, '0')}`, 'Prénom', {
        brigade: index < 6 ? 'Jour A' : 'Nuit B',
      }),
    );
    const grid = buildWeekGrid({
      monday: '2026-11-30',
      today: '2026-12-01',
      agents,
      shifts: [],
      absences: [],
    });
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WeekStore,
          useValue: {
            grid: signal(grid),
            canEdit: signal(true),
            highlight: signal(null),
            findingsFor: () => [],
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(RosterGrid);
    fixture.detectChanges();
    const rows = () => [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('tr[data-testid^="row-"]'),
    ];

    expect(rows()).toHaveLength(ROWS_PER_TASK);
    const first = rows()[0];

    for (let task = 0; task < 5 && rows().length < agents.length; task++) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await fixture.whenStable();
    }

    expect(rows()).toHaveLength(agents.length);
    expect(rows()[0]).toBe(first);
    const groups = [...(fixture.nativeElement as HTMLElement).querySelectorAll('.group-label')];
    expect(groups.map((label) => label.textContent)).toEqual(['Jour A', 'Nuit B']);
  });
});
