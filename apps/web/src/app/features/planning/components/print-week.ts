import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { WeekGrid } from '../domain/week-grid';
import { printedAt } from './printed-at';

/**
 * The week on paper: A4 landscape, agents × days, black and white, shift codes and times large
 * enough to read on the wall. Hidden on screen; the page prints only this.
 */
@Component({
  selector: 'vg-print-week',
  template: `
    <header>
      <h1>{{ title() }}</h1>
      <p>{{ service() }} — {{ status() }}</p>
    </header>
    <table>
      <thead>
        <tr>
          <th class="agent" i18n>Agent</th>
          @for (day of grid().days; track day.date) {
            <th>{{ day.weekday }} {{ day.dayMonth }}</th>
          }
        </tr>
      </thead>
      @for (group of grid().groups; track group.key) {
        <tbody>
          <tr class="group">
            <th colspan="8">{{ group.label }}</th>
          </tr>
          @for (row of group.rows; track row.agentId) {
            <tr>
              <th class="agent">
                {{ row.name }} <small>{{ row.hours }}</small>
              </th>
              @for (cell of row.cells; track cell.date) {
                <td>
                  @for (absence of cell.absences; track absence.id) {
                    <div class="absence">{{ absence.label }}</div>
                  }
                  @for (shift of cell.shifts; track shift.shiftId) {
                    <div>
                      <strong>{{ shift.code }}</strong> {{ shift.times }}
                    </div>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      }
    </table>
    <footer>
      <p class="legend">
        @for (entry of legend(); track entry.code) {
          <span
            ><strong>{{ entry.code }}</strong> {{ entry.label }} ({{ entry.times }})</span
          >
        }
      </p>
      <p i18n>Imprimé le {{ printedAt() }} — Vigie</p>
    </footer>
  `,
  styles: `
    @use 'print-sheet';

    @include print-sheet.sheet($font-size: 8.5pt, $page-margin: 8mm, $title-size: 13pt, $header-gap: 3mm);

    @include print-sheet.cells(0.5pt, 1mm 1.2mm, left, top, 1.25);

    thead th {
      text-transform: capitalize;
    }

    th.agent {
      width: 34mm;
      font-weight: 500;

      small {
        font-weight: 400;
      }
    }

    @include print-sheet.group-row($padding: 0.6mm 1.2mm, $font-size: 7.5pt);

    .absence {
      font-style: italic;
      border: 0.5pt dashed #000;
      padding: 0 1mm;
    }

    @include print-sheet.footer($font-size: 7.5pt, $margin-top: 2mm, $line-gap: 1mm, $legend-gap: 1mm 4mm);
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintWeek {
  readonly grid = input.required<WeekGrid>();
  readonly title = input.required<string>();
  readonly status = input.required<string>();
  /** The service's name: the sheet goes on its wall. */
  readonly service = input.required<string>();

  readonly printedAt = printedAt();

  /** Each shift code once, with its label and hours. */
  readonly legend = computed(() => {
    const entries = new Map<string, { code: string; label: string; times: string }>();
    for (const day of this.grid().days) {
      for (const slot of day.slots) {
        if (!entries.has(slot.code))
          entries.set(slot.code, { code: slot.code, label: slot.label, times: slot.times });
      }
    }
    return [...entries.values()];
  });
}
