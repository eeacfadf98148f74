import { shiftOf } from '../../planning/testing/planning.builders';
import { workedOf } from '../testing/time-accounts.builders';
import { draftHours, draftOf, workedBody, workedOpen, workedRows } from './worked';

// Saturday 05/12/2026, 07:00–15:00 in Paris.
const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-05T06:00:00.000Z', '2026-12-05T14:00:00.000Z', {
  assignments: [
    { agentId: 'a-julien', agentName: 'Julien Lefebvre' },
    { agentId: 'a-yasmine', agentName: 'Yasmine Haddad' },
  ],
});
// Saturday 05/12/2026, 21:00 → Sunday 05:00.
const NIGHT = shiftOf('s-night', 'NUIT', '2026-12-05T20:00:00.000Z', '2026-12-06T04:00:00.000Z');

describe('the worked hours of a shift', () => {
  it('open once the shift’s day has begun, not before', () => {
    expect(workedOpen(MORNING, '2026-12-05')).toBe(true);
    expect(workedOpen(MORNING, '2026-12-06')).toBe(true);
    expect(workedOpen(MORNING, '2026-12-04')).toBe(false);
  });

  it('list the agents on the shift with what was recorded, then those recalled onto it', () => {
    const recall = workedOf({
      id: 'w-2',
      agentId: 'a-karim',
      agentName: 'Karim Benali',
      plannedStartsAt: null,
      plannedEndsAt: null,
    });
    const rows = workedRows(MORNING, [recall, workedOf()]);
    expect(rows.map((row) => [row.name, row.planned !== null, row.worked?.id ?? null])).toEqual([
      ['Julien Lefebvre', true, 'w-1'],
      ['Yasmine Haddad', true, null],
      ['Karim Benali', false, 'w-2'],
    ]);
  });

  it('start the form from the roster’s times, or from what was recorded', () => {
    expect(draftOf(MORNING, null)).toEqual({
      startTime: '07:00',
      endTime: '15:00',
      reason: '',
      compensation: 'PAYMENT',
    });
    expect(draftOf(MORNING, workedOf({ compensation: 'REST' }))).toEqual({
      startTime: '07:00',
      endTime: '16:30',
      reason: 'Interpellation en fin de service',
      compensation: 'REST',
    });
  });

  it('send instants with their offset, an end before the start being the next day’s', () => {
    const draft = {
      startTime: '21:00',
      endTime: '06:15',
      reason: '  Renfort de nuit ',
      compensation: 'REST' as const,
    };
    expect(workedBody(NIGHT, draft, 3)).toEqual({
      startsAt: '2026-12-05T21:00:00+01:00',
      endsAt: '2026-12-06T06:15:00+01:00',
      reason: 'Renfort de nuit',
      compensation: 'REST',
      version: 3,
    });
    expect(draftHours(NIGHT, draft)).toBe(9.25);
    expect(workedBody(NIGHT, { ...draft, endTime: '25:00' })).toBeNull();
  });
});
