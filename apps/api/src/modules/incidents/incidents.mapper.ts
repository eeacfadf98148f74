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

export function toIncidentSummary(
  incident: Incident,
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

export function toIncidentResponse(
  incident: Incident,
  agents: Map<string, string>,
  amendments: IncidentAmendment[],
  history: IncidentStatusChange[],
  cameras: CameraRefResponse[] = [],
  footageRequests: FootageRequestResponse[] = [],
): IncidentResponse {
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
    amendments: amendments.map((amendment) => ({
      id: amendment.id,
      text: amendment.text,
      author: amendment.authorLogin,
      createdAt: amendment.createdAt.toISOString(),
    })),
    statusHistory: history.map((change) => ({
      id: change.id,
      from: change.fromStatus,
      to: change.toStatus,
      note: change.note,
      author: change.authorLogin,
      createdAt: change.createdAt.toISOString(),
    })),
  };
}
