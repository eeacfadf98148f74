import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltip } from '@angular/material/tooltip';
import type { QualificationResponse } from '@vigie/shared';
import { compareFrench } from '@vigie/shared';

import { qualificationView } from '../agent-words';

/**
 * An agent's qualifications as compact chips: struck through when it does not count today,
 * in a warning colour when it expires within 30 days; the reason or the date in a tooltip.
 */
@Component({
  selector: 'vg-qualification-chips',
  imports: [MatTooltip],
  template: `
    <ul class="chips" aria-label="Qualifications" i18n-aria-label>
      @for (chip of chips(); track chip.id) {
        <li
          class="chip"
          [class]="chip.state"
          [matTooltip]="chip.detail"
          [attr.data-state]="chip.state"
          [attr.data-kind]="chip.kind"
        >
          <span class="name">{{ chip.label }}</span>
          @if (chip.state !== 'ok') {
            <span class="visually-hidden">: {{ chip.detail }}</span>
          }
        </li>
      } @empty {
        <li class="none" i18n>Aucune qualification</li>
      }
    </ul>
  `,
  styles: `
    .chips {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }

    .chip {
      font-size: 0.75rem;
      line-height: 20px;
      padding: 0 8px;
      border-radius: 10px;
      white-space: nowrap;
      background: #e3ecf8;
      color: var(--vg-navy);
      cursor: default;

      &.warning {
        background: #fff1d6;
        color: var(--vg-warning);
        font-weight: 500;
      }

      &.invalid {
        background: #f6e8e7;
        color: var(--vg-danger);

        .name {
          text-decoration: line-through;
        }
      }
    }

    .none {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationChips {
  readonly qualifications = input.required<readonly QualificationResponse[]>();

  readonly chips = computed(() =>
    this.qualifications()
      .map(qualificationView)
      .sort((a, b) => compareFrench(a.label, b.label)),
  );
}
