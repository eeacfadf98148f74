import { IncidentStatus } from '@vigie/shared';

import { incidentOf } from './testing/incident.builders';
import { buildTimeline } from './timeline';

describe('the history of an entry', () => {
  it('puts the recording first, then complements and status changes by time, with their authors’ names', () => {
    const incident = incidentOf({
      recordedAt: '2026-06-13T20:40:00.000Z',
      amendments: [
        {
          id: 'am-1',
          text: 'Le voisin a rappelé',
          author: 'agent',
          authorName: 'Julien Lefebvre',
          createdAt: '2026-06-13T21:00:00.000Z',
        },
        {
          id: 'am-2',
          text: 'Retour au calme',
          author: 'superviseur',
          authorName: null,
          createdAt: '2026-06-14T08:00:00.000Z',
        },
      ],
      statusHistory: [
        {
          id: 'st-1',
          from: IncidentStatus.OPEN,
          to: IncidentStatus.IN_PROGRESS,
          note: 'Suivi',
          author: 'superviseur',
          authorName: 'Karim Benali',
          createdAt: '2026-06-13T22:00:00.000Z',
        },
        {
          id: 'st-2',
          from: IncidentStatus.IN_PROGRESS,
          to: IncidentStatus.CLOSED,
          note: 'Réglé',
          author: 'superviseur',
          authorName: 'Karim Benali',
          createdAt: '2026-06-14T09:00:00.000Z',
        },
      ],
    });
    expect(buildTimeline(incident).map((item) => [item.kind, item.id, item.author])).toEqual([
      ['entry', 'inc-1', 'Julien Lefebvre'],
      ['amendment', 'am-1', 'Julien Lefebvre'],
      ['status', 'st-1', 'Karim Benali'],
      ['amendment', 'am-2', 'superviseur'],
      ['status', 'st-2', 'Karim Benali'],
    ]);
  });

  it('keeps the written order of things recorded in the same instant', () => {
    const at = '2026-06-13T21:00:00.000Z';
    const incident = incidentOf({
      recordedAt: at,
      amendments: [
        { id: 'am-1', text: 'Premier', author: 'agent', authorName: null, createdAt: at },
        { id: 'am-2', text: 'Second', author: 'agent', authorName: null, createdAt: at },
      ],
    });
    expect(buildTimeline(incident).map((item) => item.id)).toEqual(['inc-1', 'am-1', 'am-2']);
  });
});
