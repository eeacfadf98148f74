import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type CameraResponse, formatDateFr } from '@vigie/shared';

import { Territory } from '../../../shared/territory/territory';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { cameraKindLabel } from '../video-words';
import { CameraStatusChip } from './camera-status-chip';

/** The registry as a list: a row per camera; choosing one shows it on the map. */
@Component({
  selector: 'vg-camera-list',
  imports: [CameraStatusChip, MatButtonModule, SvgIcon],
  templateUrl: './camera-list.html',
  styleUrl: './camera-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraList {
  readonly cameras = input.required<CameraResponse[]>();
  readonly selectedId = input<string | null>(null);
  readonly canEdit = input(false);
  readonly selected = output<string>();
  readonly edit = output<CameraResponse>();

  private readonly territory = inject(Territory);
  readonly quartier = (code: string): string => this.territory.label(code);
  readonly kind = cameraKindLabel;

  installed(camera: CameraResponse): string | null {
    return camera.installedOn ? formatDateFr(camera.installedOn) : null;
  }
}
