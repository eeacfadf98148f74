import { CameraRefResponse, CameraResponse, FootageRequestResponse, footageUrgency } from '@vigie/shared';

import { Camera } from './camera.entity';
import { CameraStatusChange } from './camera-status-change.entity';
import { FootageRequest } from './footage-request.entity';
import { FootageRequestEvent } from './footage-request-event.entity';
import { toStatusHistoryResponse } from './status-history';

export function toCameraResponse(camera: Camera, history: CameraStatusChange[]): CameraResponse {
  return {
    id: camera.id,
    code: camera.code,
    kind: camera.kind,
    label: camera.label,
    quartier: camera.quartier,
    lat: camera.lat,
    lng: camera.lng,
    status: camera.status,
    plannedYear: camera.plannedYear,
    installedOn: camera.installedOn,
    connectedToCsu: camera.connectedToCsu,
    version: camera.version,
    updatedAt: camera.updatedAt.toISOString(),
    history: history.map(toStatusHistoryResponse),
  };
}

export function toCameraRef(camera: Camera): CameraRefResponse {
  return { id: camera.id, code: camera.code, label: camera.label, quartier: camera.quartier };
}

export interface FootageContext {
  cameras: Map<string, Camera>;
  incidents: Map<string, string>;
  operators: Map<string, string>;
  events: Map<string, FootageRequestEvent[]>;
  now: Date;
}

export function toFootageResponse(request: FootageRequest, context: FootageContext): FootageRequestResponse {
  const camera = context.cameras.get(request.cameraId)!;
  return {
    id: request.id,
    camera: toCameraRef(camera),
    from: request.windowStart.toISOString(),
    to: request.windowEnd.toISOString(),
    authority: request.authority,
    reason: request.reason,
    reference: request.reference,
    incident: request.incidentId
      ? { id: request.incidentId, number: context.incidents.get(request.incidentId) ?? '—' }
      : null,
    status: request.status,
    overwriteAt: request.overwriteAt.toISOString(),
    urgency: footageUrgency(request.status, request.overwriteAt, context.now),
    requestedAt: request.requestedAt.toISOString(),
    requestedBy: request.requestedBy,
    extractedAt: request.extractedAt?.toISOString() ?? null,
    operator: request.operatorAgentId
      ? { agentId: request.operatorAgentId, name: context.operators.get(request.operatorAgentId) ?? '—' }
      : null,
    deliveredAt: request.deliveredAt?.toISOString() ?? null,
    recipient: request.recipient,
    version: request.version,
    events: (context.events.get(request.id) ?? []).map(toStatusHistoryResponse),
  };
}
