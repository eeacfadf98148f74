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
import { type Bounds, labelPoint } from '@vigie/shared';
import {
  type CircleMarker,
  circleMarker,
  type LatLngBounds,
  latLngBounds,
  type LayerGroup,
  layerGroup,
  type Map as LeafletMap,
  map as leafletMap,
  polygon,
  tileLayer,
  tooltip,
} from 'leaflet';

import { type OutlinedQuartier, Territory } from '../territory/territory';

const NAVY = '#1a3a6b';
/** Mainland France and Corsica: where a service's map opens while it knows neither its area nor a point. */
const FRANCE: Bounds = { south: 41.3, north: 51.1, west: -5.2, east: 9.6 };
/** The closest a map fitted on its points opens (a single camera is not shown at street level). */
const POINTS_MAX_ZOOM = 15;
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

/** A dot on the map: a camera, an entry's position, a cell of the statistics. */
export interface MapDot {
  id: string;
  lat: number;
  lng: number;
  fill: string;
  /** The class of its path, what tests and styles find it by. */
  className: string;
  /** Said when the dot is pointed at. */
  title: string;
  /** What opens when it is chosen: a title and a line of facts. */
  popup?: { title: string; facts: string };
  radius?: number;
  stroke?: string;
  dashed?: boolean;
  fillOpacity?: number;
}

/**
 * The service's territory on a map: OpenStreetMap tiles where the network allows, and in any case
 * the outlines of its quartiers (those it drew) and the dots (vector layers, drawn without a
 * single tile). It opens on the service's area; a service that does not know its area yet opens on
 * the dots shown, or else on France. A dot chosen is emitted; the one given as `selectedId` grows
 * and opens. With `focus`, the map opens close on that point (an entry's place).
 */
@Component({
  selector: 'vg-service-map',
  template: `
    <div #host class="vg-service-map" role="region" [attr.aria-label]="label()"></div>
    @if (tilesMissing()) {
      <p class="vg-service-map-offline" data-testid="map-offline">
        @if (outlines().length > 0) {
          <ng-container i18n
            >Fond de carte indisponible (pas de réseau) : les quartiers restent dessinés.</ng-container
          >
        } @else {
          <ng-container i18n>Fond de carte indisponible (pas de réseau).</ng-container>
        }
      </p>
    }
  `,
  styles: `
    vg-service-map {
      display: block;
      position: relative;
    }

    .vg-service-map,
    .vg-service-map.leaflet-container {
      height: var(--vg-map-height, 460px);
      border-radius: 12px;
      background: #eef2f7;
      z-index: 0;
    }

    .vg-service-map-offline {
      margin: 6px 0 0;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .vg-service-map .vg-quartier-label {
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

    .vg-service-map .vg-quartier-label::before {
      display: none;
    }

    .vg-service-map .leaflet-popup-content {
      margin: 10px 14px;
      font:
        13px/1.4 Roboto,
        sans-serif;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceMap {
  private readonly territory = inject(Territory);

  readonly dots = input.required<MapDot[]>();
  readonly selectedId = input<string | null>(null);
  /** The map's name for a screen reader (« Carte des caméras »). */
  readonly label = input.required<string>();
  /** Where the map opens, close up; the service's whole area without it. */
  readonly focus = input<readonly [number, number] | null>(null);
  readonly selected = output<string>();

  readonly tilesMissing = signal(false);
  /** The quartiers drawn: the active ones the service outlined. */
  readonly outlines = this.territory.outlines;

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private map: LeafletMap | null = null;
  private quartiers: LayerGroup | null = null;
  private markers: LayerGroup | null = null;
  private readonly byId = new Map<string, { marker: CircleMarker; radius: number }>();
  /** Opened on nothing of its own (no area, focus nor dot yet): the first dots drawn frame it. */
  private awaitingDots = false;

  constructor() {
    const document = inject(DOCUMENT);
    let destroyed = false;
    afterNextRender(() => {
      // Leaflet measures its box when it starts: after its stylesheet, or without it after a while.
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000));
      void Promise.race([loadLeafletCss(document), timeout]).then(() => {
        if (destroyed) return;
        this.map = this.create(this.host().nativeElement);
        this.drawQuartiers(untracked(this.outlines));
        this.draw(untracked(this.dots));
      });
    });
    effect(() => {
      const dots = this.dots();
      if (this.map) untracked(() => this.draw(dots));
    });
    // The chief changed the quartiers: the map follows.
    effect(() => {
      const outlines = this.outlines();
      if (this.map) untracked(() => this.drawQuartiers(outlines));
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
    const area = untracked(this.territory.area);
    const map = leafletMap(element, {
      scrollWheelZoom: false,
      // Kept around the service's area when it is known; free otherwise.
      ...(area ? { maxBounds: boundsOf(area).pad(0.5) } : {}),
      zoomSnap: 0.25,
    });
    const focus = untracked(this.focus);
    if (focus) map.setView([focus[0], focus[1]], 14);
    else this.frame(map);
    if (area) map.setMinZoom(Math.min(12, Math.floor(map.getZoom()) - 1));
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

    this.quartiers = layerGroup().addTo(map);
    this.markers = layerGroup().addTo(map);
    return map;
  }

  /** Opens on the service's area; without one on the dots, then the quartiers drawn, then France. */
  private frame(map: LeafletMap): void {
    const area = untracked(this.territory.area);
    const dots = untracked(this.dots);
    const outlines = untracked(this.outlines);
    let bounds: LatLngBounds;
    let maxZoom: number | undefined;
    if (area) bounds = boundsOf(area);
    else if (dots.length > 0) {
      bounds = latLngBounds(dots.map((dot): [number, number] => [dot.lat, dot.lng]));
      maxZoom = POINTS_MAX_ZOOM;
    } else if (outlines.length > 0) {
      bounds = latLngBounds(
        outlines.flatMap((quartier) => quartier.outline.map(([lat, lng]): [number, number] => [lat, lng])),
      );
    } else bounds = boundsOf(FRANCE);
    this.awaitingDots = !area && dots.length === 0;
    // A box not laid out (hidden, or no layout at all) has no size to fit the area into.
    const size = map.getSize();
    // Dots drawn on the edge would be cut: they get more room than an area.
    const padding: [number, number] = maxZoom ? [24, 24] : [8, 8];
    if (size.x > 0 && size.y > 0) map.fitBounds(bounds, { padding, maxZoom });
    else map.setView(bounds.getCenter(), area || dots.length > 0 ? 14 : 5);
  }

  private drawQuartiers(outlines: readonly OutlinedQuartier[]): void {
    if (!this.quartiers) return;
    this.quartiers.clearLayers();
    for (const quartier of outlines) {
      const outline = quartier.outline.map(([lat, lng]) => [lat, lng] as [number, number]);
      polygon(outline, {
        color: NAVY,
        weight: 1.5,
        opacity: 0.7,
        fillColor: NAVY,
        fillOpacity: 0.05,
        interactive: false,
        className: `vg-quartier vg-quartier-${quartier.code.toLowerCase()}`,
      }).addTo(this.quartiers);
      tooltip({ permanent: true, direction: 'center', className: 'vg-quartier-label' })
        .setLatLng([...labelPoint(quartier.outline)])
        .setContent(quartier.label)
        .addTo(this.quartiers);
    }
  }

  private draw(dots: MapDot[]): void {
    if (!this.markers) return;
    this.markers.clearLayers();
    this.byId.clear();
    // Opened on France (or the quartiers) while the points were on their way: now on them.
    if (this.awaitingDots && dots.length > 0 && this.map) this.frame(this.map);
    for (const dot of dots) {
      const radius = dot.radius ?? 8;
      const marker = circleMarker([dot.lat, dot.lng], {
        radius,
        color: dot.stroke ?? '#ffffff',
        weight: 2,
        dashArray: dot.dashed ? '3 3' : undefined,
        fillColor: dot.fill,
        fillOpacity: dot.fillOpacity ?? 0.95,
        className: dot.className,
      })
        .bindTooltip(dot.title, { direction: 'top', offset: [0, -radius] })
        .on('click', () => this.selected.emit(dot.id));
      if (dot.popup) marker.bindPopup(this.popup(dot.popup));
      marker.addTo(this.markers);
      this.byId.set(dot.id, { marker, radius });
    }
    this.highlight(untracked(this.selectedId));
  }

  private highlight(id: string | null): void {
    for (const [dotId, { marker, radius }] of this.byId) {
      marker.setRadius(dotId === id ? radius + 3 : radius);
      if (dotId === id) {
        marker.bringToFront();
        marker.openPopup();
        this.map?.panTo(marker.getLatLng(), { animate: false });
      }
    }
  }

  private popup({ title, facts }: { title: string; facts: string }): HTMLElement {
    const document = this.host().nativeElement.ownerDocument;
    const box = document.createElement('div');
    const heading = document.createElement('strong');
    heading.textContent = title;
    const line = document.createElement('div');
    line.textContent = facts;
    box.append(heading, line);
    return box;
  }
}

function boundsOf(box: Bounds): LatLngBounds {
  return latLngBounds([box.south, box.west], [box.north, box.east]);
}
