import { formatInstantFr, IncidentActionKind, IncidentStatus } from '@vigie/shared';

import { actionText, longDateTime, transitionLabel } from './incident-words';

describe('the words of the main courante', () => {
  it('writes times in Paris whatever the zone of the device', () => {
    expect(formatInstantFr('2026-06-13T20:15:00.000Z')).toBe('13/06/2026 22:15');
    expect(formatInstantFr('2026-12-31T23:30:00.000Z')).toBe('01/01/2027 00:30');
    expect(longDateTime('2026-06-13T20:15:00.000Z')).toBe('samedi 13 juin 2026 à 22:15');
  });

  it('names a status change by what it does, reopening a closed entry included', () => {
    expect(transitionLabel(IncidentStatus.OPEN, IncidentStatus.IN_PROGRESS)).toBe('Passer en cours');
    expect(transitionLabel(IncidentStatus.CLOSED, IncidentStatus.IN_PROGRESS)).toBe('Rouvrir');
    expect(transitionLabel(IncidentStatus.OPEN, IncidentStatus.TRANSFERRED)).toBe('Transmettre');
  });

  it('says what was done, with the NATINF code of a fine', () => {
    expect(actionText({ kind: IncidentActionKind.FINE, natinf: '35008', note: null })).toBe(
      'Verbalisation (NATINF 35008)',
    );
    expect(actionText({ kind: IncidentActionKind.HANDED_TO_OPJ, natinf: null, note: 'OPJ de Lomme' })).toBe(
      'Personne remise à un OPJ — OPJ de Lomme',
    );
  });
});
