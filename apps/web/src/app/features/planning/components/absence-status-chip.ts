import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AbsenceStatus } from '@vigie/shared';

import { type PillTone, StatusPill } from '../../../shared/ui/status-pill';
import { ABSENCE_STATUS_LABELS } from '../words/planning-words';

const TONES: Record<AbsenceStatus, PillTone> = {
  [AbsenceStatus.REQUESTED]: 'warning',
  [AbsenceStatus.APPROVED]: 'ok',
  [AbsenceStatus.REJECTED]: 'danger',
};

/** The status of an absence request in a pill: Demandée, Acceptée, Refusée. */
@Component({
  selector: 'vg-absence-status-chip',
  imports: [StatusPill],
  template: `<vg-status-pill [label]="label()" [tone]="tone()" testId="absence-status" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsenceStatusChip {
  readonly status = input.required<AbsenceStatus>();

  readonly label = computed(() => ABSENCE_STATUS_LABELS[this.status()]);
  readonly tone = computed(() => TONES[this.status()]);
}
