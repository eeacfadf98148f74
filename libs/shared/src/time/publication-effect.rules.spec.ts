import { publicationEffects, publicationEffectWords } from './publication-effect.rules';

describe('the effect of publishing a period on the time accounts', () => {
  // Accounts to Sunday 06/12/2026; a full-time agent owes 1 607 h ÷ 365 ≈ 4,4 h a day.
  const account = (agentId: string, agentName: string, balanceToDate: number, hoursDuePerDay = 4.4) => ({
    agentId,
    agentName,
    balanceToDate,
    countedTo: '2026-12-06',
    hoursDuePerDay,
  });
  const accounts = [
    account('a', 'Alain Martin', -47),
    account('b', 'Béatrice Dubois', 10),
    account('c', 'Claire Wallart', -3, 3.52),
    account('d', 'David Caron', -90),
  ];

  it('adds the period’s hours and makes its days due, those drifting most after publication first', () => {
    // Publishing 07/12–13/12: seven more days due (30,8 h full time, 24,6 h at 80 %).
    const effects = publicationEffects(
      accounts,
      new Map([
        ['a', 35],
        ['b', 24],
        ['c', 28],
      ]),
      '2026-12-13',
    );
    expect(effects).toEqual([
      { agentId: 'a', agentName: 'Alain Martin', periodHours: 35, balanceAfter: -42.8 },
      { agentId: 'b', agentName: 'Béatrice Dubois', periodHours: 24, balanceAfter: 3.2 },
      { agentId: 'c', agentName: 'Claire Wallart', periodHours: 28, balanceAfter: 0.4 },
    ]);
  });

  it('adds no due day for a period already within the account’s dates', () => {
    const [effect] = publicationEffects(
      [account('a', 'Alain Martin', -2)],
      new Map([['a', 7]]),
      '2026-12-05',
    );
    expect(effect.balanceAfter).toBe(5);
  });

  it('leaves out who has no hours in the period, and orders equal drifts by name', () => {
    const effects = publicationEffects(
      [account('z', 'Zoé Émond', -10), account('e', 'Éric Adam', -10), ...accounts],
      new Map([
        ['z', 8],
        ['e', 8],
        ['d', 0],
      ]),
      '2026-12-13',
    );
    expect(effects.map((effect) => effect.agentName)).toEqual(['Éric Adam', 'Zoé Émond']);
  });

  it('says it in French: signed hours, decimal comma, true minus sign', () => {
    expect(publicationEffectWords({ periodHours: 35, balanceAfter: -12 })).toBe('+35 h → solde −12 h');
    expect(publicationEffectWords({ periodHours: 7.5, balanceAfter: 4.5 })).toBe('+7,5 h → solde +4,5 h');
    expect(publicationEffectWords({ periodHours: 8, balanceAfter: 0 })).toBe('+8 h → solde 0 h');
  });
});
