import {
  addedLabel,
  daysLabel,
  differenceCount,
  differenceLabel,
  fairnessRows,
  gapLabel,
  loadRows,
  placesLabel,
  PLAN_STATUS_LABELS,
  proposedLabel,
  secondsLabel,
} from './plan-words';

const load = (agentId: string, agentName: string, hours: number, contractHours: number, ratio = 1) => ({
  agentId,
  agentName,
  contractRatio: ratio,
  hours,
  contractHours,
  nights: 2,
  weekends: 1,
});

describe('a proposal of the planner in words', () => {
  it('names the solver’s status as the chief reads it', () => {
    expect(PLAN_STATUS_LABELS.optimal).toBe('optimal');
    expect(PLAN_STATUS_LABELS.time_limit).toBe('meilleur trouvé dans le temps imparti');
    expect(PLAN_STATUS_LABELS.greedy).toBe('premier passage glouton');
    expect(PLAN_STATUS_LABELS.reviewed).toBe('proposition relue, écrite telle quelle');
  });

  it('gives the gap to the optimum rounded up, so that « ≤ » holds, and only when there is one to tell', () => {
    expect(gapLabel('time_limit', 0.0231)).toBe('écart à l’optimum ≤ 2,4\u00a0%');
    expect(gapLabel('time_limit', 0.02)).toBe('écart à l’optimum ≤ 2\u00a0%');
    expect(gapLabel('time_limit', 0.00001)).toBe('écart à l’optimum ≤ 0,1\u00a0%');
    expect(gapLabel('time_limit', 1.5)).toBe('écart à l’optimum ≤ 150\u00a0%');
    expect(gapLabel('time_limit', 0)).toBe('écart à l’optimum nul');
    // Proved optimal: nothing to add. Greedy pass: no bound, no gap.
    expect(gapLabel('optimal', 0)).toBeNull();
    expect(gapLabel('greedy', null)).toBeNull();
    expect(gapLabel('time_limit', null)).toBeNull();
  });

  it('writes times, places and counts in French', () => {
    expect(secondsLabel(9.843)).toBe('9,8\u00a0s');
    expect(secondsLabel(10)).toBe('10\u00a0s');
    expect(secondsLabel(0.012)).toBe('<\u00a00,1\u00a0s');
    expect(placesLabel({ filledPlaces: 42, requiredPlaces: 46 })).toBe('42/46 places');
    expect([0, 1, 24].map(proposedLabel)).toEqual([
      'Aucune affectation à proposer',
      '1 affectation proposée',
      '24 affectations proposées',
    ]);
    expect([0, 1, 24].map(addedLabel)).toEqual([
      'Aucune affectation ajoutée au brouillon',
      '1 affectation ajoutée au brouillon',
      '24 affectations ajoutées au brouillon',
    ]);
    expect(daysLabel(['2026-12-03', '2026-12-04'])).toBe('jeu. 03/12, ven. 04/12');
  });

  it('shows each agent’s hours against his contract, sorted by name, part-time and absent agents told apart', () => {
    const rows = loadRows(
      [
        load('a-yasmine', 'Yasmine Haddad', 40, 35),
        load('a-ines', 'Inès Lambert', 24, 28, 0.8),
        load('a-julien', 'Julien Lefebvre', 0, 0),
        load('a-pierre', 'Pierre Vandewalle', 56, 35),
      ],
      new Map([
        ['a-yasmine', 'Haddad Yasmine'],
        ['a-ines', 'Lambert Inès'],
        ['a-julien', 'Lefebvre Julien'],
      ]),
    );
    expect(rows.map((r) => [r.name, r.contract, r.hours, r.percent, r.tone])).toEqual([
      ['Haddad Yasmine', '', '40 / 35\u00a0h', '114\u00a0%', 'ok'],
      ['Lambert Inès', '80\u00a0%', '24 / 28\u00a0h', '86\u00a0%', 'ok'],
      ['Lefebvre Julien', '', '0 / 0\u00a0h', '—', 'none'],
      // Not in the grid's names: the API's name.
      ['Pierre Vandewalle', '', '56 / 35\u00a0h', '160\u00a0%', 'high'],
    ]);
    // The bar's scale goes to 150 % of the contract.
    expect(rows[0].bar).toBeCloseTo(76.2, 1);
    expect(rows[3].bar).toBe(100);
    expect(loadRows([load('a', 'A', 17.5, 35)])[0]).toMatchObject({ percent: '50\u00a0%', tone: 'low' });
  });

  it('compares the fairness spreads of the solver’s plan and of the greedy pass', () => {
    const quality = { filledPlaces: 40, requiredPlaces: 46 };
    expect(
      fairnessRows({
        solver: { ...quality, hoursSpread: 11.43, nightsSpread: 1, weekendsSpread: 2.5 },
        greedy: { ...quality, hoursSpread: 34.29, nightsSpread: 3.25, weekendsSpread: 2 },
      }),
    ).toEqual([
      { label: 'Heures / contrat', solver: '11\u00a0pts', greedy: '34\u00a0pts', fairer: 'solver' },
      { label: 'Nuits par temps plein', solver: '1', greedy: '3,3', fairer: 'solver' },
      { label: 'Week-ends par temps plein', solver: '2,5', greedy: '2', fairer: 'greedy' },
    ]);
  });

  it('tells whether the plan written is the one that was shown', () => {
    const a = { shiftId: 's1', agentId: 'a1' };
    const b = { shiftId: 's1', agentId: 'a2' };
    const c = { shiftId: 's2', agentId: 'a1' };
    expect(differenceCount([a, b], [b, a])).toBe(0);
    expect(differenceCount([a, b], [a, c])).toBe(2);
    expect(differenceLabel(0)).toBe('Le planning écrit est celui de la proposition affichée.');
    expect(differenceLabel(2)).toBe(
      'Le planning écrit diffère de la proposition affichée sur 2 affectations.',
    );
  });

  it('calls two even spreads even', () => {
    const quality = {
      filledPlaces: 40,
      requiredPlaces: 46,
      hoursSpread: 20,
      nightsSpread: 1,
      weekendsSpread: 1,
    };
    expect(fairnessRows({ solver: quality, greedy: quality }).map((row) => row.fairer)).toEqual([
      null,
      null,
      null,
    ]);
  });
});
