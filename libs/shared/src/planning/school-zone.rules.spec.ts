import { firstOverlap, schoolZoneLabel, schoolZoneOfCommune } from './school-zone.rules';

describe('schoolZoneOfCommune', () => {
  it('puts a commune in its académie’s zone', () => {
    expect(schoolZoneOfCommune('59355')).toBe('B'); // Lomme, académie de Lille
    expect(schoolZoneOfCommune('69123')).toBe('A'); // Lyon
    expect(schoolZoneOfCommune('75056')).toBe('C'); // Paris
    expect(schoolZoneOfCommune('76540')).toBe('B'); // Rouen, académie de Normandie
    expect(schoolZoneOfCommune('31555')).toBe('C'); // Toulouse
    expect(schoolZoneOfCommune('25056')).toBe('A'); // Besançon
  });

  it('gives no zone to Corsica and overseas, whose académies fix their own calendar', () => {
    expect(schoolZoneOfCommune('2A004')).toBeNull(); // Ajaccio
    expect(schoolZoneOfCommune('2B033')).toBeNull(); // Bastia
    expect(schoolZoneOfCommune('97411')).toBeNull(); // Saint-Denis (La Réunion)
    expect(schoolZoneOfCommune('97105')).toBeNull(); // Basse-Terre
  });

  it('knows every metropolitan département but Corsica’s', () => {
    const departements = [...Array(95).keys()]
      .map((n) => String(n + 1).padStart(2, '0'))
      .filter((d) => d !== '20');
    expect(departements.filter((d) => schoolZoneOfCommune(`${d}001`) === null)).toEqual([]);
  });

  it('names the zone', () => {
    expect(schoolZoneLabel('B')).toBe('Zone B');
    expect(schoolZoneLabel(null)).toBe('Calendrier propre à l’académie');
  });
});

describe('firstOverlap', () => {
  const toussaint = { label: 'Toussaint', start: '2026-10-17', end: '2026-11-01' };
  const noel = { label: 'Noël', start: '2026-12-19', end: '2027-01-03' };

  it('finds the period starting on the last day of the one before it, in any order given', () => {
    const bridge = { label: 'Pont', start: '2026-11-01', end: '2026-11-03' };
    expect(firstOverlap([noel, bridge, toussaint])).toEqual({ period: bridge, before: toussaint });
  });

  it('lets a period start the day after the one before it ends', () => {
    expect(
      firstOverlap([toussaint, { label: 'Pont', start: '2026-11-02', end: '2026-11-03' }, noel]),
    ).toBeNull();
    expect(firstOverlap([])).toBeNull();
  });
});
