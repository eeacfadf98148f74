import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { INCIDENT_STATUS_LABELS, IncidentStatus } from '@vigie/shared';

import { StatusPill } from '../../../shared/ui/status-pill';
import { STATUS_TONES } from '../incident-words';

/** The status of an entry in a pill: Ouverte, En cours, Close, Transmise. */
@Component({
  selector: 'vg-incident-status-chip',
  imports: [StatusPill],
  template: `<vg-status-pill [label]="label()" [tone]="tone()" testId="incident-status" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentStatusChip {
  readonly status = input.required<IncidentStatus>();

  readonly label = computed(() => INCIDENT_STATUS_LABELS[this.status()]);
  readonly tone = computed(() => STATUS_TONES[this.status()]);
}
