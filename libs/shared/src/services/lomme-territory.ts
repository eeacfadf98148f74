import { type LatLng, type TerritoryResponse } from './territory.rules';

/**
 * Lomme's territory (the demo's service, and the quartiers the existing data of a Lomme service
 * is filed under): six quartiers, drawn as schematic outlines (WGS 84 `[lat, lng]`) that tile the
 * commune without gaps inside its bounding box and hold the cameras of each quartier; an aid to
 * finding one's way, not the cadastral limits. Data, not a rule: each service keeps its own.
 */
export enum LommeQuartier {
  BOURG = 'BOURG',
  MITTERIE = 'MITTERIE',
  DELIVRANCE = 'DELIVRANCE',
  MONT_A_CAMP = 'MONT_A_CAMP',
  MARAIS = 'MARAIS',
  CANTELEU = 'CANTELEU',
}

export const LOMME_QUARTIER_LABELS: Record<LommeQuartier, string> = {
  [LommeQuartier.BOURG]: 'Bourg',
  [LommeQuartier.MITTERIE]: 'Mitterie',
  [LommeQuartier.DELIVRANCE]: 'Délivrance',
  [LommeQuartier.MONT_A_CAMP]: 'Mont-à-Camp',
  [LommeQuartier.MARAIS]: 'Marais',
  [LommeQuartier.CANTELEU]: 'Canteleu',
};

/** Lomme's bounding box (WGS 84). */
export const LOMME_BOUNDS = { south: 50.625, north: 50.672, west: 2.955, east: 3.035 } as const;

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

export const LOMME_QUARTIER_OUTLINES: Record<LommeQuartier, readonly Point[]> = {
  [LommeQuartier.MONT_A_CAMP]: [NW, N, NNE, M, L, K, WNW],
  [LommeQuartier.BOURG]: [K, L, M, NX, O, P2, P, Q],
  [LommeQuartier.MITTERIE]: [WNW, K, Q, P, SSW, SW, W],
  [LommeQuartier.MARAIS]: [P, P2, O, S, SSW],
  [LommeQuartier.DELIVRANCE]: [NNE, NE, E, R, NX, M],
  [LommeQuartier.CANTELEU]: [NX, R, E, SE, S, O],
};

/** Lomme's territory as its service keeps it, in the order its forms offer the quartiers. */
export const LOMME_TERRITORY: TerritoryResponse = {
  quartiers: Object.values(LommeQuartier).map((code) => ({
    code,
    label: LOMME_QUARTIER_LABELS[code],
    outline: LOMME_QUARTIER_OUTLINES[code].map(([lat, lng]) => [lat, lng] as const),
    retired: false,
    version: 1,
  })),
  area: { ...LOMME_BOUNDS },
};
