import {
  CdkDrag,
  type CdkDragDrop,
  type CdkDragEnter,
  CdkDropList,
  CdkDropListGroup,
} from '@angular/cdk/drag-drop';
import { CdkScrollable } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';

import { gradualCount } from '../../../shared/ui/gradual';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { WeekStore } from '../data-access/week.store';
import type { CellShift, GridCell, GridDay, GridGroup, GridRow, SlotView } from '../domain/week-grid';

/**
 * The week is drawn a little per task (gradualCount): first the « Créneaux » row, so many days per
 * task, then the agents, so many per task: drawn at once, the whole week kept a phone from
 * answering for most of a second (bench/NOTES.md).
 */
export const SLOT_DAYS_PER_TASK = 2;
export const ROWS_PER_TASK = 1;

/** What is drawn after so many tasks: the slot row's days first, then the agents. */
export function drawnAfter(tasks: number, days: number): { slotDays: number; rows: number } {
  const slotTasks = Math.ceil(days / SLOT_DAYS_PER_TASK);
  return {
    slotDays: Math.min(days, tasks * SLOT_DAYS_PER_TASK),
    rows: Math.max(0, tasks - slotTasks) * ROWS_PER_TASK,
  };
}

/** What is dragged: a shift from the « Créneaux » row, or an agent's assignment back to it. */
export type DragData =
  | { kind: 'slot'; shiftId: string; date: string; label: string }
  | { kind: 'assigned'; shiftId: string; agentId: string; date: string };

export interface CellTarget {
  row: GridRow;
  cell: GridCell;
  day: GridDay;
}

/** While a shift is dragged: where, and what the rules engine says about dropping it there. */
interface Hover {
  agentId: string;
  date: string;
  ok: boolean;
  title: string;
  messages: string[];
}

/**
 * The week as a grid, agents × days, with the day's shifts on top. A shift dragged onto an
 * agent assigns him (the rules engine tells at once whether it may, on his cell of the shift's
 * day): each agent's row is one drop target — a target per cell, 7 a row, drew markedly slower
 * on a phone, for a choice the shift's day already makes. An
 * assignment dragged back onto the « Créneaux » row, or its ✕, takes him off. Each cell and each
 * shift also opens a dialog: the keyboard's way to do the same.
 *
 * The slots (buttons, reached by the keyboard) have Material tooltips, shown on focus too; the
 * assignments and the hours, which only a mouse hovers, the browser's own (`title`): ~200
 * Material tooltips cost a phone a tenth of a second to draw the week.
 */
@Component({
  selector: 'vg-roster-grid',
  imports: [CdkDrag, CdkDropList, CdkDropListGroup, CdkScrollable, MatMenuModule, SvgIcon, MatTooltip],
  templateUrl: './roster-grid.html',
  styleUrls: ['./roster-grid.scss', './roster-grid-blocks.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterGrid {
  readonly store = inject(WeekStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly openCell = output<CellTarget>();
  readonly openSlot = output<{ slot: SlotView; day: GridDay }>();
  /** « Modifier » and « Supprimer » of a shift's menu. */
  readonly editShift = output<{ slot: SlotView; day: GridDay }>();
  /** « Heures réalisées » of a shift whose day has begun. */
  readonly recordWorked = output<{ slot: SlotView; day: GridDay }>();
  readonly canRecordWorked = this.store.canRecordWorked;
  readonly currentDay = this.store.today;
  readonly deleteShift = output<{ slot: SlotView; day: GridDay }>();

  readonly grid = this.store.grid;
  private readonly tasks = gradualCount(() => {
    const rows = this.grid().groups.reduce((sum, group) => sum + group.rows.length, 0);
    return Math.ceil(this.grid().days.length / SLOT_DAYS_PER_TASK) + Math.ceil(rows / ROWS_PER_TASK);
  }, 1);
  private readonly drawn = computed(() => drawnAfter(this.tasks(), this.grid().days.length));
  /** How many days of the « Créneaux » row show their slots so far. */
  readonly slotDays = computed(() => this.drawn().slotDays);
  /** The groups and rows drawn so far (rows keep their identity: drawn ones are not redrawn). */
  readonly groups = computed(() => firstRows(this.grid().groups, this.drawn().rows));
  readonly editable = this.store.canEdit;
  readonly dragging = signal<DragData | null>(null);
  readonly hover = signal<Hover | null>(null);
  readonly highlight = this.store.highlight;
  readonly hint = computed(() => {
    const hover = this.hover();
    if (hover) return hover;
    const dragging = this.dragging();
    if (dragging?.kind === 'slot') {
      return {
        ok: true,
        title: $localize`Déposez « ${dragging.label} » sur un agent du même jour.`,
        messages: [],
      };
    }
    if (dragging?.kind === 'assigned') {
      return {
        ok: true,
        title: $localize`Déposez sur la ligne « Créneaux » pour retirer l’agent.`,
        messages: [],
      };
    }
    return null;
  });

  constructor() {
    // A finding clicked in the check panel: bring what it is about into view.
    effect(() => {
      if (this.highlight()) setTimeout(() => this.revealHighlight());
    });
  }

  /** Scrolls the grid (not the page) so the highlighted element sits clear of the sticky headers. */
  private revealHighlight(): void {
    const host = this.host.nativeElement;
    const box = host.querySelector<HTMLElement>('.grid-scroll');
    const target = host.querySelector<HTMLElement>('.hl');
    if (!box || !target) return;
    const header = host.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const side = host.querySelector('.corner')?.getBoundingClientRect().width ?? 0;
    const area = box.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const top = target.closest('thead') ? box.scrollTop : box.scrollTop + rect.top - area.top - header - 12;
    const left = target.closest('.row-head')
      ? box.scrollLeft
      : box.scrollLeft + rect.left - area.left - side - 12;
    box.scrollTo({ top: Math.max(0, top), left: Math.max(0, left), behavior: 'smooth' });
  }

  slotData(slot: SlotView): DragData {
    return { kind: 'slot', shiftId: slot.id, date: slot.date, label: slot.label };
  }

  assignedData(shiftId: string, cell: GridCell): DragData {
    return { kind: 'assigned', shiftId, agentId: cell.agentId, date: cell.date };
  }

  /** An agent's row takes a shift he is not on yet, for his cell of the shift's day. */
  readonly rowAccepts = (drag: CdkDrag<DragData>, drop: CdkDropList<GridRow>): boolean => {
    const data = drag.data;
    if (data.kind !== 'slot') return false;
    const cell = cellOf(drop.data, data.date);
    return !!cell && !cell.shifts.some((shift) => shift.shiftId === data.shiftId && !shift.proposed);
  };

  /** The « Créneaux » row of a day takes back that day's assignments. */
  readonly slotsAccept = (drag: CdkDrag<DragData>, drop: CdkDropList<string>): boolean =>
    drag.data.kind === 'assigned' && drag.data.date === drop.data;

  started(data: DragData): void {
    this.dragging.set(data);
  }

  ended(): void {
    this.dragging.set(null);
    this.hover.set(null);
  }

  entered(event: CdkDragEnter<GridRow>): void {
    // The item's data is what a shift or an assignment carries, not the list's.
    const data = (event.item as unknown as CdkDrag<DragData>).data;
    const row = event.container.data;
    if (data.kind !== 'slot') return;
    const findings = this.store.findingsFor(data.shiftId, row.agentId);
    const name = row.name;
    this.hover.set({
      agentId: row.agentId,
      date: data.date,
      ok: findings.length === 0,
      title:
        findings.length === 0
          ? $localize`${name} peut prendre « ${data.label} ».`
          : $localize`${name} ne peut pas prendre « ${data.label} » :`,
      messages: findings.map((finding) => finding.message),
    });
  }

  exited(row: GridRow): void {
    if (this.hover()?.agentId === row.agentId) this.hover.set(null);
  }

  droppedOnRow(event: CdkDragDrop<GridRow, unknown, DragData>): void {
    this.hover.set(null);
    const data = event.item.data;
    if (event.previousContainer === event.container || data.kind !== 'slot') return;
    void this.store.assign(data.shiftId, event.container.data.agentId);
  }

  droppedOnSlots(event: CdkDragDrop<string, unknown, DragData>): void {
    const data = event.item.data;
    if (event.previousContainer === event.container || data.kind !== 'assigned') return;
    void this.store.unassign(data.shiftId, data.agentId);
  }

  remove(shiftId: string, agentId: string): void {
    void this.store.unassign(shiftId, agentId);
  }

  isHover(cell: GridCell): Hover | null {
    const hover = this.hover();
    return hover?.agentId === cell.agentId && hover.date === cell.date ? hover : null;
  }

  cellLabel(row: GridRow, day: GridDay): string {
    return $localize`Affecter ${row.name}, ${day.long}`;
  }

  removeLabel(row: GridRow, label: string): string {
    return $localize`Retirer ${row.name} de ${label}`;
  }

  slotAriaLabel(slot: SlotView, day: GridDay): string {
    const missing = slot.missing ? ` ; ${slot.missing}` : '';
    const proposed =
      slot.proposed === 0
        ? ''
        : slot.proposed === 1
          ? $localize` dont 1 proposé`
          : $localize` dont ${slot.proposed} proposés`;
    // The visible text first, in its order (label, times, coverage), for voice control users.
    return $localize`${slot.label}, ${slot.times}, ${slot.badge} agents${proposed}, ${day.long}${missing}`;
  }

  slotMenuLabel(slot: SlotView, day: GridDay): string {
    return $localize`Actions sur ${slot.label}, ${slot.times}, ${day.long}`;
  }

  blockTitle(shift: CellShift): string {
    return shift.proposed
      ? $localize`Proposé : ${shift.label} ${shift.times}`
      : `${shift.label} ${shift.times}`;
  }
}

/** An agent's cell of a day. */
function cellOf(row: GridRow, date: string): GridCell | undefined {
  return row.cells.find((cell) => cell.date === date);
}

/** The groups cut after `count` rows, empty groups left out. */
export function firstRows(groups: readonly GridGroup[], count: number): GridGroup[] {
  const drawn: GridGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    drawn.push(group.rows.length <= left ? group : { ...group, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return drawn;
}
