import { isoWeekday, weekStart } from '../common/calendar/local-date';
import { paris, rules, shift } from './roster.builders';
import { DEFAULT_RULE_SET } from './roster.types';
import {
  formatHoursFr,
  isNightShift,
  isWeekendShift,
  localDate,
  nightHours,
  shiftHours,
} from './shift-time.rules';

const RULES = DEFAULT_RULE_SET;

describe('shift time', () => {
  describe('real elapsed hours', () => {
    it('counts 8 h for a night 22:00 → 06:00 on an ordinary date', () => {
      expect(shiftHours(shift('2026-06-12 22:00-06:00'), RULES)).toBe(8);
    });

    it('counts 9 h for a night 22:00 → 06:00 across the October change (clocks go back)', () => {
      expect(shiftHours(shift('2026-10-24 22:00-06:00'), RULES)).toBe(9);
    });

    it('counts 7 h for a night 22:00 → 06:00 across the March change (clocks go forward)', () => {
      expect(shiftHours(shift('2026-03-28 22:00-06:00'), RULES)).toBe(7);
    });

    it('reads instants in UTC or with any offset alike', () => {
      const same = { startsAt: '2026-06-12T19:00:00Z', endsAt: '2026-06-13T06:30:00+02:00' };
      expect(shiftHours(same, RULES)).toBe(9.5);
    });

    it('reads an instant without an offset in the rule set’s zone', () => {
      expect(localDate('2026-06-12T23:30', RULES)).toBe('2026-06-12');
      expect(shiftHours({ startsAt: '2026-10-24T22:00', endsAt: '2026-10-25T06:00' }, RULES)).toBe(9);
    });

    it('refuses an instant it cannot read, and an unknown zone', () => {
      expect(() => shiftHours({ startsAt: 'demain', endsAt: '2026-06-12T06:00:00Z' }, RULES)).toThrow(
        'Instant invalide',
      );
      expect(() => localDate('2026-06-12T06:00:00Z', { timeZone: 'Mars/Olympus' })).toThrow('Fuseau');
    });
  });

  describe('night hours (22:00–05:00 by default)', () => {
    it('counts 7 h of night in a night shift 21:00 → 07:00', () => {
      expect(nightHours(shift('2026-06-12 21:00-07:00'), RULES)).toBe(7);
    });

    it('counts the real 8 h of the night window across the October change, 6 h across March', () => {
      expect(nightHours(shift('2026-10-24 22:00-06:00'), RULES)).toBe(8);
      expect(nightHours(shift('2026-03-28 22:00-06:00'), RULES)).toBe(6);
    });

    it('counts the end of the previous night for an early shift, and nothing for a day shift', () => {
      expect(nightHours(shift('2026-06-12 03:00-11:00'), RULES)).toBe(2);
      expect(nightHours(shift('2026-06-12 06:00-14:00'), RULES)).toBe(0);
      expect(nightHours(shift('2026-06-12 14:00-22:00'), RULES)).toBe(0);
    });

    it('follows a configured night window', () => {
      expect(
        nightHours(shift('2026-06-12 20:00-23:00'), rules({ nightStart: '21:00', nightEnd: '06:00' })),
      ).toBe(2);
    });

    it('makes a night of a shift with at least 3 h of night work', () => {
      expect(isNightShift(shift('2026-06-12 19:00-01:00'), RULES)).toBe(true);
      expect(isNightShift(shift('2026-06-12 19:00-00:30'), RULES)).toBe(false);
      expect(isNightShift(shift('2026-06-12 21:00-07:00'), RULES)).toBe(true);
    });
  });

  describe('local calendar', () => {
    it('gives the Paris date of an instant, not the UTC one', () => {
      expect(localDate('2026-06-12T22:30:00Z', RULES)).toBe('2026-06-13');
      expect(localDate(Date.parse('2026-06-12T21:59:00Z'), RULES)).toBe('2026-06-12');
      expect(localDate('2026-12-31T23:30:00Z', RULES)).toBe('2027-01-01');
    });

    it('knows local midnight on the days of both changes', () => {
      expect(localDate(paris('2026-10-25T00:00'), RULES)).toBe('2026-10-25');
      expect(localDate(Date.parse(paris('2026-10-25T00:00')) - 1, RULES)).toBe('2026-10-24');
      expect(localDate(paris('2026-03-29T00:00'), RULES)).toBe('2026-03-29');
      expect(localDate(Date.parse(paris('2026-03-29T00:00')) - 1, RULES)).toBe('2026-03-28');
    });

    it('makes a weekend shift of one starting on a Saturday or a Sunday, local time', () => {
      expect(isWeekendShift(shift('2026-06-13 06:00-14:00'), RULES)).toBe(true);
      expect(isWeekendShift(shift('2026-06-14 22:00-06:00'), RULES)).toBe(true);
      expect(isWeekendShift(shift('2026-06-12 22:00-06:00'), RULES)).toBe(false);
      // Saturday 00:30 in Paris is still Friday in UTC.
      expect(
        isWeekendShift({ startsAt: '2026-06-12T22:30:00Z', endsAt: '2026-06-13T06:00:00Z' }, RULES),
      ).toBe(true);
      // Monday 00:30 in Paris is still Sunday in UTC.
      expect(
        isWeekendShift({ startsAt: '2026-06-14T22:30:00Z', endsAt: '2026-06-15T06:00:00Z' }, RULES),
      ).toBe(false);
    });

    it('starts a week on its Monday, across months and years', () => {
      expect(weekStart('2026-06-08')).toBe('2026-06-08');
      expect(weekStart('2026-06-14')).toBe('2026-06-08');
      expect(weekStart('2026-07-01')).toBe('2026-06-29');
      expect(weekStart('2027-01-01')).toBe('2026-12-28');
      expect(isoWeekday('2026-06-14')).toBe(7);
      expect(isoWeekday('2026-06-08')).toBe(1);
    });
  });

  describe('hours in French', () => {
    it('writes hours and minutes the way a chief reads them', () => {
      expect(formatHoursFr(9)).toBe('9 h');
      expect(formatHoursFr(9.5)).toBe('9 h 30');
      expect(formatHoursFr(10.25)).toBe('10 h 15');
      expect(formatHoursFr(0.75)).toBe('0 h 45');
    });

    it('never rounds a value just under a minimum up to it, nor one just over a maximum down', () => {
      const justUnder = (11 * 60 - 1) / 60 + 0.4 / 60; // 10 h 59 min 24 s
      expect(formatHoursFr(justUnder, 'floor')).toBe('10 h 59');
      expect(formatHoursFr(10 + 1 / 3600, 'ceil')).toBe('10 h 01');
      expect(formatHoursFr(659 / 60, 'floor')).toBe('10 h 59');
      expect(formatHoursFr(11, 'floor')).toBe('11 h');
      expect(formatHoursFr(10, 'ceil')).toBe('10 h');
    });
  });
});
