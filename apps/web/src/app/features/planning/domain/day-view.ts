import { addDays, frenchDayAndMonth, frenchWeekday, isIsoDate, weekStart } from '@vigie/shared';

import type { GridDay, SlotView, WeekGrid } from './week-grid';

/**
 * The planning on a phone: one day of the week grid at a time, its shifts as cards with the agents
 * on them. Read from the same grid as the week (the same pending changes, ghosts and coverage), so
 * the same actions behave the same. Pure, tested.
 */

export interface DayAgent {
  agentId: string;
  /** « Lefebvre Julien » */
  name: string;
  pending: boolean;
  refused: boolean;
  proposed: boolean;
}

export interface DayCard {
  slot: SlotView;
  agents: DayAgent[];
}

export interface DayAbsent {
  agentId: string;
  name: string;
  label: string;
}

export interface DayView {
  day: GridDay;
  /** « mardi 15 décembre 2026 » */
  title: string;
  cards: DayCard[];
  /** Agents away that day (approved absences), to know who not to call. */
  absents: DayAbsent[];
}

/** « mardi 15 décembre 2026 », « mardi 1er décembre 2026 ». */
export function frenchLongDate(date: string): string {
  const dayAndMonth = frenchDayAndMonth(date).replace(/^1 /, '1er ');
  return `${frenchWeekday(date)} ${dayAndMonth} ${date.slice(0, 4)}`;
}

/**
 * The day a phone shows: `?jour=` when it is a date; else, in the week of `?semaine=`, today when
 * the week holds it, its Monday otherwise; else today.
 */
export function dayShown(
  jour: string | null | undefined,
  semaine: string | null | undefined,
  today: string,
): string {
  if (jour && isIsoDate(jour)) return jour;
  if (semaine && isIsoDate(semaine)) {
    const monday = weekStart(semaine);
    return weekStart(today) === monday ? today : monday;
  }
  return today;
}

/** The day `step` days after `date` (a step across Sunday moves to the next week). */
export function dayAfter(date: string, step: number): string {
  return addDays(date, step);
}

/** How far a finger must travel sideways for a swipe, in CSS pixels. */
export const SWIPE_MIN_PX = 60;

/**
 * What a gesture does: a swipe to the left shows the next day (+1), to the right the day before
 * (-1); a short or mostly vertical one (a scroll) does nothing (0).
 */
export function swipeStep(dx: number, dy: number): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/** The day `date` of the week grid, null when the grid does not hold it (its week is loading). */
export function dayView(grid: WeekGrid, date: string): DayView | null {
  const index = grid.days.findIndex((day) => day.date === date);
  if (index < 0) return null;
  const day = grid.days[index];
  const rows = grid.groups.flatMap((group) => group.rows);
  const cards = day.slots.map((slot): DayCard => {
    const agents: DayAgent[] = [];
    for (const row of rows) {
      const held = row.cells[index].shifts.find((shift) => shift.shiftId === slot.id);
      if (!held) continue;
      agents.push({
        agentId: row.agentId,
        name: row.name,
        pending: held.pending,
        refused: held.refused,
        proposed: held.proposed,
      });
    }
    return { slot, agents };
  });
  const absents = rows.flatMap((row) =>
    row.cells[index].absences.map((absence) => ({
      agentId: row.agentId,
      name: row.name,
      label: absence.label,
    })),
  );
  return { day, title: frenchLongDate(date), cards, absents };
}
