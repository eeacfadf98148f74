/**
 * A service's territory: its quartiers (the sectors its entries and cameras are filed under) and
 * the area its positions must fall in. Each service has its own — a pooled service's quartiers
 * are often its communes — and the chief keeps them. Pure, shared by the API and the web app.
 */

/** A WGS 84 point `[lat, lng]`. */
export type LatLng = readonly [number, number];

/** A bounding box (WGS 84). */
export interface Bounds {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** A quartier as the service keeps it. */
export class QuartierResponse {
  /** Stable code, written on entries and cameras (`BOURG`, `LOMPRET`). */
  code!: string;
  label!: string;
  /** A schematic outline drawn on the maps and used to propose the quartier from a position. */
  outline!: LatLng[] | null;
  /** Retired: kept for the entries and cameras filed under it, no longer offered. */
  retired!: boolean;
  /** Sent back with a change: a change made meanwhile is refused (409). */
  version!: number;
}

/** The current service's territory, as a signed-in user gets it (kept on the phone with him). */
export class TerritoryResponse {
  /** In the service's order. */
  quartiers!: QuartierResponse[];
  /** Where its positions may fall; null while unknown (any position is taken). */
  area!: Bounds | null;
}

/** Lengths and counts of a territory, read by the DTOs and the web forms. */
export const QUARTIER_LIMITS = {
  label: { min: 2, max: 60 },
  /** A service's quartiers, retired ones included. */
  count: 40,
  code: { max: 40 },
} as const;

/** A quartier's code: capitals, digits and `_` (made from its label by {@link quartierCode}). */
export const QUARTIER_CODE_PATTERN = /^[A-Z0-9_]{1,40}$/;

/** A name as capitals, digits and `_`: « Mont-à-Camp » → `MONT_A_CAMP`. */
function plain(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Two names a reader would take for one quartier: case, accents and punctuation aside. */
export function sameQuartierName(a: string, b: string): boolean {
  return plain(a) === plain(b);
}

/** « Mont-à-Camp » → `MONT_A_CAMP`; a code already taken gets `_2`, `_3`… */
export function quartierCode(label: string, taken: Iterable<string> = []): string {
  const base = plain(label).slice(0, QUARTIER_LIMITS.code.max - 3) || 'Q';
  const used = new Set(taken);
  let code = base;
  for (let n = 2; used.has(code); n++) code = `${base}_${n}`;
  return code;
}

/** The quartiers still offered for a new entry or camera. */
export function activeQuartiers(territory: Pick<TerritoryResponse, 'quartiers'>): QuartierResponse[] {
  return territory.quartiers.filter((quartier) => !quartier.retired);
}

/** A quartier's label; its code when the service no longer knows it. */
export function quartierLabel(territory: Pick<TerritoryResponse, 'quartiers'> | null, code: string): string {
  return territory?.quartiers.find((quartier) => quartier.code === code)?.label ?? code;
}

/** Whether a position falls in the service's area (any position does while the area is unknown). */
export function insideArea(area: Bounds | null, lat: number, lng: number): boolean {
  return area === null || (lat >= area.south && lat <= area.north && lng >= area.west && lng <= area.east);
}

/** Ray casting: whether the point lies inside the polygon (edges excluded is fine at this scale). */
export function insidePolygon([lat, lng]: LatLng, polygon: readonly LatLng[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [latI, lngI] = polygon[i];
    const [latJ, lngJ] = polygon[j];
    const crosses = latI > lat !== latJ > lat && lng < ((lngJ - lngI) * (lat - latI)) / (latJ - latI) + lngI;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** The quartier (active or not) whose outline holds the point, or null outside them all. */
export function quartierAt(
  point: LatLng,
  quartiers: readonly Pick<QuartierResponse, 'code' | 'outline'>[],
): string | null {
  return (
    quartiers.find((quartier) => quartier.outline && insidePolygon(point, quartier.outline))?.code ?? null
  );
}

/** The average of an outline's corners: where its name is written. */
export function labelPoint(outline: readonly LatLng[]): LatLng {
  const lat = outline.reduce((sum, [value]) => sum + value, 0) / outline.length;
  const lng = outline.reduce((sum, [, value]) => sum + value, 0) / outline.length;
  return [lat, lng];
}
