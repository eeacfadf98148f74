import { AbsenceKind, AbsenceStatus, AgentStatus, Grade, StaffCategory } from '@vigie/shared';

import { absenceOf, agentOf, shiftOf } from '../testing/planning.builders';
import { buildMonthGrid, monthAfter, type MonthGridInput } from './month-grid';

// October 2026: summer time ends in Paris on Sunday 25 (03:00 CEST → 02:00 CET).
const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien', { brigade: 'Jour A' });
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine', { brigade: 'Jour A' });
const PIERRE = agentOf('a-pierre', 'Vandewalle', 'Pierre', { brigade: 'Nuit' });
const INES = agentOf('a-ines', 'Lambert', 'Inès', {
  grade: Grade.ASVP,
  category: StaffCategory.ASVP,
  brigade: 'Stationnement',
});
const GONE = agentOf('a-gone', 'Ancien', 'Paul', { status: AgentStatus.DEPARTED });
const on = (...agents: (typeof JULIEN)[]) =>
  agents.map((agent) => ({ agentId: agent.id, agentName: `${agent.firstName} ${agent.lastName}` }));

function grid(extra: Partial<MonthGridInput> = {}) {
  return buildMonthGrid({
    month: '2026-10',
    today: '2026-10-14',
    agents: [INES, PIERRE, GONE, YASMINE, JULIEN],
    shifts: [],
    absences: [],
    publicHolidays: [],
    ...extra,
  });
}

const cell = (g: ReturnType<typeof grid>, agentId: string, date: string) =>
  g.groups
    .flatMap((group) => group.rows)
    .find((row) => row.agentId === agentId)!
    .cells.find((c) => c.date === date)!;

describe('the month grid', () => {
  it('has a column per day of the month, weekends and public holidays marked', () => {
    const g = buildMonthGrid({
      month: '2026-11',
      today: '2026-11-30',
      agents: [],
      shifts: [],
      absences: [],
      publicHolidays: [
        { date: '2026-11-01', label: 'Toussaint' },
        { date: '2026-11-11', label: 'Armistice 1918' },
        { date: '2026-12-25', label: 'Noël' },
      ],
    });
    expect(g.title).toBe('Novembre 2026');
    expect(g.days).toHaveLength(30);
    expect(g.first).toBe('2026-11-01');
    expect(g.last).toBe('2026-11-30');
    const eleventh = g.days[10];
    expect(eleventh).toMatchObject({ date: '2026-11-11', day: '11', initial: 'M', weekend: false });
    expect(eleventh.holiday).toBe('Armistice 1918');
    // Sunday 1 November: weekend and holiday both.
    expect(g.days[0]).toMatchObject({ initial: 'D', weekend: true, holiday: 'Toussaint' });
    expect(g.days.filter((day) => day.weekend)).toHaveLength(9);
    expect(g.days.filter((day) => day.holiday)).toHaveLength(2);
    expect(g.days[29].today).toBe(true);
  });

  it('puts each agent’s shift codes on the day they start, in Paris, and adds up his hours of the month', () => {
    const g = grid({
      shifts: [
        // Night of 31 October → 1 November: October's, starting on the 31st in Paris.
        shiftOf('s-night-31', 'NUIT', '2026-10-31T20:00:00.000Z', '2026-11-01T05:00:00.000Z', {
          assignments: on(PIERRE),
          colour: '#3949ab',
        }),
        // 00:30 on 1 October in Paris is still 30 September in UTC.
        shiftOf('s-early', 'MATIN', '2026-09-30T22:30:00.000Z', '2026-10-01T06:30:00.000Z', {
          assignments: on(JULIEN),
        }),
        shiftOf('s-morning', 'MATIN', '2026-10-14T04:00:00.000Z', '2026-10-14T12:00:00.000Z', {
          assignments: on(JULIEN, YASMINE),
        }),
        shiftOf('s-evening', 'APREM', '2026-10-14T13:00:00.000Z', '2026-10-14T17:00:00.000Z', {
          assignments: on(JULIEN),
        }),
        // September's and November's shifts stay out.
        shiftOf('s-sept', 'MATIN', '2026-09-30T04:00:00.000Z', '2026-09-30T12:00:00.000Z', {
          assignments: on(YASMINE),
        }),
        shiftOf('s-nov', 'MATIN', '2026-11-01T06:00:00.000Z', '2026-11-01T14:00:00.000Z', {
          assignments: on(YASMINE),
        }),
      ],
    });
    expect(cell(g, JULIEN.id, '2026-10-01').shifts.map((s) => s.code)).toEqual(['MATIN']);
    expect(cell(g, JULIEN.id, '2026-10-14').shifts.map((s) => s.code)).toEqual(['MATIN', 'APREM']);
    expect(cell(g, JULIEN.id, '2026-10-14').shifts[0].times).toBe('06:00–14:00');
    const night = cell(g, PIERRE.id, '2026-10-31').shifts[0];
    expect(night).toMatchObject({ code: 'NUIT', colour: '#3949ab', times: '21:00–06:00' });
    const rows = g.groups.flatMap((group) => group.rows);
    const hours = Object.fromEntries(rows.map((row) => [row.name, row.hours]));
    expect(hours).toEqual({
      'Lefebvre Julien': '20\u00a0h',
      'Haddad Yasmine': '8\u00a0h',
      'Vandewalle Pierre': '9\u00a0h',
      'Lambert Inès': '0\u00a0h',
    });
    expect(g.shiftCount).toBe(4);
    expect(g.legend.map((entry) => entry.code)).toEqual(['MATIN', 'APREM', 'NUIT']);
  });

  it('groups the agents as the week does, and leaves out those gone who hold nothing', () => {
    const g = grid();
    expect(g.groups.map((group) => group.label)).toEqual(['Jour A', 'Nuit', 'ASVP']);
    expect(g.groups[0].rows.map((row) => row.name)).toEqual(['Haddad Yasmine', 'Lefebvre Julien']);
    const kept = grid({
      shifts: [
        shiftOf('s1', 'MATIN', '2026-10-05T04:00:00.000Z', '2026-10-05T12:00:00.000Z', {
          assignments: on(GONE),
        }),
      ],
    });
    expect(kept.groups.flatMap((group) => group.rows).map((row) => row.name)).toContain('Ancien Paul');
  });

  it('shows an approved absence on each day it touches, and none that is only requested', () => {
    const g = grid({
      absences: [
        absenceOf('leave', JULIEN, '2026-10-19T00:00:00+02:00', '2026-10-22T00:00:00+02:00'),
        absenceOf('ill', YASMINE, '2026-10-05T00:00:00+02:00', '2026-10-06T00:00:00+02:00', {
          kind: AbsenceKind.SICKNESS,
        }),
        absenceOf('asked', PIERRE, '2026-10-05T00:00:00+02:00', '2026-10-06T00:00:00+02:00', {
          status: AbsenceStatus.REQUESTED,
        }),
      ],
    });
    const leave = ['2026-10-18', '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22'].map(
      (date) => cell(g, JULIEN.id, date).absence,
    );
    expect(leave).toEqual([null, 'CA', 'CA', 'CA', null]);
    expect(cell(g, JULIEN.id, '2026-10-19').absenceLabel).toBe('Congé annuel');
    expect(cell(g, YASMINE.id, '2026-10-05').absence).toBe('MAL');
    expect(cell(g, PIERRE.id, '2026-10-05').absence).toBeNull();
  });

  it('counts each day’s places filled of those needed, short when a shift of the day is not covered', () => {
    const g = grid({
      shifts: [
        // Three on a morning of two: the third does not fill the night's place.
        shiftOf('m', 'MATIN', '2026-10-14T04:00:00.000Z', '2026-10-14T12:00:00.000Z', {
          assignments: on(JULIEN, YASMINE, PIERRE),
        }),
        shiftOf('n', 'NUIT', '2026-10-14T19:00:00.000Z', '2026-10-15T04:00:00.000Z', {
          assignments: on(INES),
        }),
        shiftOf('m2', 'MATIN', '2026-10-15T04:00:00.000Z', '2026-10-15T12:00:00.000Z', {
          assignments: on(JULIEN, YASMINE),
        }),
        // Enough heads, a qualification missing: short all the same.
        shiftOf('m3', 'MATIN', '2026-10-16T04:00:00.000Z', '2026-10-16T12:00:00.000Z', {
          assignments: on(JULIEN, YASMINE),
          coverage: { covered: false, assigned: 2, missing: [] },
        }),
      ],
    });
    const day = (date: string) => g.days.find((d) => d.date === date)!.coverage;
    expect(day('2026-10-14')).toEqual({ filled: 3, needed: 4, label: '3/4', short: true });
    expect(day('2026-10-15')).toEqual({ filled: 2, needed: 2, label: '2/2', short: false });
    expect(day('2026-10-16')?.short).toBe(true);
    expect(day('2026-10-17')).toBeNull();
  });
});

describe('the month asked for', () => {
  it('moves a month at a time across the years', () => {
    expect(monthAfter('2026-12', 1)).toBe('2027-01');
    expect(monthAfter('2027-01', -1)).toBe('2026-12');
    expect(monthAfter('2026-10', 0)).toBe('2026-10');
  });
});
