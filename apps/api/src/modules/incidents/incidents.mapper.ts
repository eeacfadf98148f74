import {
  CameraRefResponse,
  categoryLabel,
  ERASED_ENTRY_LABEL,
  FootageRequestResponse,
  IncidentActionKind,
  IncidentResponse,
  IncidentSummaryResponse,
  PhotoResponse,
} from '@vigie/shared';

import { Incident } from './incident.entity';
import { IncidentAmendment } from './incident-amendment.entity';
import { IncidentStatusChange } from './incident-status-change.entity';

/**
 * A line of the list, read in one statement: the columns it shows (not the description), the
 * names of the agents present (in the order of `agentIds`; null for an unknown id) and the
 * number of complements.
 */
export const SUMMARY_SELECT = [
  'i.id AS id',
  'i.number AS number',
  'i.occurred_at AS "occurredAt"',
  'i.recorded_at AS "recordedAt"',
  'i.category AS category',
  'i.quartier AS quartier',
  'i.address AS address',
  'i.lat AS lat',
  'i.lng AS lng',
  'i.summary AS summary',
  'i.status AS status',
  'i.erased_at AS "erasedAt"',
  'i.agent_ids AS "agentIds"',
  `ARRAY(SELECT a.first_name || ' ' || a.last_name FROM unnest(i.agent_ids) WITH ORDINALITY AS p(id, n)
     LEFT JOIN agent a ON a.id = p.id ORDER BY p.n) AS "agentNames"`,
  '(SELECT count(*)::int FROM incident_amendment m WHERE m.incident_id = i.id) AS "amendmentCount"',
].join(', ');

export type IncidentSummaryRow = Pick<
  Incident,
  | 'id'
  | 'number'
  | 'occurredAt'
  | 'recordedAt'
  | 'category'
  | 'quartier'
  | 'address'
  | 'lat'
  | 'lng'
  | 'summary'
  | 'status'
  | 'agentIds'
  | 'erasedAt'
>;

export interface IncidentListRow extends IncidentSummaryRow {
  agentNames: (string | null)[];
  amendmentCount: number;
}

export function toIncidentLine(row: IncidentListRow): IncidentSummaryResponse {
  const names = new Map(row.agentIds.map((id, index) => [id, row.agentNames[index] ?? '—']));
  return toIncidentSummary(row, names, row.amendmentCount);
}

export function toIncidentSummary(
  incident: IncidentSummaryRow,
  agents: Map<string, string>,
  amendmentCount: number,
): IncidentSummaryResponse {
  return {
    id: incident.id,
    number: incident.number,
    occurredAt: incident.occurredAt.toISOString(),
    recordedAt: incident.recordedAt.toISOString(),
    category: incident.category,
    categoryLabel: categoryLabel(incident.category),
    location: {
      address: incident.address,
      quartier: incident.quartier,
      lat: incident.lat,
      lng: incident.lng,
    },
    // An erased entry says so in the place of its summary (lists, exports, its page).
    summary: incident.erasedAt ? ERASED_ENTRY_LABEL : incident.summary,
    status: incident.status,
    agents: incident.agentIds.map((id) => ({ id, name: agents.get(id) ?? '—' })),
    amendmentCount,
    erasedAt: incident.erasedAt?.toISOString() ?? null,
  };
}

/** `users`: display names by user id, for the authors. */
export function toIncidentResponse(
  incident: Incident,
  agents: Map<string, string>,
  amendments: IncidentAmendment[],
  history: IncidentStatusChange[],
  users: Map<string, string>,
  cameras: CameraRefResponse[] = [],
  footageRequests: FootageRequestResponse[] = [],
  photos = new Map<string, PhotoResponse[]>(),
): IncidentResponse {
  const nameOf = (id: string | null): string | null => (id ? (users.get(id) ?? null) : null);
  return {
    ...toIncidentSummary(incident, agents, amendments.length),
    description: incident.description,
    actions: incident.actions.map((action) => ({
      kind: action.kind as IncidentActionKind,
      natinf: action.natinf,
      note: action.note,
    })),
    cameraIds: incident.cameraIds,
    cameras,
    footageRequests,
    author: incident.authorLogin,
    authorName: nameOf(incident.authorId),
    // An erased entry's photos are gone with its content (their hashes stay in the chain).
    photos: incident.erasedAt ? [] : (photos.get(incident.id) ?? []),
    amendments: amendments.map((amendment) => ({
      id: amendment.id,
      text: amendment.text,
      author: amendment.authorLogin,
      authorName: nameOf(amendment.authorId),
      createdAt: amendment.createdAt.toISOString(),
      photos: photos.get(amendment.id) ?? [],
    })),
    statusHistory: history.map((change) => ({
      id: change.id,
      from: change.fromStatus,
      to: change.toStatus,
      note: change.note,
      author: change.authorLogin,
      authorName: nameOf(change.authorId),
      createdAt: change.createdAt.toISOString(),
    })),
  };
}
