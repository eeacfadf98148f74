import {
  agentsOnShift,
  cancelledSummary,
  confirmationDetail,
  frenchList,
  movesShift,
  needsConfirmation,
  requirementProblem,
  shiftInstants,
} from './shift-change.rules';

const PARIS = 'Europe/Paris';
const staffed = {
  startsAt: '2026-06-21T16:00:00.000Z',
  endsAt: '2026-06-21T23:00:00.000Z',
  agentNames: ['Karim Benali', 'Élodie Martin'],
};

describe('a change to a shift agents are on', () => {
  it('asks before deleting a shift that has agents, never an empty one', () => {
    expect(needsConfirmation(staffed, 'delete')).toBe(true);
    expect(needsConfirmation({ ...staffed, agentNames: [] }, 'delete')).toBe(false);
  });

  it('asks before new times, whichever end moves, but not for the same instants written otherwise', () => {
    expect(needsConfirmation(staffed, { startsAt: '2026-06-21T19:00:00+02:00' })).toBe(true);
    expect(needsConfirmation(staffed, { endsAt: '2026-06-22T02:00:00+02:00' })).toBe(true);
    expect(
      needsConfirmation(staffed, {
        startsAt: '2026-06-21T18:00:00+02:00',
        endsAt: '2026-06-22T01:00:00+02:00',
      }),
    ).toBe(false);
    expect(needsConfirmation(staffed, {})).toBe(false);
    expect(needsConfirmation({ ...staffed, agentNames: [] }, { startsAt: '2026-06-21T19:00:00+02:00' })).toBe(
      false,
    );
  });

  it('reads Date and ISO text alike when telling a move', () => {
    expect(
      movesShift({ startsAt: new Date(staffed.startsAt), endsAt: new Date(staffed.endsAt) }, staffed),
    ).toBe(false);
    expect(movesShift(staffed, { endsAt: new Date('2026-06-21T23:30:00Z') })).toBe(true);
  });

  it('names the agents in plain French, one or several', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['A'])).toBe('A');
    expect(frenchList(['A', 'B', 'C'])).toBe('A, B et C');
    expect(agentsOnShift(['Karim Benali'])).toBe('1 agent est affecté à ce créneau (Karim Benali)');
    expect(confirmationDetail('delete', staffed.agentNames)).toBe(
      '2 agents sont affectés à ce créneau (Karim Benali et Élodie Martin) : confirmez la suppression ; ' +
        'ils en seront prévenus dans « Mon planning ».',
    );
    expect(confirmationDetail('move', ['Karim Benali'])).toBe(
      '1 agent est affecté à ce créneau (Karim Benali) : confirmez le changement d’horaires ; ' +
        'il en sera prévenu dans « Mon planning ».',
    );
    expect(cancelledSummary('Fête de la Musique', '21/06/2026 18:00–01:00')).toBe(
      'Fête de la Musique du 21/06/2026 18:00–01:00 annulé',
    );
  });
});

describe('the instants of a shift given by its day and times', () => {
  it('puts an end before the start on the next day (an evening past midnight)', () => {
    expect(shiftInstants('2026-06-21', '18:00', '01:00', PARIS)).toEqual({
      startsAt: '2026-06-21T18:00:00+02:00',
      endsAt: '2026-06-22T01:00:00+02:00',
    });
    expect(shiftInstants('2026-06-21', '08:00', '08:00', PARIS)?.endsAt).toBe('2026-06-22T08:00:00+02:00');
  });

  it('keeps the wall clock across a change of offset (winter time)', () => {
    expect(shiftInstants('2026-10-24', '21:00', '05:00', PARIS)).toEqual({
      startsAt: '2026-10-24T21:00:00+02:00',
      endsAt: '2026-10-25T05:00:00+01:00',
    });
  });

  it('gives nothing for a time or a date that does not exist', () => {
    expect(shiftInstants('2026-06-21', '24:00', '01:00', PARIS)).toBeNull();
    expect(shiftInstants('2026-06-21', '8:00', '12:00', PARIS)).toBeNull();
    expect(shiftInstants('2026-02-30', '08:00', '12:00', PARIS)).toBeNull();
  });
});

describe('the qualified needs of a shift', () => {
  it('accepts needs the minimum can meet, one line per qualification', () => {
    expect(requirementProblem(3, [{ kind: 'FIREARM', count: 3 }])).toBeNull();
    expect(requirementProblem(0, [{ kind: 'FIREARM', count: 1 }])).toBeNull();
    expect(requirementProblem(2, [])).toBeNull();
  });

  it('refuses a qualification asked of more agents than the minimum, pointing at its count', () => {
    expect(
      requirementProblem(2, [
        { kind: 'SST', count: 1 },
        { kind: 'FIREARM', count: 3 },
      ]),
    ).toEqual({
      field: 'requirements.1.count',
      message: 'dépasse le nombre minimum d’agents du créneau',
      code: 'REQUIREMENT_ABOVE_MIN_AGENTS',
    });
  });

  it('refuses a qualification listed twice', () => {
    expect(
      requirementProblem(4, [
        { kind: 'FIREARM', count: 1 },
        { kind: 'FIREARM', count: 2 },
      ])?.code,
    ).toBe('REQUIREMENT_REPEATED');
  });
});
