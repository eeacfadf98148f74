import { publicationEffects, publicationEffectWords } from './publication-effect.rules';

describe('the effect of publishing a period on the time accounts', () => {
  const accounts = [
    { agentId: 'a', agentName: 'Alain Martin', projectedBalance: -47 },
    { agentId: 'b', agentName: 'Béatrice Dubois', projectedBalance: 10 },
    { agentId: 'c', agentName: 'Claire Wallart', projectedBalance: -3 },
    { agentId: 'd', agentName: 'David Caron', projectedBalance: -90 },
  ];

  it('moves each balance by the period’s hours, those drifting most after publication first', () => {
    const effects = publicationEffects(
      accounts,
      new Map([
        ['a', 35],
        ['b', 24],
        ['c', 7.5],
      ]),
    );
    expect(effects).toEqual([
      { agentId: 'b', agentName: 'Béatrice Dubois', periodHours: 24, balanceAfter: 34 },
      { agentId: 'a', agentName: 'Alain Martin', periodHours: 35, balanceAfter: -12 },
      { agentId: 'c', agentName: 'Claire Wallart', periodHours: 7.5, balanceAfter: 4.5 },
    ]);
  });

  it('leaves out who has no hours in the period, and orders equal drifts by name', () => {
    const effects = publicationEffects(
      [
        { agentId: 'z', agentName: 'Zoé Émond', projectedBalance: -10 },
        { agentId: 'e', agentName: 'Éric Adam', projectedBalance: -10 },
        ...accounts,
      ],
      new Map([
        ['z', 8],
        ['e', 8],
        ['d', 0],
      ]),
    );
    expect(effects.map((effect) => effect.agentName)).toEqual(['Éric Adam', 'Zoé Émond']);
  });

  it('says it in French: signed hours, decimal comma, true minus sign', () => {
    expect(publicationEffectWords({ periodHours: 35, balanceAfter: -12 })).toBe('+35 h → solde −12 h');
    expect(publicationEffectWords({ periodHours: 7.5, balanceAfter: 4.5 })).toBe('+7,5 h → solde +4,5 h');
    expect(publicationEffectWords({ periodHours: 8, balanceAfter: 0 })).toBe('+8 h → solde 0 h');
  });
});
