import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { frenchWeekday } from '@vigie/shared';

import type { MonthCell, MonthDay, MonthGrid, MonthRow } from '../domain/month-grid';

/**
 * The month, agents × days, compact: each cell the codes of the agent's shifts that day coloured
 * like their type, or his absence; his hours of the month at the end of the row; each day's places
 * filled of those needed at the bottom, in red when a shift is short. Weekends and public holidays
 * shaded. A day's heading opens its week, where the planning is done.
 */
@Component({
  selector: 'vg-month-grid',
  imports: [RouterLink],
  templateUrl: './month-grid.html',
  styleUrl: './month-grid.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthGridView {
  readonly grid = input.required<MonthGrid>();

  weekday(day: MonthDay): string {
    return frenchWeekday(day.date);
  }

  /** Read after the day's number by a screen reader: the holiday, and where the link goes. */
  linkHint(day: MonthDay): string {
    const holiday = day.holiday ? ` (${day.holiday})` : '';
    return $localize`${holiday}, voir la semaine`;
  }

  cellTitle(row: MonthRow, cell: MonthCell): string {
    const parts = cell.shifts.map((shift) => `${shift.label} ${shift.times}`);
    if (cell.absenceLabel) parts.unshift(cell.absenceLabel);
    return parts.length > 0 ? `${row.name} — ${parts.join(', ')}` : '';
  }
}
