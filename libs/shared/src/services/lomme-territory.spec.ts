import { LOMME_BOUNDS, LOMME_QUARTIER_OUTLINES, LOMME_TERRITORY, LommeQuartier } from './lomme-territory';
import { insideArea, insidePolygon, labelPoint, quartierAt } from './territory.rules';

const at = (point: readonly [number, number]): string | null => quartierAt(point, LOMME_TERRITORY.quartiers);

// The demo registry's cameras, a few per quartier (apps/api/src/database/seed/video.seed.ts).
const CAMERAS: [LommeQuartier, number, number][] = [
  [LommeQuartier.BOURG, 50.6437, 2.9868],
  [LommeQuartier.BOURG, 50.6452, 2.9842],
  [LommeQuartier.MITTERIE, 50.6372, 2.9751],
  [LommeQuartier.MITTERIE, 50.6389, 2.9774],
  [LommeQuartier.DELIVRANCE, 50.6498, 3.0176],
  [LommeQuartier.DELIVRANCE, 50.6468, 3.0128],
  [LommeQuartier.DELIVRANCE, 50.6514, 3.0222],
  [LommeQuartier.MONT_A_CAMP, 50.6561, 2.9947],
  [LommeQuartier.MONT_A_CAMP, 50.6583, 2.9921],
  [LommeQuartier.MARAIS, 50.6329, 3.0012],
  [LommeQuartier.MARAIS, 50.6341, 3.0046],
  [LommeQuartier.CANTELEU, 50.6419, 3.0271],
  [LommeQuartier.CANTELEU, 50.6401, 3.0301],
];

describe('the outlines of the quartiers on the camera map', () => {
  it('draws every quartier of Lomme, inside the commune’s box', () => {
    expect(Object.keys(LOMME_QUARTIER_OUTLINES).sort()).toEqual(Object.values(LommeQuartier).sort());
    for (const outline of Object.values(LOMME_QUARTIER_OUTLINES)) {
      expect(outline.length).toBeGreaterThanOrEqual(3);
      for (const [lat, lng] of outline) expect(insideArea(LOMME_TERRITORY.area, lat, lng)).toBe(true);
    }
  });

  it('holds each camera in the outline of its own quartier', () => {
    for (const [quartier, lat, lng] of CAMERAS)
      expect([quartier, at([lat, lng])]).toEqual([quartier, quartier]);
  });

  it('tiles the commune: a point of the middle belongs to exactly one quartier', () => {
    const step = 0.002;
    for (let lat = 50.632; lat < 50.662; lat += step)
      for (let lng = 2.968; lng < 3.026; lng += step) {
        const holders = Object.values(LOMME_QUARTIER_OUTLINES).filter((outline) =>
          insidePolygon([lat, lng], outline),
        );
        expect(holders.length).toBe(1);
      }
    expect(at([LOMME_BOUNDS.north + 0.01, 2.99])).toBeNull();
  });

  it('writes a quartier’s name inside its outline', () => {
    for (const [quartier, outline] of Object.entries(LOMME_QUARTIER_OUTLINES))
      expect(at(labelPoint(outline))).toBe(quartier);
  });
});
