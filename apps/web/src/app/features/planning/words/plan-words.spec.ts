import {
  addedLabel,
  daysLabel,
  differenceCount,
  differenceLabel,
  loadRows,
  placesLabel,
  proposedLabel,
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
  it('writes places and counts in French', () => {
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
});
