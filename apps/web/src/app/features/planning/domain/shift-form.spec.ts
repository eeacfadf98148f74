import { QualificationKind, type ShiftTypeResponse } from '@vigie/shared';

import { shiftOf } from '../testing/planning.builders';
import {
  createBody,
  deleteQuestion,
  draftOf,
  instantsOf,
  moveQuestion,
  needsProblem,
  newDraft,
  updateBody,
} from './shift-form';

const MARKET = {
  id: 'type-MARCHE',
  code: 'MARCHE',
  label: 'Marché du Bourg',
  startTime: '07:00',
  endTime: '13:00',
  minAgents: 2,
  requirements: [{ kind: QualificationKind.FIREARM, count: 1 }],
} as ShiftTypeResponse;

/** Fête de la Musique, 21/06/2026 18:00–01:00 Paris time, as the API answers it (UTC). */
const party = (assigned: string[] = []) =>
  shiftOf('s-fete', 'MARCHE', '2026-06-21T16:00:00.000Z', '2026-06-21T23:00:00.000Z', {
    label: 'Fête de la Musique',
    minAgents: 3,
    version: 4,
    assignments: assigned.map((name, index) => ({ agentId: `a-${index}`, agentName: name })),
  });

describe('the shift dialog’s form', () => {
  it('starts a new shift from its type’s hours and needs, on the day proposed', () => {
    expect(newDraft('2026-06-21', MARKET)).toEqual({
      shiftTypeId: 'type-MARCHE',
      date: '2026-06-21',
      startTime: '07:00',
      endTime: '13:00',
      label: '',
      minAgents: 2,
      requirements: [{ kind: QualificationKind.FIREARM, count: 1 }],
    });
  });

  it('shows an existing shift in Paris time, its end past midnight included', () => {
    expect(draftOf(party())).toMatchObject({ date: '2026-06-21', startTime: '18:00', endTime: '01:00' });
  });

  it('sends an evening that ends after midnight as ending the next day', () => {
    const draft = {
      ...newDraft('2026-06-21', MARKET),
      startTime: '18:00',
      endTime: '01:00',
      label: ' Fête ',
    };
    expect(createBody(draft)).toEqual({
      shiftTypeId: 'type-MARCHE',
      startsAt: '2026-06-21T18:00:00+02:00',
      endsAt: '2026-06-22T01:00:00+02:00',
      label: 'Fête',
      minAgents: 2,
      requirements: [{ kind: QualificationKind.FIREARM, count: 1 }],
    });
  });

  it('sends nothing while the day or a time is incomplete', () => {
    const draft = { ...newDraft('2026-06-21', MARKET), startTime: '18:0' };
    expect(instantsOf(draft)).toBeNull();
    expect(createBody(draft)).toBeNull();
    expect(createBody({ ...newDraft('', MARKET) })).toBeNull();
  });

  it('sends only what changed, with the version it was read at', () => {
    const shift = party();
    expect(updateBody(shift, draftOf(shift))).toEqual({ version: 4 });
    expect(updateBody(shift, { ...draftOf(shift), endTime: '02:00', minAgents: 4 })).toEqual({
      version: 4,
      startsAt: '2026-06-21T18:00:00+02:00',
      endsAt: '2026-06-22T02:00:00+02:00',
      minAgents: 4,
    });
  });

  it('says beside the needs what the API would refuse', () => {
    const draft = newDraft('2026-06-21', MARKET);
    expect(needsProblem(draft)).toBeNull();
    expect(
      needsProblem({ ...draft, minAgents: 1, requirements: [{ kind: QualificationKind.FIREARM, count: 2 }] }),
    ).toEqual({
      field: 'requirements',
      message: 'Une qualification est demandée à plus d’agents que le minimum du créneau.',
    });
    expect(
      needsProblem({
        ...draft,
        requirements: [
          { kind: QualificationKind.FIREARM, count: 1 },
          { kind: QualificationKind.FIREARM, count: 1 },
        ],
      })?.message,
    ).toBe('Une même qualification figure deux fois.');
  });
});

describe('the questions before a change that touches agents', () => {
  it('asks before new times of a shift agents are on, naming them', () => {
    const shift = party(['Karim Benali', 'Élodie Martin']);
    const body = updateBody(shift, { ...draftOf(shift), startTime: '19:00' })!;
    expect(moveQuestion(shift, body)).toEqual({
      title: 'Changer les horaires de « Fête de la Musique » ?',
      message:
        '2 agents sont affectés à ce créneau (Karim Benali et Élodie Martin) : confirmez le changement ' +
        'd’horaires ; ils en seront prévenus dans « Mon planning ».',
      confirm: 'Changer les horaires',
    });
  });

  it('does not ask for a new label or needs, nor for new times of an empty shift', () => {
    const staffed = party(['Karim Benali']);
    expect(moveQuestion(staffed, updateBody(staffed, { ...draftOf(staffed), label: 'Bal' })!)).toBeNull();
    const empty = party();
    expect(moveQuestion(empty, updateBody(empty, { ...draftOf(empty), startTime: '19:00' })!)).toBeNull();
  });

  it('names who will be told before a deletion, and says when no one is on it', () => {
    expect(deleteQuestion(party(['Julien Lefebvre'])).message).toBe(
      'Le créneau du 21/06/2026 18:00–01:00 sera supprimé. 1 agent est affecté à ce créneau ' +
        '(Julien Lefebvre) : confirmez la suppression ; il en sera prévenu dans « Mon planning ».',
    );
    expect(deleteQuestion(party())).toEqual({
      title: 'Supprimer « Fête de la Musique » ?',
      message: 'Le créneau du 21/06/2026 18:00–01:00 sera supprimé. Personne n’y est affecté.',
      confirm: 'Supprimer',
    });
  });
});
