import { LOMME_TERRITORY } from '../services/lomme-territory';
import { quartierAt } from '../services/territory.rules';
import { POSITION_CELL, positionCellCentre, positionCellKey } from './position-cells.rules';

describe('the cells of the statistics by position', () => {
  it('puts two points a few metres apart in one cell, and its middle within half a step of each', () => {
    const a: [number, number] = [50.643, 2.98682];
    const b: [number, number] = [50.64306, 2.98695];
    expect(positionCellKey(a)).toBe(positionCellKey(b));
    const [lat, lng] = positionCellCentre(positionCellKey(a))!;
    expect(Math.abs(lat - a[0])).toBeLessThanOrEqual(POSITION_CELL.lat / 2);
    expect(Math.abs(lng - a[1])).toBeLessThanOrEqual(POSITION_CELL.lng / 2);
  });

  it('separates points a cell apart, and a cell is about 170 m by 155 m at Lomme', () => {
    expect(positionCellKey([50.6437, 2.9868])).not.toBe(
      positionCellKey([50.6437 + POSITION_CELL.lat, 2.9868]),
    );
    const metresPerDegreeLat = 111_200;
    const metresPerDegreeLng = 111_320 * Math.cos((50.646 * Math.PI) / 180);
    expect(Math.round(POSITION_CELL.lat * metresPerDegreeLat)).toBe(167);
    expect(Math.round(POSITION_CELL.lng * metresPerDegreeLng)).toBe(155);
  });

  it('gives the middle of a cell of the Bourg in the Bourg, and refuses what is not a key', () => {
    expect(positionCellKey([50.6437, 2.9868])).toBe('33762:1358');
    expect(quartierAt(positionCellCentre('33762:1358')!, LOMME_TERRITORY.quartiers)).toBe('BOURG');
    expect(positionCellCentre('50.6;2.9')).toBeNull();
    expect(positionCellCentre('')).toBeNull();
  });
});
