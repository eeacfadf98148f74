import { RosterRule } from './planning.enum';
import { daily, only, roster, rules, shift, weekdays } from './roster.builders';
import { checkRoster } from './roster.rules';
import { RosterInput, RosterShift } from './roster.types';

function violations(input: RosterInput, rule: RosterRule) {
  return only(checkRoster(input).violations, rule);
}

function messages(input: RosterInput, rule: RosterRule): string[] {
  return violations(input, rule).map((f) => f.message);
}

/** `shifts` less those of the dates given. */
function except(shifts: readonly RosterShift[], ...dates: string[]): RosterShift[] {
  return shifts.filter((s) => !dates.includes(s.id.slice(0, 10)));
}

describe('working-time rules (décret 2000-815)', () => {
  describe('daily work, 10 h at most', () => {
    it('accepts exactly 10 h in a working day', () => {
      const input = roster(
        [shift('2026-06-12 06:00-11:00'), shift('2026-06-12 13:00-18:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(violations(input, RosterRule.DAILY_WORK)).toEqual([]);
    });

    it('refuses 10 h 30, on the last shift of the day', () => {
      const late = shift('2026-06-12 13:00-18:30');
      const input = roster([shift('2026-06-12 06:00-11:00'), late], '2026-06-12', '2026-06-12');
      expect(violations(input, RosterRule.DAILY_WORK)).toEqual([
        {
          rule: RosterRule.DAILY_WORK,
          severity: 'violation',
          agentId: 'julien',
          shiftId: late.id,
          message: '10 h 30 de travail le 12/06 : 10 h maximum (Julien Lefebvre)',
        },
      ]);
    });

    it('counts a night shift in the day it starts, not in the calendar day it ends', () => {
      // 6 h of the night fall on the 13th: with the 5 h of the evening, 11 h on that calendar day.
      const input = roster(
        [shift('2026-06-12 20:00-06:00'), shift('2026-06-13 17:00-22:00')],
        '2026-06-12',
        '2026-06-13',
      );
      expect(violations(input, RosterRule.DAILY_WORK)).toEqual([]);
    });

    it('counts overlapping hours once (the overlap itself is reported)', () => {
      const input = roster(
        [shift('2026-06-12 06:00-14:00'), shift('2026-06-12 12:00-16:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(violations(input, RosterRule.DAILY_WORK)).toEqual([]);
      expect(violations(input, RosterRule.OVERLAP)).toHaveLength(1);
    });

    it('counts the real hours of a night across the October change: 21:00 → 06:30 is 10 h 30', () => {
      expect(
        violations(
          roster([shift('2026-10-24 21:00-06:00')], '2026-10-24', '2026-10-25'),
          RosterRule.DAILY_WORK,
        ),
      ).toEqual([]);
      expect(
        messages(
          roster([shift('2026-10-24 21:00-06:30')], '2026-10-24', '2026-10-25'),
          RosterRule.DAILY_WORK,
        ),
      ).toEqual(['10 h 30 de travail le 24/10 : 10 h maximum (Julien Lefebvre)']);
    });

    it('counts the real hours of a night across the March change: 20:00 → 07:00 is 10 h', () => {
      expect(
        violations(
          roster([shift('2026-03-28 20:00-07:00')], '2026-03-28', '2026-03-29'),
          RosterRule.DAILY_WORK,
        ),
      ).toEqual([]);
      expect(
        messages(
          roster([shift('2026-03-28 20:00-07:30')], '2026-03-28', '2026-03-29'),
          RosterRule.DAILY_WORK,
        ),
      ).toEqual(['10 h 30 de travail le 28/03 : 10 h maximum (Julien Lefebvre)']);
    });

    it('follows a configured maximum', () => {
      const input = roster([shift('2026-06-12 06:00-15:00')], '2026-06-12', '2026-06-12', {
        ruleSet: rules({ maxDailyWorkHours: 8 }),
      });
      expect(messages(input, RosterRule.DAILY_WORK)).toEqual([
        '9 h de travail le 12/06 : 8 h maximum (Julien Lefebvre)',
      ]);
    });
  });

  describe('span of a working day, 12 h at most', () => {
    it('accepts a day spanning exactly 12 h', () => {
      const input = roster(
        [shift('2026-06-12 07:00-11:00'), shift('2026-06-12 15:00-19:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(violations(input, RosterRule.DAY_SPAN)).toEqual([]);
    });

    it('refuses a day spanning 12 h 30, on its last shift', () => {
      const late = shift('2026-06-12 15:00-19:30');
      const input = roster([shift('2026-06-12 07:00-11:00'), late], '2026-06-12', '2026-06-12');
      expect(violations(input, RosterRule.DAY_SPAN)).toEqual([
        {
          rule: RosterRule.DAY_SPAN,
          severity: 'violation',
          agentId: 'julien',
          shiftId: late.id,
          message: 'Amplitude de 12 h 30 du 12/06 07:00 au 12/06 19:30 : 12 h maximum (Julien Lefebvre)',
        },
      ]);
    });

    it('measures a day ending with a night shift up to its end, the next morning', () => {
      const input = roster(
        [shift('2026-06-12 08:00-10:00'), shift('2026-06-12 23:00-03:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(messages(input, RosterRule.DAY_SPAN)).toEqual([
        'Amplitude de 19 h du 12/06 08:00 au 13/06 03:00 : 12 h maximum (Julien Lefebvre)',
      ]);
    });
  });

  describe('daily rest, 11 h at least', () => {
    const evening = shift('2026-06-12 13:00-21:00');

    it('accepts exactly 11 h of rest between two working days', () => {
      const input = roster([evening, shift('2026-06-13 08:00-16:00')], '2026-06-12', '2026-06-13');
      expect(violations(input, RosterRule.DAILY_REST)).toEqual([]);
    });

    it('refuses 10 h 59 of rest', () => {
      const input = roster([evening, shift('2026-06-13 07:59-15:59')], '2026-06-12', '2026-06-13');
      expect(messages(input, RosterRule.DAILY_REST)).toEqual([
        'Repos de 10 h 59 entre le 12/06 21:00 et le 13/06 07:59 : 11 h minimum (Julien Lefebvre)',
      ]);
    });

    it('refuses 9 h of rest between an evening and the next morning, on the morning shift', () => {
      const morning = shift('2026-06-13 06:00-14:00');
      const found = violations(roster([evening, morning], '2026-06-12', '2026-06-13'), RosterRule.DAILY_REST);
      expect(found).toEqual([
        {
          rule: RosterRule.DAILY_REST,
          severity: 'violation',
          agentId: 'julien',
          shiftId: morning.id,
          message: 'Repos de 9 h entre le 12/06 21:00 et le 13/06 06:00 : 11 h minimum (Julien Lefebvre)',
        },
      ]);
      expect(found[0].message).toContain(
        'Repos de 9 h entre le 12/06 21:00 et le 13/06 06:00 : 11 h minimum',
      );
    });

    it('writes a fractional rest in hours and minutes', () => {
      const input = roster([evening, shift('2026-06-13 06:30-14:00')], '2026-06-12', '2026-06-13');
      expect(messages(input, RosterRule.DAILY_REST)[0]).toMatch(/^Repos de 9 h 30 entre/);
    });

    it('counts the rest after a night shift from its end, the next morning', () => {
      const input = roster(
        [shift('2026-06-12 21:00-07:00'), shift('2026-06-13 15:00-19:00')],
        '2026-06-12',
        '2026-06-13',
      );
      expect(messages(input, RosterRule.DAILY_REST)).toEqual([
        'Repos de 8 h entre le 13/06 07:00 et le 13/06 15:00 : 11 h minimum (Julien Lefebvre)',
      ]);
    });

    it('counts the real rest across the October change (10 h on the clock, 11 h elapsed)', () => {
      const input = roster(
        [shift('2026-10-24 14:00-22:00'), shift('2026-10-25 08:00-16:00')],
        '2026-10-24',
        '2026-10-25',
      );
      expect(violations(input, RosterRule.DAILY_REST)).toEqual([]);
    });

    it('counts the real rest across the March change (11 h on the clock, 10 h elapsed)', () => {
      const input = roster(
        [shift('2026-03-28 13:00-21:00'), shift('2026-03-29 08:00-16:00')],
        '2026-03-28',
        '2026-03-29',
      );
      expect(messages(input, RosterRule.DAILY_REST)).toEqual([
        'Repos de 10 h entre le 28/03 21:00 et le 29/03 08:00 : 11 h minimum (Julien Lefebvre)',
      ]);
    });

    it('does not look for a rest between two shifts of one working day', () => {
      const input = roster(
        [shift('2026-06-12 08:00-12:00'), shift('2026-06-12 14:00-18:00')],
        '2026-06-12',
        '2026-06-12',
      );
      expect(violations(input, RosterRule.DAILY_REST)).toEqual([]);
    });

    it('reports a short rest next to the period, not one away from it', () => {
      const shifts = [evening, shift('2026-06-13 06:00-14:00')];
      expect(violations(roster(shifts, '2026-06-12', '2026-06-12'), RosterRule.DAILY_REST)).toHaveLength(1);
      expect(violations(roster(shifts, '2026-06-13', '2026-06-13'), RosterRule.DAILY_REST)).toHaveLength(1);
      expect(violations(roster(shifts, '2026-06-14', '2026-06-20'), RosterRule.DAILY_REST)).toEqual([]);
      expect(violations(roster(shifts, '2026-06-01', '2026-06-11'), RosterRule.DAILY_REST)).toEqual([]);
    });

    it('reports overlapping days as an overlap, not as a negative rest', () => {
      const input = roster(
        [shift('2026-06-12 21:00-07:00'), shift('2026-06-13 06:00-10:00')],
        '2026-06-12',
        '2026-06-13',
      );
      expect(violations(input, RosterRule.DAILY_REST)).toEqual([]);
      expect(violations(input, RosterRule.OVERLAP)).toHaveLength(1);
    });
  });

  describe('weekly hours, 48 h at most in a calendar week', () => {
    // Monday 8 to Saturday 13 June: 5 × 8 h + 6 h = 46 h, then a night from Sunday into Monday.
    const week = [...weekdays('2026-06-08', '2026-06-12', '08:00-16:00'), shift('2026-06-13 08:00-14:00')];

    it('accepts 48 h, counting only the part of a Sunday night before Monday 00:00', () => {
      const input = roster([...week, shift('2026-06-14 22:00-06:00')], '2026-06-08', '2026-06-14');
      expect(violations(input, RosterRule.WEEKLY_HOURS)).toEqual([]);
    });

    it('refuses 48 h 30, on the last shift of the week', () => {
      const night = shift('2026-06-14 21:30-05:30');
      const found = violations(roster([...week, night], '2026-06-08', '2026-06-14'), RosterRule.WEEKLY_HOURS);
      expect(found).toEqual([
        {
          rule: RosterRule.WEEKLY_HOURS,
          severity: 'violation',
          agentId: 'julien',
          shiftId: night.id,
          message: '48 h 30 de travail la semaine du 08/06 au 14/06 : 48 h maximum (Julien Lefebvre)',
        },
      ]);
    });

    it('counts the rest of a night crossing Monday 00:00 in the next week', () => {
      const input = roster([shift('2026-06-14 21:30-05:30')], '2026-06-08', '2026-06-21', {
        ruleSet: rules({ maxWeeklyHours: 5 }),
      });
      expect(messages(input, RosterRule.WEEKLY_HOURS)).toEqual([
        '5 h 30 de travail la semaine du 15/06 au 21/06 : 5 h maximum (Julien Lefebvre)',
      ]);
    });

    it('ends the week of the October change at Monday 00:00 local time, 169 h after it started', () => {
      const input = roster([shift('2026-10-25 22:00-06:00')], '2026-10-19', '2026-11-01', {
        ruleSet: rules({ maxWeeklyHours: 1.5 }),
      });
      expect(messages(input, RosterRule.WEEKLY_HOURS)).toEqual([
        '2 h de travail la semaine du 19/10 au 25/10 : 1 h 30 maximum (Julien Lefebvre)',
        '6 h de travail la semaine du 26/10 au 01/11 : 1 h 30 maximum (Julien Lefebvre)',
      ]);
    });

    it('reports only the weeks of the period', () => {
      const input = roster([...week, shift('2026-06-14 21:30-05:30')], '2026-06-15', '2026-06-21');
      expect(violations(input, RosterRule.WEEKLY_HOURS)).toEqual([]);
    });
  });

  describe('average over 12 consecutive weeks, 44 h at most', () => {
    // 12 weeks of 45 h (9 h each weekday), from Monday 19 October 2026 to Friday 8 January 2027.
    const heavy = weekdays('2026-10-19', '2027-01-08', '08:00-17:00');

    it('refuses 45 h a week on average over the 12 weeks across the year end, counting weeks before the period', () => {
      const found = violations(roster(heavy, '2027-01-04', '2027-01-10'), RosterRule.AVERAGE_WEEKLY_HOURS);
      expect(found).toEqual([
        {
          rule: RosterRule.AVERAGE_WEEKLY_HOURS,
          severity: 'violation',
          agentId: 'julien',
          shiftId: '2027-01-08 08:00-17:00',
          message:
            'Moyenne de 45 h par semaine sur les 12 semaines du 19/10 au 10/01 : 44 h maximum (Julien Lefebvre)',
        },
      ]);
    });

    it('accepts exactly 44 h on average', () => {
      // 12 h less over Christmas: 528 h in 12 weeks.
      const shifts = [...except(heavy, '2026-12-24', '2026-12-25'), shift('2026-12-24 08:00-14:00')];
      expect(violations(roster(shifts, '2027-01-04', '2027-01-10'), RosterRule.AVERAGE_WEEKLY_HOURS)).toEqual(
        [],
      );
    });

    it('also looks at the windows running after the period, December into March', () => {
      const shifts = weekdays('2026-12-14', '2027-03-05', '08:00-17:00');
      expect(messages(roster(shifts, '2026-12-14', '2026-12-20'), RosterRule.AVERAGE_WEEKLY_HOURS)).toEqual([
        'Moyenne de 45 h par semaine sur les 12 semaines du 14/12 au 07/03 : 44 h maximum (Julien Lefebvre)',
      ]);
    });

    it('reports one finding, for the worst window', () => {
      const shifts = [...heavy, ...weekdays('2027-01-11', '2027-01-15', '08:00-16:00')];
      expect(
        violations(roster(shifts, '2027-01-04', '2027-01-17'), RosterRule.AVERAGE_WEEKLY_HOURS),
      ).toHaveLength(1);
    });

    it('leaves alone a period in which the agent does not work, whatever came before', () => {
      const past = daily('2026-10-19', '2027-01-02', '08:00-15:10'); // 50 h a week, before the period
      expect(checkRoster(roster(past, '2027-01-04', '2027-01-10')).violations).toEqual([]);
    });
  });

  describe('weekly rest, 35 h in a row at least', () => {
    it('finds the weekend of an agent working Monday to Friday', () => {
      const input = roster(weekdays('2026-06-01', '2026-06-21', '08:00-16:00'), '2026-06-08', '2026-06-14');
      expect(violations(input, RosterRule.WEEKLY_REST)).toEqual([]);
    });

    it('refuses a week without a long enough rest, saying how long the longest was', () => {
      const input = roster(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-08', '2026-06-14');
      expect(violations(input, RosterRule.WEEKLY_REST)).toEqual([
        {
          rule: RosterRule.WEEKLY_REST,
          severity: 'violation',
          agentId: 'julien',
          shiftId: '2026-06-14 08:00-14:00',
          message: 'Plus long repos de 18 h la semaine du 08/06 au 14/06 : 35 h minimum (Julien Lefebvre)',
        },
      ]);
    });

    it('accepts exactly 35 h ending on Sunday 23:59 and refuses 34 h 59', () => {
      // From Saturday 12:59 to Sunday 23:59, within the week.
      const around = [
        ...except(daily('2026-06-01', '2026-06-21', '08:00-14:00'), '2026-06-13', '2026-06-14'),
        shift('2026-06-13 06:59-12:59'),
      ];
      const exactly = roster([...around, shift('2026-06-14 23:59-05:59')], '2026-06-08', '2026-06-14');
      const short = roster([...around, shift('2026-06-14 23:58-05:58')], '2026-06-08', '2026-06-14');
      expect(violations(exactly, RosterRule.WEEKLY_REST)).toEqual([]);
      expect(messages(short, RosterRule.WEEKLY_REST)).toEqual([
        'Plus long repos de 34 h 59 la semaine du 08/06 au 14/06 : 35 h minimum (Julien Lefebvre)',
      ]);
    });

    it('no longer counts a rest straddling Monday 00:00 for either week: it must lie within one', () => {
      // From Sunday 14 June 06:00 to Monday 15 June 17:00: 35 h, 18 h in one week and 17 h in the next.
      const shifts = [
        ...except(daily('2026-06-01', '2026-07-05', '08:00-14:00'), '2026-06-14', '2026-06-15'),
        shift('2026-06-14 00:00-06:00'),
        shift('2026-06-15 17:00-23:00'),
      ];
      expect(messages(roster(shifts, '2026-06-08', '2026-06-21'), RosterRule.WEEKLY_REST)).toEqual([
        'Plus long repos de 18 h la semaine du 08/06 au 14/06 : 35 h minimum (Julien Lefebvre)',
        'Plus long repos de 18 h la semaine du 15/06 au 21/06 : 35 h minimum (Julien Lefebvre)',
      ]);
    });

    it('refuses 13 working days in a row, whose two rests only touch the fortnight', () => {
      // Rest from Sunday 7 June 14:00 to Tuesday 9 June 11:00 (35 h within the week of 8 June),
      // then work every day to Sunday 21 June 14:00, rest again to Tuesday 23 June: the week of 15
      // June only touches a rest.
      const shifts = [
        ...daily('2026-06-01', '2026-06-07', '08:00-14:00'),
        shift('2026-06-09 11:00-17:00'),
        ...daily('2026-06-10', '2026-06-21', '08:00-14:00'),
        ...daily('2026-06-23', '2026-06-28', '08:00-14:00'),
      ];
      expect(violations(roster(shifts, '2026-06-08', '2026-06-21'), RosterRule.WEEKLY_REST)).toEqual([
        expect.objectContaining({
          shiftId: '2026-06-21 08:00-14:00',
          message: 'Plus long repos de 18 h la semaine du 15/06 au 21/06 : 35 h minimum (Julien Lefebvre)',
        }),
      ]);
    });

    it('counts the real rest across the October change (34 h on the clock, 35 h elapsed)', () => {
      const shifts = [
        ...except(daily('2026-10-12', '2026-11-01', '08:00-14:00'), '2026-10-25', '2026-10-26'),
        shift('2026-10-26 00:00-06:00'),
      ];
      expect(violations(roster(shifts, '2026-10-19', '2026-10-25'), RosterRule.WEEKLY_REST)).toEqual([]);
    });

    it('counts the real rest across the March change (35 h on the clock, 34 h elapsed)', () => {
      const shifts = [
        // From Saturday 13:00 to Sunday 24:00: 35 h on the clock, one hour less in fact.
        ...except(daily('2026-03-16', '2026-04-05', '08:00-14:00'), '2026-03-28', '2026-03-29'),
        shift('2026-03-28 07:00-13:00'),
      ];
      expect(messages(roster(shifts, '2026-03-23', '2026-03-29'), RosterRule.WEEKLY_REST)).toEqual([
        'Plus long repos de 34 h la semaine du 23/03 au 29/03 : 35 h minimum (Julien Lefebvre)',
      ]);
    });

    it('asks nothing of a week the agent does not work', () => {
      const shifts = daily('2026-06-01', '2026-06-07', '08:00-14:00');
      expect(violations(roster(shifts, '2026-06-08', '2026-06-14'), RosterRule.WEEKLY_REST)).toEqual([]);
    });
  });
});
