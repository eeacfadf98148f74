import { absenceOf, agentOf, shiftOf } from '../testing/planning.builders';
import { dayAfter, dayShown, dayView, frenchLongDate, swipeStep } from './day-view';
import { buildWeekGrid } from './week-grid';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const PIERRE = agentOf('a-pierre', 'Vandewalle', 'Pierre', { brigade: 'Nuit' });

describe('the day a phone shows', () => {
  it('is ?jour= when given, else today in this week, else the Monday of the week asked', () => {
    expect(dayShown('2026-12-15', '2026-11-30', '2026-12-02')).toBe('2026-12-15');
    expect(dayShown(null, '2026-11-30', '2026-12-02')).toBe('2026-12-02');
    expect(dayShown(null, '2026-12-09', '2026-12-02')).toBe('2026-12-07');
    expect(dayShown('demain', null, '2026-12-02')).toBe('2026-12-02');
    expect(dayShown(undefined, undefined, '2026-12-02')).toBe('2026-12-02');
  });

  it('moves a day at a time, across weeks, months and years', () => {
    expect(dayAfter('2026-12-06', 1)).toBe('2026-12-07');
    expect(dayAfter('2026-12-07', -1)).toBe('2026-12-06');
    expect(dayAfter('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('follows a sideways swipe and ignores a scroll or a tap', () => {
    expect(swipeStep(-120, 10)).toBe(1);
    expect(swipeStep(120, -10)).toBe(-1);
    expect(swipeStep(-30, 0)).toBe(0);
    expect(swipeStep(-90, 200)).toBe(0);
    expect(swipeStep(0, 0)).toBe(0);
  });

  it('is titled in French, the first of the month as it is said', () => {
    expect(frenchLongDate('2026-12-15')).toBe('mardi 15 décembre 2026');
    expect(frenchLongDate('2026-12-01')).toBe('mardi 1er décembre 2026');
  });
});

describe('the day view', () => {
  const morning = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z', {
    assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
  });
  const night = shiftOf('s-night', 'NUIT', '2026-12-01T20:00:00.000Z', '2026-12-02T04:00:00.000Z', {
    assignments: [
      { agentId: PIERRE.id, agentName: 'Pierre Vandewalle' },
      { agentId: JULIEN.id, agentName: 'Julien Lefebvre' },
    ],
  });
  const grid = buildWeekGrid({
    monday: '2026-11-30',
    today: '2026-12-01',
    agents: [JULIEN, YASMINE, PIERRE],
    shifts: [
      night,
      morning,
      shiftOf('s-wed', 'MATIN', '2026-12-02T05:00:00.000Z', '2026-12-02T13:00:00.000Z'),
    ],
    absences: [absenceOf('leave', YASMINE, '2026-12-01T00:00:00+01:00', '2026-12-02T00:00:00+01:00')],
    pending: [{ shiftId: 's-morning', agentId: YASMINE.id, kind: 'assign', refused: true }],
  });

  it('lists the day’s shifts in the order of the day, each with who is on it, pending ones included', () => {
    const view = dayView(grid, '2026-12-01')!;
    expect(view.title).toBe('mardi 1er décembre 2026');
    expect(view.cards.map((card) => card.slot.label)).toEqual(['Patrouille du matin', 'Patrouille de nuit']);
    expect(view.cards[0].slot.times).toBe('06:00–14:00');
    expect(view.cards[0].agents).toEqual([
      { agentId: YASMINE.id, name: 'Haddad Yasmine', pending: true, refused: true, proposed: false },
      { agentId: JULIEN.id, name: 'Lefebvre Julien', pending: false, refused: false, proposed: false },
    ]);
    expect(view.cards[1].agents.map((agent) => agent.name)).toEqual(['Lefebvre Julien', 'Vandewalle Pierre']);
    expect(view.cards[1].slot.badge).toBe('2/2');
  });

  it('says who is away that day', () => {
    expect(dayView(grid, '2026-12-01')!.absents).toEqual([
      { agentId: YASMINE.id, name: 'Haddad Yasmine', label: 'Congé annuel' },
    ]);
    expect(dayView(grid, '2026-12-02')!.absents).toEqual([]);
  });

  it('is null for a day the loaded week does not hold', () => {
    expect(dayView(grid, '2026-12-07')).toBeNull();
  });
});
