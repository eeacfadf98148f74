import { formatInstantFr, IncidentActionKind, LOMME_TERRITORY, LommeQuartier } from '@vigie/shared';

import { instantOfDateTimeField } from '../../shared/time/date-time-field';
import {
  acceptedPosition,
  type EntryFormValue,
  formErrorsOf,
  geolocationMessage,
  OCCURRED_AT_MESSAGES,
  occurredAtError,
  proposedQuartier,
  toCreateDto,
} from './entry-form.rules';

const NOW = new Date('2026-06-15T07:30:00Z'); // 09:30 in Paris

describe('the time of the facts', () => {
  it('starts at now, written as Paris reads it', () => {
    expect(formatInstantFr(NOW)).toBe('15/06/2026 09:30');
    expect(formatInstantFr(new Date('2026-01-15T21:30:00Z'))).toBe('15/01/2026 22:30');
  });

  it('is sent with the Paris offset of that day (summer and winter)', () => {
    expect(instantOfDateTimeField('15/06/2026 09:30')).toBe('2026-06-15T09:30:00+02:00');
    expect(instantOfDateTimeField('15/01/2026 22:30')).toBe('2026-01-15T22:30:00+01:00');
  });

  it('is typed day first in 24 hours, whatever the language of the browser', () => {
    expect(instantOfDateTimeField('04/12/2026 16:55')).toBe('2026-12-04T16:55:00+01:00');
    expect(instantOfDateTimeField('2026-06-15T09:30')).toBeNull();
    expect(instantOfDateTimeField('12/31/2026 10:00')).toBeNull();
    expect(instantOfDateTimeField('6/15/2026 9:30 AM')).toBeNull();
  });

  it('may not be in the future, a phone a few minutes fast excepted', () => {
    expect(occurredAtError('15/06/2026 09:30', NOW, false)).toBeNull();
    expect(occurredAtError('15/06/2026 09:34', NOW, false)).toBeNull();
    expect(occurredAtError('15/06/2026 09:40', NOW, false)).toBe('future');
  });

  it('goes back more than 30 days for supervisors only', () => {
    expect(occurredAtError('17/05/2026 09:00', NOW, false)).toBeNull();
    expect(occurredAtError('15/05/2026 09:00', NOW, false)).toBe('tooOld');
    expect(occurredAtError('15/05/2026 09:00', NOW, true)).toBeNull();
  });

  it('is required and must be readable', () => {
    expect(occurredAtError('', NOW, false)).toBe('required');
    expect(occurredAtError('hier soir', NOW, false)).toBe('invalid');
    expect(occurredAtError('06/15/2026 09:30', NOW, false)).toBe('invalid');
    expect(OCCURRED_AT_MESSAGES.invalid).toBe(
      'Date ou heure illisible : écrivez-la jour d’abord, au format jj/mm/aaaa hh:mm (par exemple 04/12/2026 16:55).',
    );
  });
});

describe('the body of a new entry', () => {
  const value: EntryFormValue = {
    occurredAt: '15/06/2026 09:30',
    category: 'TRAFFIC.PARKING',
    address: '  12 rue du Bourg ',
    quartier: LommeQuartier.BOURG,
    position: null,
    summary: ' Stationnement gênant devant l’école ',
    description: '',
    agentIds: ['a-1'],
    cameraIds: [],
    actions: [],
    natinf: '',
  };

  it('is trimmed and leaves out what was not given', () => {
    expect(toCreateDto(value)).toEqual({
      occurredAt: '2026-06-15T09:30:00+02:00',
      category: 'TRAFFIC.PARKING',
      location: { address: '12 rue du Bourg', quartier: 'BOURG' },
      summary: 'Stationnement gênant devant l’école',
      description: '',
      agentIds: ['a-1'],
    });
  });

  it('carries the position, the cameras and the NATINF code of a fine', () => {
    const dto = toCreateDto({
      ...value,
      position: { lat: 50.6447, lng: 2.9871, accuracy: 12 },
      cameraIds: ['c-1'],
      actions: [IncidentActionKind.VERBAL_WARNING, IncidentActionKind.FINE],
      natinf: ' 35008 ',
    });
    expect(dto.location).toEqual({
      address: '12 rue du Bourg',
      quartier: 'BOURG',
      lat: 50.6447,
      lng: 2.9871,
    });
    expect(dto.cameraIds).toEqual(['c-1']);
    expect(dto.actions).toEqual([{ kind: 'VERBAL_WARNING' }, { kind: 'FINE', natinf: '35008' }]);
  });
});

describe('the API’s objections, next to the fields', () => {
  it('are put under the field they concern, as sentences', () => {
    expect(
      formErrorsOf([
        { field: 'occurredAt', message: 'ne peut pas être dans le futur' },
        { field: 'location.address', message: 'doit contenir au moins 3 caractère(s)' },
        { field: 'location', message: 'coordonnées hors de la commune de Lomme' },
        { field: 'actions.1.natinf', message: 'code NATINF de 1 à 5 chiffres' },
        { field: 'agentIds', message: 'doit comprendre l’auteur de la main courante' },
      ]),
    ).toEqual({
      occurredAt: 'Ne peut pas être dans le futur.',
      address: 'Doit contenir au moins 3 caractère(s).',
      position: 'Coordonnées hors de la commune de Lomme.',
      natinf: 'Code NATINF de 1 à 5 chiffres.',
      agentIds: 'Doit comprendre l’auteur de la main courante.',
    });
  });
});

describe('the position from the phone', () => {
  it('is kept inside the service’s area (Lomme’s here), rounded, and refused elsewhere', () => {
    const area = LOMME_TERRITORY.area;
    expect(acceptedPosition(50.64471234, 2.98712345, 8.4, area)).toEqual({
      lat: 50.644712,
      lng: 2.987123,
      accuracy: 8,
    });
    expect(acceptedPosition(48.8566, 2.3522, 10, area)).toBeNull();
  });

  it('is kept wherever it is while the service’s area is unknown', () => {
    expect(acceptedPosition(48.8566, 2.3522, 10, null)).toEqual({ lat: 48.8566, lng: 2.3522, accuracy: 10 });
  });

  it('explains a refusal without blocking the entry', () => {
    expect(geolocationMessage(1)).toBe(
      'Localisation refusée : l’adresse suffit, la position est facultative.',
    );
    expect(geolocationMessage(3)).toContain('à temps');
    expect(geolocationMessage(2)).toContain('Position indisponible');
  });
});

describe('the quartier proposed by the position', () => {
  // Places of the demo's cameras: the town hall (Bourg), Canteleu's park.
  const bourg = { lat: 50.6455, lng: 2.9925, accuracy: 12 };
  const canteleu = { lat: 50.636, lng: 3.02, accuracy: 30 };
  const lomme = LOMME_TERRITORY.quartiers;

  it('fills an empty field with the service’s quartier whose outline holds the position', () => {
    expect(proposedQuartier(bourg, '', null, lomme)).toBe(LommeQuartier.BOURG);
    expect(proposedQuartier(canteleu, '', null, lomme)).toBe(LommeQuartier.CANTELEU);
  });

  it('follows a new position while the field holds what it proposed, never the agent’s own choice', () => {
    expect(proposedQuartier(canteleu, LommeQuartier.BOURG, LommeQuartier.BOURG, lomme)).toBe(
      LommeQuartier.CANTELEU,
    );
    expect(proposedQuartier(canteleu, LommeQuartier.MARAIS, LommeQuartier.BOURG, lomme)).toBeNull();
    expect(proposedQuartier(canteleu, LommeQuartier.MARAIS, null, lomme)).toBeNull();
  });

  it('proposes nothing without a position or outside the outlines', () => {
    expect(proposedQuartier(null, '', null, lomme)).toBeNull();
    expect(proposedQuartier({ lat: 50.7, lng: 3.1, accuracy: null }, '', null, lomme)).toBeNull();
  });

  it('proposes nothing for a service whose quartiers have no outline (a pooled one’s communes)', () => {
    const communes = [
      { code: 'LOMPRET', outline: null },
      { code: 'VERLINGHEM', outline: null },
    ];
    expect(proposedQuartier(bourg, '', null, communes)).toBeNull();
  });
});
