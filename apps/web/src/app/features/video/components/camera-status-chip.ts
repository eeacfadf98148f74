import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CameraStatus } from '@vigie/shared';

import { CAMERA_STATUS_COLOURS, cameraStatusLabel } from '../video-words';

/** A camera's status with the dot of its colour on the map: En service, Hors service… */
@Component({
  selector: 'vg-camera-status-chip',
  template: `<span class="status" data-testid="camera-status"
    ><span class="dot" [style.background]="colour()" aria-hidden="true"></span>{{ label() }}</span
  >`,
  styles: `
    .status {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: 0.8125rem;
      white-space: nowrap;
    }

    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraStatusChip {
  readonly status = input.required<CameraStatus>();

  readonly label = computed(() => cameraStatusLabel(this.status()));
  readonly colour = computed(() => CAMERA_STATUS_COLOURS[this.status()]);
}
