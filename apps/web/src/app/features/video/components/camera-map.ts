import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type CameraResponse, CameraStatus } from '@vigie/shared';

import { type MapDot, ServiceMap } from '../../../shared/map/service-map';
import { CAMERA_STATUS_COLOURS, cameraKindLabel, cameraStatusLabel } from '../video-words';

/** What a marker says when pointed at: « NOM-01 — Place du Bourg · En service ». */
export function markerTitle(camera: CameraResponse): string {
  return `${camera.code} — ${camera.label} · ${cameraStatusLabel(camera.status)}`;
}

/** A placed camera as a dot in the colour of its status; planned or removed ones dashed and pale. */
export function cameraDot(camera: CameraResponse & { lat: number; lng: number }): MapDot {
  const planned = camera.status === CameraStatus.PLANNED || camera.status === CameraStatus.REMOVED;
  return {
    id: camera.id,
    lat: camera.lat,
    lng: camera.lng,
    fill: CAMERA_STATUS_COLOURS[camera.status],
    stroke: planned ? CAMERA_STATUS_COLOURS[camera.status] : '#ffffff',
    dashed: planned,
    fillOpacity: planned ? 0.25 : 0.95,
    className: `vg-camera vg-camera-${camera.status.toLowerCase()}`,
    title: markerTitle(camera),
    popup: {
      title: `${camera.code} — ${camera.label}`,
      facts: [
        cameraKindLabel(camera.kind),
        cameraStatusLabel(camera.status),
        camera.connectedToCsu ? $localize`raccordée au CSU` : $localize`non raccordée au CSU`,
      ].join(' · '),
    },
  };
}

/** The service's cameras on its map; a dot chosen on the map is the camera chosen in the list. */
@Component({
  selector: 'vg-camera-map',
  imports: [ServiceMap],
  template: `
    <vg-service-map
      [dots]="dots()"
      [selectedId]="selectedId()"
      (selected)="selected.emit($event)"
      label="Carte des caméras"
      i18n-label
    />
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraMap {
  readonly cameras = input.required<CameraResponse[]>();
  readonly selectedId = input<string | null>(null);
  readonly selected = output<string>();

  readonly dots = computed(() =>
    this.cameras()
      .filter(
        (camera): camera is CameraResponse & { lat: number; lng: number } =>
          camera.lat !== null && camera.lng !== null,
      )
      .map(cameraDot),
  );
}
