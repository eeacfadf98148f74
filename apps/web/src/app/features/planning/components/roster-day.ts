import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { WeekStore } from '../data-access/week.store';
import { type DayAgent, type DayCard, dayView, swipeStep } from '../domain/day-view';
import type { GridDay, SlotView } from '../domain/week-grid';

/**
 * The planning on a phone: one day of the week at a time, its shifts as cards with the agents on
 * them, each with the grid's menu (edit, delete). « Affecter » opens the same dialog as a shift of the week grid (who is on it, who is free,
 * what rule each other one would break); an agent's ✕ takes him off. A swipe sideways, or the
 * arrows, moves a day.
 */
@Component({
  selector: 'vg-roster-day',
  imports: [MatButtonModule, MatMenuModule, SvgIcon],
  templateUrl: './roster-day.html',
  styleUrl: './roster-day.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(pointerdown)': 'pressed($event)',
    '(pointerup)': 'released($event)',
    '(pointercancel)': 'start = null',
  },
})
export class RosterDay {
  readonly store = inject(WeekStore);

  /** The day shown, `YYYY-MM-DD`. */
  readonly date = input.required<string>();
  /** A day before (-1) or after (+1). */
  readonly move = output<-1 | 1>();
  readonly today = output();
  readonly openSlot = output<{ slot: SlotView; day: GridDay }>();
  readonly editShift = output<{ slot: SlotView; day: GridDay }>();
  /** « Heures réalisées » of a shift whose day has begun. */
  readonly recordWorked = output<{ slot: SlotView; day: GridDay }>();
  readonly canRecordWorked = this.store.canRecordWorked;
  readonly currentDay = this.store.today;
  readonly deleteShift = output<{ slot: SlotView; day: GridDay }>();

  readonly view = computed(() => dayView(this.store.grid(), this.date()));
  readonly isToday = computed(() => this.date() === this.store.today());
  readonly editable = this.store.canEdit;

  /** Where a finger (or the mouse) went down, to tell a swipe from a tap or a scroll. */
  start: { x: number; y: number; id: number } | null = null;

  pressed(event: PointerEvent): void {
    if (!event.isPrimary) return;
    this.start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  }

  released(event: PointerEvent): void {
    const start = this.start;
    this.start = null;
    if (start?.id !== event.pointerId) return;
    const step = swipeStep(event.clientX - start.x, event.clientY - start.y);
    if (step !== 0) this.move.emit(step);
  }

  remove(card: DayCard, agent: DayAgent): void {
    void this.store.unassign(card.slot.id, agent.agentId);
  }

  removeLabel(card: DayCard, agent: DayAgent): string {
    return $localize`Retirer ${agent.name} de ${card.slot.label}`;
  }

  menuLabel(card: DayCard): string {
    return $localize`Actions sur ${card.slot.label}, ${card.slot.times}`;
  }

  assignLabel(card: DayCard): string {
    return this.editable() ? $localize`Affecter à ${card.slot.label}` : $localize`Voir ${card.slot.label}`;
  }
}
