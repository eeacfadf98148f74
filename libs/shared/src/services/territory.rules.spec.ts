import {
  activeQuartiers,
  insideArea,
  quartierAt,
  quartierCode,
  quartierLabel,
  sameQuartierName,
} from './territory.rules';

const SQUARE: [number, number][] = [
  [50, 3],
  [50, 3.1],
  [50.1, 3.1],
  [50.1, 3],
];

describe('a service’s territory', () => {
  it('makes a quartier’s code from its label, accents and punctuation dropped, unique in the service', () => {
    expect(quartierCode('Mont-à-Camp')).toBe('MONT_A_CAMP');
    expect(quartierCode('  Lompret ')).toBe('LOMPRET');
    expect(quartierCode('Prémesques', ['PREMESQUES'])).toBe('PREMESQUES_2');
    expect(quartierCode('Prémesques', ['PREMESQUES', 'PREMESQUES_2'])).toBe('PREMESQUES_3');
    expect(quartierCode('« — »')).toBe('Q');
    expect(quartierCode('x'.repeat(80))).toHaveLength(37);
  });

  it('takes two names for one whatever their case, accents and punctuation', () => {
    expect(sameQuartierName('Mont-à-Camp', 'mont a camp')).toBe(true);
    expect(sameQuartierName('Zone de l’Innovation', 'ZONE DE L INNOVATION')).toBe(true);
    expect(sameQuartierName('Marais', 'Marais Nord')).toBe(false);
  });

  it('offers the active quartiers only, and names a retired one on what was filed under it', () => {
    const territory = {
      quartiers: [
        { code: 'A', label: 'Centre', outline: null, retired: false, version: 1 },
        { code: 'B', label: 'Gare', outline: null, retired: true, version: 1 },
      ],
    };
    expect(activeQuartiers(territory).map((quartier) => quartier.code)).toEqual(['A']);
    expect(quartierLabel(territory, 'B')).toBe('Gare');
    expect(quartierLabel(territory, 'GONE')).toBe('GONE');
    expect(quartierLabel(null, 'A')).toBe('A');
  });

  it('takes a position inside the area, edges included, and any position while the area is unknown', () => {
    const area = { south: 50, north: 50.1, west: 3, east: 3.1 };
    expect(insideArea(area, 50, 3)).toBe(true);
    expect(insideArea(area, 50.1, 3.1)).toBe(true);
    expect(insideArea(area, 49.9999, 3.05)).toBe(false);
    expect(insideArea(area, 50.05, 3.1001)).toBe(false);
    expect(insideArea(null, -33.9, 151.2)).toBe(true);
  });

  it('finds the quartier whose outline holds a point; a quartier without outline holds none', () => {
    const quartiers = [
      { code: 'NONE', outline: null },
      { code: 'SQ', outline: SQUARE },
    ];
    expect(quartierAt([50.05, 3.05], quartiers)).toBe('SQ');
    expect(quartierAt([50.2, 3.05], quartiers)).toBeNull();
  });
});
