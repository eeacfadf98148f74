import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';

import { dayMonthAt } from '../../../shared/time/date-words';
import type { WeekGrid } from '../domain/week-grid';

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
    :host {
      display: none;
    }

    @media print {
      :host {
        display: block;
        color: #000;
        font-family: Roboto, Arial, sans-serif;
        font-size: 8.5pt;
      }

      @page {
        size: A4 landscape;
        margin: 8mm;
      }
    }

    header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      margin-bottom: 3mm;

      h1 {
        margin: 0;
        font-size: 13pt;
      }

      p {
        margin: 0;
      }
    }

    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }

    th,
    td {
      border: 0.5pt solid #000;
      padding: 1mm 1.2mm;
      text-align: left;
      vertical-align: top;
      line-height: 1.25;
    }

    thead th {
      background: #e6e6e6;
      text-transform: capitalize;
      print-color-adjust: exact;
    }

    th.agent {
      width: 34mm;
      font-weight: 500;

      small {
        font-weight: 400;
      }
    }

    tr {
      break-inside: avoid;
    }

    .group th {
      padding: 0.6mm 1.2mm;
      font-size: 7.5pt;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      background: #f2f2f2;
      print-color-adjust: exact;
    }

    .absence {
      font-style: italic;
      border: 0.5pt dashed #000;
      padding: 0 1mm;
    }

    footer {
      margin-top: 2mm;
      font-size: 7.5pt;

      p {
        margin: 0 0 1mm;
      }
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 1mm 4mm;
    }
  `,
  host: { '(window:beforeprint)': 'printedAt.set(now())' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintWeek {
  readonly grid = input.required<WeekGrid>();
  readonly title = input.required<string>();
  readonly status = input.required<string>();
  /** The service's name: the sheet goes on its wall. */
  readonly service = input.required<string>();

  readonly printedAt = signal(this.now());
  now(): string {
    return dayMonthAt(new Date().toISOString());
  }

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
