import { LOMME_BOUNDS, Quartier } from './incident.taxonomy';

/**
 * The six quartiers of Lomme as schematic outlines (WGS 84 `[lat, lng]`), drawn on the camera map
 * and an entry's map so that they still read without the OpenStreetMap tiles (no network), and
 * the quartier an entry's form proposes from the phone's position. They tile the commune
 * without gaps, inside its bounding box, and hold the cameras of each quartier; they are an aid
 * to finding one's way, not the cadastral limits. Pure, tested.
 */
export type LatLng = readonly [number, number];
type Point = LatLng;

// Shared corners, so that neighbouring quartiers meet edge to edge.
const NW: Point = [50.668, 2.962];
const N: Point = [50.667, 2.985];
const NNE: Point = [50.665, 3.006];
const NE: Point = [50.661, 3.028];
const E: Point = [50.646, 3.034];
const SE: Point = [50.633, 3.032];
const S: Point = [50.628, 3.012];
const SSW: Point = [50.627, 2.986];
const SW: Point = [50.629, 2.962];
const W: Point = [50.64, 2.958];
const WNW: Point = [50.65, 2.959];
const K: Point = [50.652, 2.97];
const L: Point = [50.652, 2.986];
const M: Point = [50.65, 3.004];
const NX: Point = [50.645, 3.01];
const O: Point = [50.64, 3.012];
const P: Point = [50.64, 2.984];
const P2: Point = [50.639, 2.998];
const Q: Point = [50.641, 2.97];
const R: Point = [50.644, 3.02];

export const QUARTIER_OUTLINES: Record<Quartier, readonly Point[]> = {
  [Quartier.MONT_A_CAMP]: [NW, N, NNE, M, L, K, WNW],
  [Quartier.BOURG]: [K, L, M, NX, O, P2, P, Q],
  [Quartier.MITTERIE]: [WNW, K, Q, P, SSW, SW, W],
  [Quartier.MARAIS]: [P, P2, O, S, SSW],
  [Quartier.DELIVRANCE]: [NNE, NE, E, R, NX, M],
  [Quartier.CANTELEU]: [NX, R, E, SE, S, O],
};

/** The middle of the commune, where the map opens. */
export const LOMME_CENTRE: Point = [
  (LOMME_BOUNDS.south + LOMME_BOUNDS.north) / 2,
  (LOMME_BOUNDS.west + LOMME_BOUNDS.east) / 2,
];

/** Whether a point lies inside a polygon (ray casting; on the plane, fine at this scale). */
export function insidePolygon([lat, lng]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [latI, lngI] = polygon[i];
    const [latJ, lngJ] = polygon[j];
    const crosses = latI > lat !== latJ > lat && lng < ((lngJ - lngI) * (lat - latI)) / (latJ - latI) + lngI;
    if (crosses) inside = !inside;
  }
  return inside;
}

/** The quartier whose outline holds the point, or null outside them all. */
export function quartierAt(point: Point): Quartier | null {
  for (const [quartier, outline] of Object.entries(QUARTIER_OUTLINES) as [Quartier, Point[]][]) {
    if (insidePolygon(point, outline)) return quartier;
  }
  return null;
}

/** The average of an outline's corners: where its name is written. */
export function labelPoint(outline: readonly Point[]): Point {
  const lat = outline.reduce((sum, [value]) => sum + value, 0) / outline.length;
  const lng = outline.reduce((sum, [, value]) => sum + value, 0) / outline.length;
  return [lat, lng];
}
