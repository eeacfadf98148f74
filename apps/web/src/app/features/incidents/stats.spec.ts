import { INCIDENT_TAXONOMY } from '@vigie/shared';

import { byGroup, defaultStatsPeriod, heatLevel, heatMap, isoWeekOf, weekSeries, wrapLabel } from './stats';

const bucket = (key: string, count: number) => ({ key, label: key, count });

describe('the hour-of-week heat map', () => {
  it('shades each hour against the busiest one: none blank, a single entry visible, the busiest darkest', () => {
    expect(heatLevel(0, 13)).toBe(0);
    expect(heatLevel(1, 13)).toBe(1);
    expect(heatLevel(7, 13)).toBe(3);
    expect(heatLevel(13, 13)).toBe(5);
    expect(heatLevel(0, 0)).toBe(0);
  });

  it('lays out 7 days, Monday first, of 24 hours, each cell telling its day, hour and count', () => {
    const map = heatMap([bucket('6-23', 12), bucket('1-0', 3), bucket('7-8', 1)]);
    expect(map.rows.map((row) => row.short)).toEqual([
      'lun.',
      'mar.',
      'mer.',
      'jeu.',
      'ven.',
      'sam.',
      'dim.',
    ]);
    expect(map.rows.every((row) => row.cells.length === 24)).toBe(true);
    expect(map.max).toBe(12);
    expect(map.total).toBe(16);
    const saturday = map.rows[5].cells[23];
    expect(saturday).toEqual({ hour: 23, count: 12, level: 5, label: 'samedi 23 h : 12 entrées' });
    expect(map.rows[0].cells[0].label).toBe('lundi 0 h : 3 entrées');
    expect(map.rows[6].cells[8].label).toBe('dimanche 8 h : 1 entrée');
    expect(map.rows[2].cells[12]).toMatchObject({
      count: 0,
      level: 0,
      label: 'mercredi 12 h : aucune entrée',
    });
  });

  it('is blank for a period without entries', () => {
    const map = heatMap([]);
    expect(map.max).toBe(0);
    expect(map.rows.flatMap((row) => row.cells).every((cell) => cell.level === 0)).toBe(true);
  });
});

describe('the weeks of a period', () => {
  it('names ISO weeks as PostgreSQL does, across year ends', () => {
    expect(isoWeekOf('2026-06-15')).toBe('2026-W25');
    expect(isoWeekOf('2021-01-01')).toBe('2020-W53');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('has a point for every week, those without entries at zero', () => {
    const points = weekSeries([bucket('2026-W53', 4), bucket('2027-W02', 2)], {
      from: '2026-12-23',
      to: '2027-01-12',
    });
    expect(points).toEqual([
      { key: '2026-W52', monday: '2026-12-21', count: 0 },
      { key: '2026-W53', monday: '2026-12-28', count: 4 },
      { key: '2027-W01', monday: '2027-01-04', count: 0 },
      { key: '2027-W02', monday: '2027-01-11', count: 2 },
    ]);
  });

  it('defaults to the last twelve months, today included', () => {
    expect(defaultStatsPeriod('2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' });
  });
});

describe('the categories chart', () => {
  it('sums the categories by group of the taxonomy, busiest first, empty groups left out', () => {
    const rows = byGroup(
      [
        bucket('TRAFFIC.PARKING', 30),
        bucket('PUBLIC_PEACE.NOISE', 12),
        bucket('TRAFFIC.ACCIDENT', 5),
        bucket('ANIMALS.STRAY', 12),
      ],
      INCIDENT_TAXONOMY,
    );
    expect(rows).toEqual([
      { key: 'TRAFFIC', label: 'Circulation et stationnement', count: 35 },
      { key: 'ANIMALS', label: 'Animaux', count: 12 },
      { key: 'PUBLIC_PEACE', label: 'Tranquillité publique', count: 12 },
    ]);
  });

  it('writes a long label on two lines so that a phone shows it whole', () => {
    expect(wrapLabel('Circulation et stationnement')).toEqual(['Circulation et', 'stationnement']);
    expect(wrapLabel('Animaux')).toBe('Animaux');
  });
});
