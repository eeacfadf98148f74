import { greedyRoster } from './greedy.rules';
import { agent, roster, shift } from './roster.builders';
import { ratioHere, secondedDays } from './secondment-share.rules';

const WEEK = ['2026-06-01', '2026-06-07'] as const; // Monday to Sunday

describe('a seconded agent’s share of his time (CSI L512-1 convention)', () => {
  const lucie = agent({
    id: 'lucie',
    name: 'Lucie Wallart',
    secondments: [
      { from: '2026-05-01', to: '2026-06-03', sharePercent: 100 },
      { from: '2026-06-04', to: '2026-06-30', sharePercent: 20 },
    ],
  });

  it('counts the period’s days of each secondment, weighted by its share, ends included', () => {
    expect(secondedDays(lucie, ...WEEK)).toEqual({ days: 7, shared: 3 + 4 * 0.2 });
    expect(secondedDays(lucie, '2026-06-03', '2026-06-04')).toEqual({ days: 2, shared: 1.2 });
    expect(secondedDays(lucie, '2026-07-01', '2026-07-07')).toEqual({ days: 0, shared: 0 });
    expect(secondedDays(agent(), ...WEEK)).toBeNull();
  });

  it('gives the part of a full-time contract worked here: the ratio times the share', () => {
    expect(ratioHere(lucie, '2026-06-08', '2026-06-14')).toBeCloseTo(0.2);
    expect(ratioHere({ ...lucie, contractRatio: 0.5 }, '2026-06-08', '2026-06-14')).toBeCloseTo(0.1);
    expect(ratioHere(lucie, '2026-05-04', '2026-05-10')).toBe(1);
    expect(ratioHere(agent({ contractRatio: 0.8 }), ...WEEK)).toBe(0.8);
  });

  it('has the greedy pass weigh his load by it: a fifth of the time here, a fifth of the shifts', () => {
    const anne = agent({ id: 'anne', name: 'Anne Martin' });
    const atTwenty = agent({
      id: 'lucie',
      name: 'Lucie Wallart',
      secondments: [{ from: '2026-05-01', to: '2026-08-31', sharePercent: 20 }],
    });
    const days = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'];
    const shifts = days.map((day) => shift(`${day} 08:00-15:00`, { minAgents: 1 }));
    const count = (who: typeof anne) =>
      greedyRoster({ ...roster(shifts, ...WEEK, { agents: [anne, who] }), assignments: [] }).filter(
        (assignment) => assignment.agentId === 'lucie',
      ).length;
    expect(count(atTwenty)).toBe(1);
    // His duty at his own service is not his load here. Thursday to Sunday, both rested in the
    // week already, loads alone decide: with or without his two mornings there, one of four.
    const lateWeek = ['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07'].map((day) =>
      shift(`${day} 08:00-15:00`, { minAgents: 1 }),
    );
    const home = ['2026-06-01', '2026-06-02'].map((day) =>
      shift(`${day} 06:00-13:00`, { id: `home ${day}`, elsewhere: 'Police municipale de Lomme' }),
    );
    for (const duty of [[], home]) {
      const input = roster([...lateWeek, ...duty], ...WEEK, { agents: [anne, atTwenty] });
      const added = greedyRoster({
        ...input,
        assignments: duty.map((s) => ({ shiftId: s.id, agentId: 'lucie' })),
      });
      expect(added.filter((assignment) => assignment.agentId === 'lucie')).toHaveLength(1);
    }
    // Her own service's agent would have had half.
    expect(count(agent({ id: 'lucie', name: 'Lucie Wallart' }))).toBe(2);
  });
});
