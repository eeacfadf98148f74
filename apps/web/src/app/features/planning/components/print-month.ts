import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';

import { dayMonthAt } from '../../../shared/time/date-words';
import type { MonthGrid } from '../domain/month-grid';

/**
 * The month on paper: A4 landscape, one page for the whole service, agents × days with the shift
 * codes, the hours of the month and each day's coverage. Weekends and public holidays shaded
 * grey (a black and white printer keeps them). Hidden on screen; the page prints only this.
 */
@Component({
  selector: 'vg-print-month',
  template: `
    <header>
      <h1>{{ title() }}</h1>
      <p>{{ service() }}</p>
    </header>
    <table>
      <thead>
        <tr>
          <th class="agent" i18n>Agent</th>
          @for (day of grid().days; track day.date) {
            <th [class.off]="day.weekend || day.holiday">{{ day.initial }}<br />{{ day.day }}</th>
          }
          <th class="total" i18n>Heures</th>
        </tr>
      </thead>
      @for (group of grid().groups; track group.key) {
        <tbody>
          <tr class="group">
            <th [attr.colspan]="grid().days.length + 2">{{ group.label }}</th>
          </tr>
          @for (row of group.rows; track row.agentId) {
            <tr>
              <th class="agent">{{ row.name }}</th>
              @for (cell of row.cells; track cell.date; let index = $index) {
                <td [class.off]="grid().days[index].weekend || grid().days[index].holiday">
                  @if (cell.absence) {
                    <i>{{ cell.absence }}</i>
                  }
                  @for (shift of cell.shifts; track shift.shiftId) {
                    <b>{{ shift.code }}</b>
                  }
                </td>
              }
              <td class="total">{{ row.hours }}</td>
            </tr>
          }
        </tbody>
      }
      <tfoot>
        <tr>
          <th class="agent" i18n>Couverture</th>
          @for (day of grid().days; track day.date) {
            <td [class.off]="day.weekend || day.holiday" [class.short]="day.coverage?.short">
              {{ day.coverage?.label ?? '' }}
            </td>
          }
          <td class="total"></td>
        </tr>
      </tfoot>
    </table>
    <footer>
      <p class="legend">
        @for (entry of grid().legend; track entry.code) {
          <span
            ><b>{{ entry.code }}</b> {{ entry.label }} ({{ entry.times }})</span
          >
        }
        <span i18n
          ><i>CA</i> congé annuel, <i>RTT</i>, <i>MAL</i> maladie, <i>FOR</i> formation, <i>TIR</i> séance de
          tir, <i>REC</i> récupération</span
        >
        <span i18n
          >Couverture : places pourvues / requises, soulignée quand un créneau du jour n’est pas couvert</span
        >
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
        font-size: 7pt;
      }

      @page {
        size: A4 landscape;
        margin: 7mm;
      }
    }

    header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      margin-bottom: 2mm;

      h1 {
        margin: 0;
        font-size: 12pt;
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
      border: 0.4pt solid #000;
      padding: 0.3mm 0.2mm;
      text-align: center;
      vertical-align: middle;
      line-height: 1.15;
      overflow: hidden;
    }

    thead th {
      background: #e6e6e6;
      font-weight: 500;
      print-color-adjust: exact;
    }

    .agent {
      width: 32mm;
      padding: 0.3mm 1mm;
      text-align: left;
      font-weight: 500;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .total {
      width: 11mm;
      padding: 0.3mm 1mm;
      text-align: right;
      white-space: nowrap;
    }

    .off {
      background: #dcdcdc;
      print-color-adjust: exact;
    }

    thead th.off {
      background: #c8c8c8;
    }

    b,
    i {
      display: block;
      font-size: 5.6pt;
      letter-spacing: -0.02em;
      white-space: nowrap;
    }

    i {
      font-weight: 400;
    }

    tr {
      break-inside: avoid;
    }

    .group th {
      padding: 0.3mm 1mm;
      font-size: 6.5pt;
      text-align: left;
      text-transform: uppercase;
      letter-spacing: 0.05em;
      background: #f2f2f2;
      print-color-adjust: exact;
    }

    tfoot td {
      font-size: 6pt;
    }

    tfoot td.short {
      font-weight: 700;
      text-decoration: underline;
    }

    footer {
      margin-top: 1.5mm;
      font-size: 6.5pt;

      p {
        margin: 0 0 0.8mm;
      }
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5mm 4mm;

      b,
      i {
        display: inline;
        font-size: inherit;
      }
    }
  `,
  host: { '(window:beforeprint)': 'printedAt.set(now())' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintMonth {
  readonly grid = input.required<MonthGrid>();
  readonly title = input.required<string>();
  /** The service's name: the sheet goes on its wall. */
  readonly service = input.required<string>();

  readonly printedAt = signal(this.now());
  now(): string {
    return dayMonthAt(new Date().toISOString());
  }
}
