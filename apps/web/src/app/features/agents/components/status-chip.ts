import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type AgentStatus, STATUS_LABELS } from '@vigie/shared';

import { StatusPill } from '../../../shared/ui/status-pill';
import { STATUS_TONES } from '../agent-words';

/** The status of an agent in a coloured pill: operational, in training, long absence, departed. */
@Component({
  selector: 'vg-status-chip',
  imports: [StatusPill],
  template: `<vg-status-pill [label]="label()" [tone]="tone()" testId="agent-status" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<AgentStatus>();

  readonly label = computed(() => STATUS_LABELS[this.status()]);
  readonly tone = computed(() => STATUS_TONES[this.status()]);
}
