import { DateTime } from 'luxon';

import { addDays } from '../common/calendar/local-date';
import {
  DayCalendar,
  describeWeekdays,
  isSchoolDay,
  schoolCalendarSpan,
  ShiftPattern,
  shiftTypeRunsOn,
} from './shift-pattern.rules';

/** Zone B, as the migration ships it (a part). */
const ZONE_B: DayCalendar = {
  publicHolidays: new Set([
    '2026-05-01',
    '2026-05-08',
    '2026-05-14',
    '2026-05-25',
    '2026-07-14',
    '2026-11-11',
  ]),
  schoolHolidays: [
    { start: '2025-07-05', end: '2025-08-31', label: 'Vacances d’été' },
    { start: '2026-02-14', end: '2026-03-01', label: 'Vacances d’hiver' },
    { start: '2026-04-11', end: '2026-04-26', label: 'Vacances de printemps' },
    { start: '2026-05-15', end: '2026-05-16', label: 'Pont de l’Ascension' },
    { start: '2026-07-04', end: '2026-08-31', label: 'Vacances d’été' },
  ],
};

const every: ShiftPattern = { weekdays: [1, 2, 3, 4, 5, 6, 7], publicHolidays: true, schoolDaysOnly: false };
const schoolExit: ShiftPattern = { weekdays: [1, 2, 4, 5], publicHolidays: false, schoolDaysOnly: true };
const weekdaysOnly: ShiftPattern = {
  weekdays: [1, 2, 3, 4, 5],
  publicHolidays: false,
  schoolDaysOnly: false,
};

const runs = (type: ShiftPattern, from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (shiftTypeRunsOn(type, day, ZONE_B)) days.push(day);
  }
  return days;
};

describe('when a shift type runs', () => {
  it('runs every day when it lists every weekday and holidays', () => {
    expect(runs(every, '2026-05-11', '2026-05-17')).toHaveLength(7);
  });

  it('keeps a Monday–Friday type off a public holiday falling on a weekday, and on it when it works holidays', () => {
    // Friday 1 May and Friday 8 May 2026.
    expect(shiftTypeRunsOn(weekdaysOnly, '2026-05-01', ZONE_B)).toBe(false);
    expect(shiftTypeRunsOn(weekdaysOnly, '2026-04-30', ZONE_B)).toBe(true);
    expect(shiftTypeRunsOn({ ...weekdaysOnly, publicHolidays: true }, '2026-05-01', ZONE_B)).toBe(true);
    expect(runs(weekdaysOnly, '2026-05-04', '2026-05-10')).toEqual([
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
    ]);
  });

  it('never puts a school exit on a public holiday, even one that lets the type run on holidays', () => {
    expect(shiftTypeRunsOn({ ...schoolExit, publicHolidays: true }, '2026-05-25', ZONE_B)).toBe(false);
    expect(shiftTypeRunsOn(schoolExit, '2026-05-26', ZONE_B)).toBe(true);
  });

  it('stops a school-days type on the first day of a holiday period and resumes the day after its last', () => {
    // Spring holidays of zone B: Saturday 11 to Sunday 26 April 2026; classes end Friday 10.
    const monThuFri: ShiftPattern = { ...schoolExit, weekdays: [1, 2, 3, 4, 5, 6, 7] };
    expect(shiftTypeRunsOn(monThuFri, '2026-04-10', ZONE_B)).toBe(true);
    expect(isSchoolDay('2026-04-11', ZONE_B)).toBe(false);
    expect(isSchoolDay('2026-04-26', ZONE_B)).toBe(false);
    expect(shiftTypeRunsOn(monThuFri, '2026-04-27', ZONE_B)).toBe(true);
    expect(runs(monThuFri, '2026-04-06', '2026-05-01')).toEqual([
      // Monday 6 April is Easter Monday, not in this calendar's holiday set: a school day here.
      '2026-04-06',
      '2026-04-07',
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
      '2026-04-27',
      '2026-04-28',
      '2026-04-29',
      '2026-04-30',
    ]);
  });

  it('counts a one-day bridge as holidays: no school exit on the Friday after Ascension', () => {
    expect(runs(schoolExit, '2026-05-11', '2026-05-17')).toEqual(['2026-05-11', '2026-05-12']);
  });

  it('never calls a weekend a school day, whatever the type lists', () => {
    expect(runs({ ...schoolExit, weekdays: [6, 7] }, '2026-06-01', '2026-06-30')).toEqual([]);
  });

  it('generates no school-day shift beyond the calendar it knows', () => {
    expect(schoolCalendarSpan(ZONE_B)).toEqual({ from: '2025-07-05', to: '2026-08-31' });
    expect(isSchoolDay('2026-09-01', ZONE_B)).toBe(false);
    expect(isSchoolDay('2025-07-04', ZONE_B)).toBe(false);
    expect(isSchoolDay('2025-09-01', ZONE_B)).toBe(true);
    expect(isSchoolDay('2026-06-01', { publicHolidays: new Set(), schoolHolidays: [] })).toBe(false);
  });

  it('reads a week crossing the change to summer time day by day (Sunday 29 March 2026)', () => {
    const days = runs({ ...every, weekdays: [5, 6, 7, 1] }, '2026-03-27', '2026-03-30');
    expect(days).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    // The Sunday is 23 hours long in Paris and still one day of the pattern.
    const sunday = DateTime.fromISO('2026-03-29', { zone: 'Europe/Paris' });
    expect(sunday.endOf('day').diff(sunday.startOf('day'), 'hours').hours).toBeCloseTo(23, 0);
    expect(runs({ ...every, weekdays: [7] }, '2026-10-19', '2026-11-01')).toEqual([
      '2026-10-25',
      '2026-11-01',
    ]);
  });
});

describe('how the days of a type read', () => {
  it('names a run of days by its ends, other sets day by day', () => {
    expect(describeWeekdays([1, 2, 3, 4, 5])).toBe('du lundi au vendredi');
    expect(describeWeekdays([5, 2, 1, 4])).toBe('lun, mar, jeu, ven');
    expect(describeWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe('tous les jours');
    expect(describeWeekdays([7])).toBe('dim');
  });
});
