import { IncidentFiltersDto, IncidentStatus } from '@vigie/shared';

import { byWordsAlone } from './incidents.repository';

/** Which searches take their page from the search table (words, a period, a page: nothing else). */
describe('byWordsAlone', () => {
  const filters = (values: Record<string, unknown>): IncidentFiltersDto =>
    Object.assign(new IncidentFiltersDto(), values);

  it('takes words with a period and a page', () => {
    expect(byWordsAlone(filters({ q: 'tapage' }))).toBe(true);
    expect(
      byWordsAlone(filters({ q: 'tapage', from: '2026-01-01', to: '2026-06-30', cursor: 'x', limit: 20 })),
    ).toBe(true);
    // An empty filter is no filter, as filterClauses reads it.
    expect(byWordsAlone(filters({ q: 'tapage', category: '', quartier: undefined }))).toBe(true);
  });

  it('leaves words with any other filter, no words, and a filter it does not know to the general way', () => {
    expect(byWordsAlone(filters({ q: 'tapage', quartier: 'BOURG' }))).toBe(false);
    expect(byWordsAlone(filters({ q: 'tapage', status: IncidentStatus.OPEN }))).toBe(false);
    expect(byWordsAlone(filters({ q: 'tapage', agentId: '3f1c2a4e-8b0d-4c6e-9a7f-2d5b1e0c9f83' }))).toBe(
      false,
    );
    expect(byWordsAlone(filters({ q: 'tapage', category: 'TRAFFIC' }))).toBe(false);
    expect(byWordsAlone(filters({ q: 'tapage', cameraId: 'c-1' }))).toBe(false);
    expect(byWordsAlone(filters({ q: '   ', from: '2026-01-01' }))).toBe(false);
    expect(byWordsAlone(filters({}))).toBe(false);
  });
});
