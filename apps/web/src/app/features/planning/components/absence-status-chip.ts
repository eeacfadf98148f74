import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AbsenceStatus } from '@vigie/shared';

import { ABSENCE_STATUS_LABELS } from '../words/planning-words';

/** The status of an absence request in a pill: Demandée, Acceptée, Refusée. */
@Component({
  selector: 'vg-absence-status-chip',
  template: `<span class="status" [class]="tone()" data-testid="absence-status">{{ label() }}</span>`,
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

    .approved {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .rejected {
      background: #fdecea;
      color: var(--vg-danger);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsenceStatusChip {
  readonly status = input.required<AbsenceStatus>();

  readonly label = computed(() => ABSENCE_STATUS_LABELS[this.status()]);
  readonly tone = computed(() =>
    this.status() === AbsenceStatus.APPROVED
      ? 'approved'
      : this.status() === AbsenceStatus.REJECTED
        ? 'rejected'
        : 'requested',
  );
}
