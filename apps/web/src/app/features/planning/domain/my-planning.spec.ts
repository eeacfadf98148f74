import { AbsenceStatus } from '@vigie/shared';

import { absenceOf, agentOf, shiftOf } from '../testing/planning.builders';
import { groupByDay, sortRequests, unreadCount } from './my-planning';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const TODAY = '2026-11-25';

describe('« Mon planning »', () => {
  it('lists the coming days with their shifts, a night under the evening it starts', () => {
    const days = groupByDay(
      [
        shiftOf('s-2', 'MATIN', '2026-11-30T05:00:00.000Z', '2026-11-30T13:00:00.000Z'),
        shiftOf('s-1', 'NUIT', '2026-11-25T20:00:00.000Z', '2026-11-26T04:00:00.000Z'),
        shiftOf('s-3', 'APREM', '2026-11-30T12:00:00.000Z', '2026-11-30T20:00:00.000Z'),
      ],
      [],
      TODAY,
      '2026-12-22',
      TODAY,
    );
    expect(
      days.map((day) => [day.label, day.relative, day.items.map((item) => `${item.title} ${item.times}`)]),
    ).toEqual([
      ['Mercredi 25 novembre', 'Aujourd’hui', ['Patrouille de nuit 21:00–05:00']],
      ['Lundi 30 novembre', null, ['Patrouille du matin 06:00–14:00', 'Patrouille d’après-midi 13:00–21:00']],
    ]);
  });

  it('reads the days in Paris, across the change of time', () => {
    // Saturday 28 March 2026, 23:30 CET; Sunday 29 March, 23:30 CEST (UTC+2).
    const days = groupByDay(
      [
        shiftOf('s-sat', 'NUIT', '2026-03-28T22:30:00.000Z', '2026-03-29T05:00:00.000Z'),
        shiftOf('s-sun', 'NUIT', '2026-03-29T21:30:00.000Z', '2026-03-30T04:00:00.000Z'),
      ],
      [],
      '2026-03-27',
      '2026-03-31',
      '2026-03-27',
    );
    expect(days.map((day) => [day.date, day.items[0].times])).toEqual([
      ['2026-03-28', '23:30–07:00'],
      ['2026-03-29', '23:30–06:00'],
    ]);
    expect(days[0].relative).toBe('Demain');
  });

  it('shows an approved absence on each of its days, tomorrow named', () => {
    const days = groupByDay(
      [],
      [
        absenceOf('ab-1', JULIEN, '2026-11-25T23:00:00.000Z', '2026-11-27T23:00:00.000Z'),
        absenceOf('ab-2', JULIEN, '2026-12-01T23:00:00.000Z', '2026-12-02T23:00:00.000Z', {
          status: AbsenceStatus.REQUESTED,
        }),
      ],
      TODAY,
      '2026-12-22',
      TODAY,
    );
    expect(days.map((day) => [day.label, day.relative, day.items.map((item) => item.title)])).toEqual([
      ['Jeudi 26 novembre', 'Demain', ['Congé annuel']],
      ['Vendredi 27 novembre', null, ['Congé annuel']],
    ]);
  });

  it('puts pending requests first, then coming absences, then past ones', () => {
    const past = absenceOf('past', JULIEN, '2026-11-02T23:00:00.000Z', '2026-11-03T23:00:00.000Z');
    const coming = absenceOf('coming', JULIEN, '2026-12-20T23:00:00.000Z', '2026-12-21T23:00:00.000Z');
    const pending = absenceOf('pending', JULIEN, '2027-01-10T23:00:00.000Z', '2027-01-11T23:00:00.000Z', {
      status: AbsenceStatus.REQUESTED,
    });
    expect(sortRequests([past, coming, pending], TODAY).map((a) => a.id)).toEqual([
      'pending',
      'coming',
      'past',
    ]);
  });

  it('counts the unread changes', () => {
    const change = {
      id: '1',
      at: '2026-11-25T10:00:00.000Z',
      action: 'ASSIGNED',
      summary: 'Ajouté',
      by: 'chef',
    };
    expect(
      unreadCount([
        { ...change, read: false },
        { ...change, id: '2', read: true },
      ]),
    ).toBe(1);
  });
});
