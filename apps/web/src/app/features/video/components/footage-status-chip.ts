import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FootageStatus } from '@vigie/shared';

import { footageStatusLabel } from '../video-words';

/** The status of a footage request in a pill: Demandée, Extraite, Remise, Refusée, Expirée. */
@Component({
  selector: 'vg-footage-status-chip',
  template: `<span class="status" [class]="status().toLowerCase()" data-testid="footage-status">{{
    label()
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      font-size: 0.75rem;
      font-weight: 500;
      line-height: 22px;
      padding: 0 10px;
      border-radius: 11px;
      white-space: nowrap;
    }

    .requested {
      background: #fff1d6;
      color: var(--vg-warning);
    }

    .extracted {
      background: #e3ecf8;
      color: #1f4e93;
    }

    .delivered {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .refused,
    .expired {
      background: #eceef1;
      color: #4a5160;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageStatusChip {
  readonly status = input.required<FootageStatus>();

  readonly label = computed(() => footageStatusLabel(this.status()));
}
