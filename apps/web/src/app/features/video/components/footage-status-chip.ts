import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FootageStatus } from '@vigie/shared';

import { StatusPill } from '../../../shared/ui/status-pill';
import { FOOTAGE_STATUS_TONES, footageStatusLabel } from '../video-words';

/** The status of a footage request in a pill: Demandée, Extraite, Remise, Refusée, Expirée. */
@Component({
  selector: 'vg-footage-status-chip',
  imports: [StatusPill],
  template: `<vg-status-pill [label]="label()" [tone]="tone()" testId="footage-status" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageStatusChip {
  readonly status = input.required<FootageStatus>();

  readonly label = computed(() => footageStatusLabel(this.status()));
  readonly tone = computed(() => FOOTAGE_STATUS_TONES[this.status()]);
}
