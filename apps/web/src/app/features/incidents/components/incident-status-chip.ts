import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { INCIDENT_STATUS_LABELS, IncidentStatus } from '@vigie/shared';

import { STATUS_TONES } from '../incident-words';

/** The status of an entry in a pill: Ouverte, En cours, Close, Transmise. */
@Component({
  selector: 'vg-incident-status-chip',
  template: `<span class="status" [class]="tone()" data-testid="incident-status">{{ label() }}</span>`,
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

    .open {
      background: #fff1d6;
      color: var(--vg-warning);
    }

    .progress {
      background: #e3ecf8;
      color: #1f4e93;
    }

    .closed {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .transferred {
      background: #efe7f7;
      color: #5b2d8c;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentStatusChip {
  readonly status = input.required<IncidentStatus>();

  readonly label = computed(() => INCIDENT_STATUS_LABELS[this.status()]);
  readonly tone = computed(() => STATUS_TONES[this.status()]);
}
