import { IncidentStatus, LommeQuartier } from '@vigie/shared';

import {
  activeFilterCount,
  filtersFromQuery,
  filtersToApiParams,
  filtersToQuery,
  type IncidentFilters,
  NO_FILTERS,
} from './incident-filters';

const AGENT = '11111111-1111-4111-8111-111111111111';
/** The codes of Lomme's quartiers, the retired ones among them (the service still has them). */
const LOMME = new Set<string>(Object.values(LommeQuartier));
/** The pooled service's communes. */
const POOLED = new Set(['LOMPRET', 'PREMESQUES', 'VERLINGHEM']);

describe('the filters of the main courante in the address bar', () => {
  it('reads a shared link back into the filters it was made from', () => {
    const filters: IncidentFilters = {
      from: '2026-06-01',
      to: '2026-06-30',
      category: 'PUBLIC_PEACE',
      quartier: LommeQuartier.MONT_A_CAMP,
      status: IncidentStatus.IN_PROGRESS,
      agentId: AGENT,
      q: 'tapage nocturne',
    };
    const query = filtersToQuery(filters);
    expect(query).toEqual({
      du: '2026-06-01',
      au: '2026-06-30',
      categorie: 'PUBLIC_PEACE',
      quartier: 'MONT_A_CAMP',
      statut: 'IN_PROGRESS',
      agent: AGENT,
      q: 'tapage nocturne',
    });
    expect(filtersFromQuery(query, LOMME)).toEqual(filters);
  });

  it('keeps a link short: only the filters that are set, the search trimmed', () => {
    expect(filtersToQuery({ ...NO_FILTERS, status: IncidentStatus.OPEN, q: '  tag ' })).toEqual({
      statut: 'OPEN',
      q: 'tag',
    });
    expect(filtersToQuery(NO_FILTERS)).toEqual({});
  });

  it('drops what the API would refuse from an old or hand-edited link, and keeps the rest', () => {
    expect(
      filtersFromQuery(
        {
          du: '2026-02-30',
          au: '15/06/2026',
          categorie: 'ALIENS.ABDUCTION',
          quartier: 'VAUBAN',
          statut: 'ARCHIVED',
          agent: 'julien',
          q: 'rodéo',
        },
        LOMME,
      ),
    ).toEqual({ ...NO_FILTERS, q: 'rodéo' });
    expect(filtersFromQuery({ categorie: 'TRAFFIC.PARKING' }, LOMME).category).toBe('TRAFFIC.PARKING');
    expect(filtersFromQuery({ q: 'x'.repeat(300) }, LOMME).q).toHaveLength(200);
  });

  it('keeps a quartier only if it is one of the service’s, retired ones included', () => {
    // Lomme's Bourg, even retired, still finds the entries filed under it.
    expect(filtersFromQuery({ quartier: 'BOURG' }, LOMME).quartier).toBe('BOURG');
    // Lomme's link opened in the pooled service: its quartier means nothing there.
    expect(filtersFromQuery({ quartier: 'BOURG' }, POOLED).quartier).toBe('');
    expect(filtersFromQuery({ quartier: 'VERLINGHEM' }, POOLED).quartier).toBe('VERLINGHEM');
    expect(filtersFromQuery({ quartier: 'VERLINGHEM' }, new Set())).toEqual(NO_FILTERS);
  });

  it('asks the API with its own names, the search trimmed and no empty parameter', () => {
    expect(
      filtersToApiParams({
        ...NO_FILTERS,
        from: '2026-06-01',
        quartier: LommeQuartier.BOURG,
        q: ' dégradations ',
      }),
    ).toEqual({ from: '2026-06-01', quartier: 'BOURG', q: 'dégradations' });
    expect(filtersToApiParams({ ...NO_FILTERS, q: '   ' })).toEqual({});
  });

  it('counts the filters set besides the search box, for the badge of « Filtres »', () => {
    expect(activeFilterCount({ ...NO_FILTERS, q: 'tag' })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, from: '2026-06-01', status: IncidentStatus.OPEN })).toBe(2);
  });
});
