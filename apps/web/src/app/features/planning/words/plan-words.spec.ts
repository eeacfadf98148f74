import {
  addedLabel,
  daysLabel,
  differenceCount,
  differenceLabel,
  loadRows,
  placesLabel,
  planWeeks,
  proposedLabel,
  unseenLabel,
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

  it('lists the weeks of a proposal: what each adds, what it leaves empty, which were reviewed', () => {
    const at = (startsAt: string) => ({ startsAt });
    // Sunday 13/12 at 23:30 in Paris is 22:30 UTC: still the first week.
    const proposal = {
      assignments: [at('2026-12-07T06:00:00Z'), at('2026-12-13T22:30:00Z'), at('2026-12-14T06:00:00Z')],
      uncovered: [at('2026-12-20T20:00:00Z'), at('2026-12-20T23:30:00Z')],
    } as never;
    const weeks = planWeeks(['2026-12-07', '2026-12-14', '2026-12-21'], proposal, '2026-12-14', [
      '2026-12-07',
    ]);
    expect(weeks.map(({ label, detail, shown, seen }) => ({ label, detail, shown, seen }))).toEqual([
      {
        label: 'du 07/12 au 13/12',
        detail: '2 affectations proposées · tout est pourvu',
        shown: false,
        seen: true,
      },
      {
        label: 'du 14/12 au 20/12',
        detail: '1 affectation proposée · 1 créneau non pourvu',
        shown: true,
        seen: false,
      },
      {
        label: 'du 21/12 au 27/12',
        detail: 'Aucune affectation à proposer · 1 créneau non pourvu',
        shown: false,
        seen: false,
      },
    ]);
  });

  it('names the weeks not reviewed before applying', () => {
    expect(unseenLabel(['2026-12-21'])).toBe('la semaine du 21/12');
    expect(unseenLabel(['2026-12-14', '2026-12-21', '2026-12-28'])).toBe(
      'les semaines du 14/12, du 21/12 et du 28/12',
    );
  });
});
