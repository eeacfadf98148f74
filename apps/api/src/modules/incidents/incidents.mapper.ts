import {
  CameraRefResponse,
  categoryLabel,
  FootageRequestResponse,
  IncidentActionKind,
  IncidentResponse,
  IncidentSummaryResponse,
} from '@vigie/shared';

import { Incident } from './incident.entity';
import { IncidentAmendment } from './incident-amendment.entity';
import { IncidentStatusChange } from './incident-status-change.entity';

/** The columns a line of the list needs: the list reads these only (not the description). */
export const SUMMARY_COLUMNS = [
  'id',
  'number',
  'occurredAt',
  'recordedAt',
  'category',
  'quartier',
  'address',
  'lat',
  'lng',
  'summary',
  'status',
  'agentIds',
] as const satisfies readonly (keyof Incident)[];

export type IncidentSummaryRow = Pick<Incident, (typeof SUMMARY_COLUMNS)[number]>;

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
    summary: incident.summary,
    status: incident.status,
    agents: incident.agentIds.map((id) => ({ id, name: agents.get(id) ?? '—' })),
    amendmentCount,
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
    amendments: amendments.map((amendment) => ({
      id: amendment.id,
      text: amendment.text,
      author: amendment.authorLogin,
      authorName: nameOf(amendment.authorId),
      createdAt: amendment.createdAt.toISOString(),
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
