import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { DayGroup } from '../domain/my-planning';

/**
 * An agent's coming days, each with its shifts (in their colour, with their times) and approved
 * absences: « Mon planning » and the agent's home, where it is `compact`. Each screen names the
 * test ids of its days and shifts.
 */
@Component({
  selector: 'vg-shift-days',
  template: `
    @for (day of days(); track day.date) {
      <div class="day" [attr.data-testid]="dayTestId()">
        <h3>
          {{ day.label }}
          @if (day.relative) {
            <span class="relative">{{ day.relative }}</span>
          }
        </h3>
        <ul>
          @for (item of day.items; track item.id) {
            <li
              [class.absence]="item.kind === 'absence'"
              [style.--shift-colour]="item.colour"
              [attr.data-testid]="itemTestId()"
            >
              <span class="title">{{ item.title }}</span>
              @if (item.times) {
                <span class="times">{{ item.times }}</span>
              }
            </li>
          }
        </ul>
      </div>
    } @empty {
      <p class="none">{{ emptyText() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .day {
      & + .day {
        margin-top: 14px;
      }

      h3 {
        margin: 0 0 6px;
        font-size: 0.9375rem;
        font-weight: 500;
        color: var(--vg-navy);
      }

      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }

      li {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 10px 12px;
        border-left: 5px solid var(--shift-colour, #5b6472);
        border-radius: 6px;
        background: color-mix(in srgb, var(--shift-colour, #5b6472) 10%, white);

        &.absence {
          border-left-color: #8a93a3;
          background: repeating-linear-gradient(135deg, #eceff3 0 8px, #fff 8px 16px);
          font-style: italic;
        }
      }

      .title {
        font-weight: 500;
      }

      .times {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
    }

    :host(.compact) .day + .day {
      margin-top: 12px;
    }

    .relative {
      margin-left: 6px;
      padding: 0 8px;
      border-radius: 10px;
      background: #e3ecf8;
      color: #1f4e93;
      font-size: 0.75rem;
    }

    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { '[class.compact]': 'compact()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShiftDays {
  readonly days = input.required<DayGroup[]>();
  /** « Aucun créneau publié pour les deux prochaines semaines. » */
  readonly emptyText = input.required<string>();
  /** The days a little closer together, in a tile. */
  readonly compact = input(false);
  readonly dayTestId = input.required<string>();
  readonly itemTestId = input.required<string>();
}
