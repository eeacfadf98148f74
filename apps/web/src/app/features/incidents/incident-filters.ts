import {
  CATEGORY_CODES,
  CATEGORY_GROUP_CODES,
  INCIDENT_LIMITS,
  IncidentStatus,
  isIsoDate,
} from '@vigie/shared';

/** The filters of the « Main courante » list; an empty string is no filter. */
export interface IncidentFilters {
  /** `YYYY-MM-DD`, occurred on or after. */
  from: string;
  /** `YYYY-MM-DD`, occurred on or before. */
  to: string;
  /** A group (`PUBLIC_PEACE`) or a leaf (`PUBLIC_PEACE.NOISE`). */
  category: string;
  /** A quartier's code (one of the service's, retired ones included). */
  quartier: string;
  status: IncidentStatus | '';
  agentId: string;
  /** French full text. */
  q: string;
}

export const NO_FILTERS: IncidentFilters = {
  from: '',
  to: '',
  category: '',
  quartier: '',
  status: '',
  agentId: '',
  q: '',
};

/** The address bar speaks French: `/main-courante?du=2026-06-01&statut=OPEN&q=tag`. */
const QUERY_KEYS: Record<keyof IncidentFilters, string> = {
  from: 'du',
  to: 'au',
  category: 'categorie',
  quartier: 'quartier',
  status: 'statut',
  agentId: 'agent',
  q: 'q',
};

const FIELDS = Object.keys(QUERY_KEYS) as (keyof IncidentFilters)[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CATEGORIES = new Set([...CATEGORY_GROUP_CODES, ...CATEGORY_CODES]);
const STATUSES = new Set<string>(Object.values(IncidentStatus));

/**
 * The filters of a URL query. A value the API would refuse (a mistyped date, an unknown category)
 * is dropped rather than sent: an old or hand-edited link still opens the list. A quartier is
 * kept only if it is one of the service's `quartiers` (retired ones included: their entries
 * stay filed under them); another service's quartier, from a link it shared, is dropped.
 */
export function filtersFromQuery(
  query: Record<string, string | null | undefined>,
  quartiers: ReadonlySet<string>,
): IncidentFilters {
  const read = (field: keyof IncidentFilters): string => (query[QUERY_KEYS[field]] ?? '').trim();
  const from = read('from');
  const to = read('to');
  const category = read('category');
  const quartier = read('quartier');
  const status = read('status');
  const agentId = read('agentId');
  return {
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    category: CATEGORIES.has(category) ? category : '',
    quartier: quartiers.has(quartier) ? quartier : '',
    status: STATUSES.has(status) ? (status as IncidentStatus) : '',
    agentId: UUID.test(agentId) ? agentId : '',
    q: (query[QUERY_KEYS.q] ?? '').slice(0, INCIDENT_LIMITS.search.max),
  };
}

/** The URL query of the filters: only those set, so that a link stays short. */
export function filtersToQuery(filters: IncidentFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = field === 'q' ? filters.q.trim() : filters[field];
    if (value) query[QUERY_KEYS[field]] = value;
  }
  return query;
}

/** The query of `GET /api/incidents` (and of the CSV export): the API's own names. */
export function filtersToApiParams(filters: IncidentFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = field === 'q' ? filters.q.trim() : filters[field];
    if (value) params[field] = value;
  }
  return params;
}

/** How many filters besides the search box are set (the badge of the « Filtres » button). */
export function activeFilterCount(filters: IncidentFilters): number {
  return FIELDS.filter((field) => field !== 'q' && filters[field] !== '').length;
}

export function hasFilters(filters: IncidentFilters): boolean {
  return activeFilterCount(filters) > 0 || filters.q.trim() !== '';
}

export function sameFilters(a: IncidentFilters, b: IncidentFilters): boolean {
  return FIELDS.every((field) => (field === 'q' ? a.q.trim() === b.q.trim() : a[field] === b[field]));
}
