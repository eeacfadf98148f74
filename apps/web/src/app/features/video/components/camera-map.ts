import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import {
  type CameraResponse,
  CameraStatus,
  labelPoint,
  LOMME_BOUNDS,
  type Quartier,
  QUARTIER_LABELS,
  QUARTIER_OUTLINES,
} from '@vigie/shared';
import {
  type CircleMarker,
  circleMarker,
  latLngBounds,
  type LayerGroup,
  layerGroup,
  type Map as LeafletMap,
  map as leafletMap,
  polygon,
  tileLayer,
  tooltip,
} from 'leaflet';

import { CAMERA_STATUS_COLOURS, cameraKindLabel, cameraStatusLabel } from '../video-words';

const NAVY = '#1a3a6b';
/** Leaflet's own stylesheet, a separate bundle (angular.json) loaded with the first map only. */
const LEAFLET_CSS = 'leaflet.css';

export function loadLeafletCss(document: Document): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[href="${LEAFLET_CSS}"]`);
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = LEAFLET_CSS;
  const loaded = new Promise<void>((resolve) => {
    link.onload = () => resolve();
    link.onerror = () => resolve();
  });
  document.head.appendChild(link);
  return loaded;
}

/** What a marker says when pointed at: « NOM-01 — Place du Bourg · En service ». */
export function markerTitle(camera: CameraResponse): string {
  return `${camera.code} — ${camera.label} · ${cameraStatusLabel(camera.status)}`;
}

/**
 * The cameras of Lomme on a map: OpenStreetMap tiles where the network allows, and in any case
 * the outlines of the quartiers and a dot per camera in the colour of its status (vector layers,
 * drawn without a single tile). A dot chosen on the map is the camera chosen in the list.
 */
@Component({
  selector: 'vg-camera-map',
  template: `
    <div #host class="vg-camera-map" role="region" aria-label="Carte des caméras" i18n-aria-label></div>
    @if (tilesMissing()) {
      <p class="vg-camera-map-offline" data-testid="map-offline" i18n>
        Fond de carte indisponible (pas de réseau) : les quartiers et les caméras restent dessinés.
      </p>
    }
  `,
  styles: `
    vg-camera-map {
      display: block;
      position: relative;
    }

    .vg-camera-map,
    .vg-camera-map.leaflet-container {
      height: var(--vg-map-height, 460px);
      border-radius: 12px;
      background: #eef2f7;
      z-index: 0;
    }

    .vg-camera-map-offline {
      margin: 6px 0 0;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .vg-camera-map .vg-quartier-label {
      background: transparent;
      border: 0;
      box-shadow: none;
      color: ${NAVY};
      font:
        600 12px Roboto,
        sans-serif;
      letter-spacing: 0.02em;
      text-shadow:
        0 0 3px #fff,
        0 0 3px #fff;
      text-transform: uppercase;
    }

    .vg-camera-map .vg-quartier-label::before {
      display: none;
    }

    .vg-camera-map .leaflet-popup-content {
      margin: 10px 14px;
      font:
        13px/1.4 Roboto,
        sans-serif;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraMap {
  readonly cameras = input.required<CameraResponse[]>();
  readonly selectedId = input<string | null>(null);
  readonly selected = output<string>();

  readonly tilesMissing = signal(false);

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private map: LeafletMap | null = null;
  private markers: LayerGroup | null = null;
  private readonly byId = new Map<string, CircleMarker>();

  constructor() {
    const document = inject(DOCUMENT);
    let destroyed = false;
    afterNextRender(() => {
      // Leaflet measures its box when it starts: after its stylesheet, or without it after a while.
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000));
      void Promise.race([loadLeafletCss(document), timeout]).then(() => {
        if (destroyed) return;
        this.map = this.create(this.host().nativeElement);
        this.draw(untracked(this.cameras));
      });
    });
    effect(() => {
      const cameras = this.cameras();
      if (this.map) untracked(() => this.draw(cameras));
    });
    effect(() => {
      const id = this.selectedId();
      if (this.map) untracked(() => this.highlight(id));
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.map?.remove();
    });
  }

  private create(element: HTMLElement): LeafletMap {
    const bounds = latLngBounds(
      [LOMME_BOUNDS.south, LOMME_BOUNDS.west],
      [LOMME_BOUNDS.north, LOMME_BOUNDS.east],
    );
    const map = leafletMap(element, {
      scrollWheelZoom: false,
      maxBounds: bounds.pad(0.5),
      minZoom: 12,
      zoomSnap: 0.25,
    });
    // A box not laid out (hidden, or no layout at all) has no size to fit the commune into.
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) map.fitBounds(bounds, { padding: [8, 8] });
    else map.setView(bounds.getCenter(), 14);
    map.attributionControl.setPrefix(false);

    let loaded = false;
    tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
      subdomains: 'abc',
      maxZoom: 19,
      attribution: $localize`© contributeurs OpenStreetMap · quartiers : contours indicatifs`,
    })
      .on('tileload', () => {
        loaded = true;
        this.tilesMissing.set(false);
      })
      .on('tileerror', () => {
        if (!loaded) this.tilesMissing.set(true);
      })
      .addTo(map);

    for (const [quartier, outline] of Object.entries(QUARTIER_OUTLINES) as [Quartier, [number, number][]][]) {
      polygon(outline, {
        color: NAVY,
        weight: 1.5,
        opacity: 0.7,
        fillColor: NAVY,
        fillOpacity: 0.05,
        interactive: false,
        className: `vg-quartier vg-quartier-${quartier.toLowerCase()}`,
      }).addTo(map);
      tooltip({ permanent: true, direction: 'center', className: 'vg-quartier-label' })
        .setLatLng([...labelPoint(outline)])
        .setContent(QUARTIER_LABELS[quartier])
        .addTo(map);
    }
    this.markers = layerGroup().addTo(map);
    return map;
  }

  private draw(cameras: CameraResponse[]): void {
    if (!this.markers) return;
    this.markers.clearLayers();
    this.byId.clear();
    for (const camera of cameras) {
      if (camera.lat === null || camera.lng === null) continue;
      const planned = camera.status === CameraStatus.PLANNED || camera.status === CameraStatus.REMOVED;
      const marker = circleMarker([camera.lat, camera.lng], {
        radius: 8,
        color: planned ? CAMERA_STATUS_COLOURS[camera.status] : '#ffffff',
        weight: 2,
        dashArray: planned ? '3 3' : undefined,
        fillColor: CAMERA_STATUS_COLOURS[camera.status],
        fillOpacity: planned ? 0.25 : 0.95,
        className: `vg-camera vg-camera-${camera.status.toLowerCase()}`,
      })
        .bindTooltip(markerTitle(camera), { direction: 'top', offset: [0, -8] })
        .bindPopup(this.popup(camera))
        .on('click', () => this.selected.emit(camera.id));
      marker.addTo(this.markers);
      this.byId.set(camera.id, marker);
    }
    this.highlight(untracked(this.selectedId));
  }

  private highlight(id: string | null): void {
    for (const [cameraId, marker] of this.byId) {
      marker.setRadius(cameraId === id ? 11 : 8);
      if (cameraId === id) {
        marker.bringToFront();
        marker.openPopup();
        this.map?.panTo(marker.getLatLng(), { animate: false });
      }
    }
  }

  private popup(camera: CameraResponse): HTMLElement {
    const document = this.host().nativeElement.ownerDocument;
    const box = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = `${camera.code} — ${camera.label}`;
    const facts = document.createElement('div');
    facts.textContent = [
      cameraKindLabel(camera.kind),
      cameraStatusLabel(camera.status),
      camera.connectedToCsu ? $localize`raccordée au CSU` : $localize`non raccordée au CSU`,
    ].join(' · ');
    box.append(title, facts);
    return box;
  }
}
