import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type AgentStatus, STATUS_LABELS } from '@vigie/shared';

import { STATUS_TONES } from '../agent-words';

/** The status of an agent in a coloured pill: operational, in training, long absence, departed. */
@Component({
  selector: 'vg-status-chip',
  template: `<span class="status" [class]="tone()" data-testid="agent-status">{{ label() }}</span>`,
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

    .ok {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .info {
      background: #e3ecf8;
      color: #1f4e93;
    }

    .warning {
      background: #fff1d6;
      color: var(--vg-warning);
    }

    .muted {
      background: #eceff3;
      color: #5b6472;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<AgentStatus>();

  readonly label = computed(() => STATUS_LABELS[this.status()]);
  readonly tone = computed(() => STATUS_TONES[this.status()]);
}
