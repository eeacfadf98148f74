import { type LatLng } from '../services/territory.rules';

/**
 * The statistics by position count entries per cell of a grid of about 170 × 155 m (at Lomme's
 * latitude), never per point: a report shows where things happen, not which door. The API
 * groups in SQL by the same rounding (`round(lat / lat step)`), the web draws each cell's middle.
 */
export const POSITION_CELL = { lat: 0.0015, lng: 0.0022 } as const;

/** A cell's key, `row:column` in steps from 0° (`33764:1357`). */
export function positionCellKey([lat, lng]: LatLng): string {
  return `${Math.round(lat / POSITION_CELL.lat)}:${Math.round(lng / POSITION_CELL.lng)}`;
}

/** The middle of the cell `key`, or null when the key is not a cell's. */
export function positionCellCentre(key: string): LatLng | null {
  const match = /^(-?\d{1,6}):(-?\d{1,6})$/.exec(key);
  if (!match) return null;
  // Rounded to the microdegree, so the middle reads the same on every side (no 50.646000000001).
  const round = (value: number): number => Math.round(value * 1e6) / 1e6;
  return [round(Number(match[1]) * POSITION_CELL.lat), round(Number(match[2]) * POSITION_CELL.lng)];
}
