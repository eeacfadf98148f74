import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { MonthGrid } from '../domain/month-grid';
import { printedAt } from './printed-at';

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
    @use 'print-sheet';

    @include print-sheet.sheet($font-size: 7pt, $page-margin: 7mm, $title-size: 12pt, $header-gap: 2mm);

    @include print-sheet.cells(0.4pt, 0.3mm 0.2mm, center, middle, 1.15) {
      overflow: hidden;
    }

    thead th {
      font-weight: 500;
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

    @include print-sheet.group-row($padding: 0.3mm 1mm, $font-size: 6.5pt) {
      text-align: left;
    }

    tfoot td {
      font-size: 6pt;
    }

    tfoot td.short {
      font-weight: 700;
      text-decoration: underline;
    }

    @include print-sheet.footer(
      $font-size: 6.5pt,
      $margin-top: 1.5mm,
      $line-gap: 0.8mm,
      $legend-gap: 0.5mm 4mm
    ) {
      b,
      i {
        display: inline;
        font-size: inherit;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintMonth {
  readonly grid = input.required<MonthGrid>();
  readonly title = input.required<string>();
  /** The service's name: the sheet goes on its wall. */
  readonly service = input.required<string>();

  readonly printedAt = printedAt();
}
