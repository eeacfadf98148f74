import { formatDateFr, frenchWeekday } from './french-format';
import {
  addDays,
  addWeeks,
  eachDay,
  isoDateOfPicker,
  isoWeekday,
  pickerDateOf,
  weekDays,
  weekStart,
} from './local-date';
import { calendarOf, localInstant, localIso, startOfLocalDay } from './zone-calendar';
import {
  formatInstantFr,
  hoursBetween,
  localDateOf,
  localTimeOf,
  SERVICE_TIME_ZONE,
  todayInParis,
  touchesDay,
} from './zone-clock';

// In 2026 the clocks go forward on Sunday 29 March (02:00 → 03:00, 01:00 UTC) and back on Sunday
// 25 October (03:00 → 02:00, 01:00 UTC): the last Sundays of March and October.
const HOUR = 3_600_000;
const paris = calendarOf(SERVICE_TIME_ZONE);

describe('the calendar of the service', () => {
  describe('local dates', () => {
    it('adds days across the changes of hour, months and years', () => {
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
      expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
      expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
      expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
    });

    it('knows the day of the week, Monday 1 to Sunday 7', () => {
      expect(isoWeekday('2026-03-29')).toBe(7);
      expect(isoWeekday('2026-10-26')).toBe(1);
      expect(frenchWeekday('2026-03-29')).toBe('dimanche');
    });

    it('lays a week out Monday to Sunday', () => {
      expect(weekStart('2026-10-25')).toBe('2026-10-19');
      expect(weekDays('2026-10-19')).toEqual([
        '2026-10-19',
        '2026-10-20',
        '2026-10-21',
        '2026-10-22',
        '2026-10-23',
        '2026-10-24',
        '2026-10-25',
      ]);
    });

    it('lists the days of a period, none when it ends before it starts', () => {
      expect(eachDay('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
      expect(eachDay('2026-03-30', '2026-03-28')).toEqual([]);
    });

    it('gives a datepicker the local midnight of the day it shows, and reads it back', () => {
      expect(isoDateOfPicker(pickerDateOf('2026-03-29'))).toBe('2026-03-29');
      expect(isoDateOfPicker(new Date(2026, 9, 25, 23, 59))).toBe('2026-10-25');
    });
  });

  describe('an instant read in Paris', () => {
    it('gives the Paris date and time on either side of both changes of hour', () => {
      expect([localDateOf('2026-03-29T00:59:00Z'), localTimeOf('2026-03-29T00:59:00Z')]).toEqual([
        '2026-03-29',
        '01:59',
      ]);
      expect(localTimeOf('2026-03-29T01:00:00Z')).toBe('03:00');
      expect(localTimeOf('2026-10-25T00:59:00Z')).toBe('02:59');
      expect(localTimeOf('2026-10-25T01:00:00Z')).toBe('02:00');
      expect(localDateOf('2026-10-24T22:30:00Z')).toBe('2026-10-25');
    });

    it('reads the same instant in the zone it is asked for', () => {
      expect(localDateOf('2026-10-24T22:30:00Z', 'UTC')).toBe('2026-10-24');
      expect(localDateOf('2026-10-24T22:30:00Z', 'Europe/Paris')).toBe('2026-10-25');
    });

    it('finds the same local date with Intl and with the rules’ calendar', () => {
      for (
        let at = Date.parse('2026-10-24T20:00:00Z');
        at < Date.parse('2026-10-25T04:00:00Z');
        at += HOUR / 4
      ) {
        expect(localDateOf(at)).toBe(paris.localDate(at));
      }
    });

    it('says today in Paris, a new year before UTC has one', () => {
      expect(todayInParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    });

    it('writes an instant dd/MM/yyyy HH:mm in 24 hours, Paris time', () => {
      expect(formatInstantFr('2026-10-25T00:30:00Z')).toBe('25/10/2026 02:30');
      expect(formatInstantFr('2026-10-25T01:30:00Z')).toBe('25/10/2026 02:30');
      expect(formatInstantFr(new Date('2026-03-29T13:05:00Z'))).toBe('29/03/2026 15:05');
      expect(formatDateFr('2026-03-29')).toBe('29/03/2026');
    });
  });

  describe('a local time turned into an instant', () => {
    it('makes the days of the changes of hour 23 h and 25 h long', () => {
      const length = (date: string): number =>
        startOfLocalDay(addDays(date, 1), SERVICE_TIME_ZONE).getTime() -
        startOfLocalDay(date, SERVICE_TIME_ZONE).getTime();
      expect(length('2026-03-29')).toBe(23 * HOUR);
      expect(length('2026-10-25')).toBe(25 * HOUR);
      expect(length('2026-06-14')).toBe(24 * HOUR);
      expect(paris.dayStart('2026-10-26') - paris.dayStart('2026-10-25')).toBe(25 * HOUR);
    });

    it('bounds the weeks of the changes of hour Monday 00:00 to Monday 00:00 (167 h and 169 h)', () => {
      const march = paris.weekBounds('2026-03-23');
      expect(new Date(march.start).toISOString()).toBe('2026-03-22T23:00:00.000Z');
      expect(new Date(march.end).toISOString()).toBe('2026-03-29T22:00:00.000Z');
      expect(march.end - march.start).toBe(167 * HOUR);
      const october = paris.weekBounds('2026-10-19');
      expect(october.end - october.start).toBe(169 * HOUR);
    });

    it('moves a wall-clock time skipped by the change of hour forward', () => {
      expect(localInstant('2026-03-29', '02:30', SERVICE_TIME_ZONE).toISOString()).toBe(
        '2026-03-29T01:30:00.000Z',
      );
      expect(paris.at('2026-03-29', '02:30')).toBe(Date.parse('2026-03-29T01:30:00Z'));
    });

    it('writes a local time with the offset of its season, and refuses what is no date', () => {
      expect(localIso('2026-12-14', SERVICE_TIME_ZONE)).toBe('2026-12-14T00:00:00+01:00');
      expect(localIso('2026-07-14T09:30', SERVICE_TIME_ZONE)).toBe('2026-07-14T09:30:00+02:00');
      expect(localIso('2026-02-30T09:30', SERVICE_TIME_ZONE)).toBeNull();
    });

    it('counts 9 h for a night 22:00 → 06:00 across the October change, on two local days', () => {
      const startsAt = localIso('2026-10-24T22:00', SERVICE_TIME_ZONE)!;
      const endsAt = localIso('2026-10-25T06:00', SERVICE_TIME_ZONE)!;
      expect(hoursBetween(startsAt, endsAt)).toBe(9);
      expect([localDateOf(startsAt), localDateOf(endsAt)]).toEqual(['2026-10-24', '2026-10-25']);
      expect(touchesDay(startsAt, endsAt, '2026-10-25')).toBe(true);
      expect(touchesDay(startsAt, endsAt, '2026-10-26')).toBe(false);
      const spring = hoursBetween(
        localIso('2026-03-28T22:00', SERVICE_TIME_ZONE)!,
        localIso('2026-03-29T06:00', SERVICE_TIME_ZONE)!,
      );
      expect(spring).toBe(7);
    });
  });
});

// The bounds the absence form sends: local midnight in Paris, with its offset.
describe('midnight in Paris', () => {
  const parisMidnight = (date: string): string => localIso(date, SERVICE_TIME_ZONE) ?? '';

  it('is midnight in Paris, winter and summer time', () => {
    expect(parisMidnight('2026-12-14')).toBe('2026-12-14T00:00:00+01:00');
    expect(parisMidnight('2026-07-14')).toBe('2026-07-14T00:00:00+02:00');
  });

  it('makes the days of the clock changes 23 h and 25 h long', () => {
    const hours = (from: string, to: string): number =>
      (Date.parse(parisMidnight(to)) - Date.parse(parisMidnight(from))) / 3_600_000;
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
  });
});
