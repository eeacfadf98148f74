import type { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { WeekStore } from '../data-access/week.store';
import { buildWeekGrid, type CellShift, type GridGroup, type GridRow } from '../domain/week-grid';
import { agentOf } from '../testing/planning.builders';
import { type DragData, drawnAfter, firstRows, RosterGrid, SLOT_DAYS_PER_TASK } from './roster-grid';

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

describe('drawnAfter', () => {
  it('draws the slot row first, so many days a task, then the agents', () => {
    expect(drawnAfter(1, 7)).toEqual({ slotDays: SLOT_DAYS_PER_TASK, rows: 0 });
    const slotTasks = Math.ceil(7 / SLOT_DAYS_PER_TASK);
    expect(drawnAfter(slotTasks, 7)).toEqual({ slotDays: 7, rows: 0 });
    expect(drawnAfter(slotTasks + 1, 7).rows).toBeGreaterThan(0);
    expect(drawnAfter(slotTasks + 3, 7).rows).toBeGreaterThan(drawnAfter(slotTasks + 2, 7).rows);
  });
});

describe('RosterGrid', () => {
  it('draws the week a little per task, the slot row first, without redrawing anything drawn', async () => {
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
    const host = () => fixture.nativeElement as HTMLElement;
    const slotCells = () => [...host().querySelectorAll('td.slots')];
    const slotDaysDrawn = () => slotCells().filter((cell) => cell.textContent?.includes('Aucun créneau'));
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
    const rows = () => [...host().querySelectorAll('tr[data-testid^="row-"]')];
    const nextTask = async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await fixture.whenStable();
    };

    // First the week's days, with the first days' slots (here, none) and no agent yet.
    expect(slotCells()).toHaveLength(7);
    expect(slotDaysDrawn()).toHaveLength(SLOT_DAYS_PER_TASK);
    expect(rows()).toHaveLength(0);

    for (let task = 0; task < 40 && rows().length === 0; task++) await nextTask();
    expect(slotDaysDrawn()).toHaveLength(7);
    const first = rows()[0];
    expect(rows().length).toBeLessThan(agents.length);

    for (let task = 0; task < 40 && rows().length < agents.length; task++) await nextTask();
    expect(rows()).toHaveLength(agents.length);
    expect(rows()[0]).toBe(first);
    const groups = [...host().querySelectorAll('.group-label')];
    expect(groups.map((label) => label.textContent)).toEqual(['Jour A', 'Nuit B']);
  });
});

describe('RosterGrid, an agent’s row as the drop target', () => {
  const on = (shiftId: string, proposed = false) => ({ shiftId, proposed }) as CellShift;
  const row = {
    agentId: 'julien',
    name: 'Lefebvre Julien',
    cells: [
      { agentId: 'julien', date: '2026-12-01', shifts: [on('tue-morning')], absences: [] },
      { agentId: 'julien', date: '2026-12-02', shifts: [on('wed-morning', true)], absences: [] },
      { agentId: 'julien', date: '2026-12-03', shifts: [], absences: [] },
    ],
  } as GridRow;
  const slot = (shiftId: string, date: string): DragData => ({ kind: 'slot', shiftId, date, label: 'Matin' });
  const assign = jest.fn();

  function grid(): RosterGrid {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WeekStore,
          useValue: {
            grid: signal(
              buildWeekGrid({
                monday: '2026-11-30',
                today: '2026-12-01',
                agents: [],
                shifts: [],
                absences: [],
              }),
            ),
            canEdit: signal(true),
            highlight: signal(null),
            findingsFor: () => [],
            assign,
          },
        },
      ],
    });
    return TestBed.createComponent(RosterGrid).componentInstance;
  }
  const drag = (data: DragData) => ({ data }) as CdkDrag<DragData>;
  const target = { data: row } as CdkDropList<GridRow>;

  it('takes a slot the agent is not on yet, for his cell of its day, and no assignment dragged', () => {
    const accepts = grid().rowAccepts;
    expect(accepts(drag(slot('thu-morning', '2026-12-03')), target)).toBe(true);
    // Already his (a proposal of the planner does not count: it is not written).
    expect(accepts(drag(slot('tue-morning', '2026-12-01')), target)).toBe(false);
    expect(accepts(drag(slot('wed-morning', '2026-12-02')), target)).toBe(true);
    expect(
      accepts(drag({ kind: 'assigned', shiftId: 'x', agentId: 'karim', date: '2026-12-03' }), target),
    ).toBe(false);
  });

  it('assigns the agent of the row a slot is dropped on, and lights his cell of the slot’s day', () => {
    const component = grid();
    const source = {} as CdkDropList;
    component.entered({
      item: drag(slot('thu-morning', '2026-12-03')),
      container: target,
    } as never);
    expect(component.isHover(row.cells[2])?.ok).toBe(true);
    expect(component.isHover(row.cells[0])).toBeNull();

    component.droppedOnRow({
      item: drag(slot('thu-morning', '2026-12-03')),
      container: target,
      previousContainer: source,
    } as unknown as CdkDragDrop<GridRow, unknown, DragData>);
    expect(assign).toHaveBeenCalledWith('thu-morning', 'julien');
    expect(component.isHover(row.cells[2])).toBeNull();
  });
});
