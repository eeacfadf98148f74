import { signal } from '@angular/core';
import {
  can,
  type Capability,
  type IncidentResponse,
  IncidentStatus,
  type IncidentSummaryResponse,
  LommeQuartier,
  type Role,
  type UserResponse,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { serviceUser } from '../../../testing/user.builders';

/** Test data of the main courante specs. */

export const JULIEN_ID = '11111111-1111-4111-8111-111111111111';
export const YASMINE_ID = '22222222-2222-4222-8222-222222222222';
export const KARIM_ID = '33333333-3333-4333-8333-333333333333';

export function userOf(
  roles: Role[],
  agentId: string | null = null,
  displayName = 'Julien Lefebvre',
): UserResponse {
  return serviceUser(roles, { login: 'agent', displayName, agentId });
}

/** The AuthService of a signed-in user, as the pages use it. */
export function authOf(user: UserResponse) {
  return {
    provide: AuthService,
    useValue: { user: signal(user), offline: signal(false), can: (c: Capability) => can(user.roles, c) },
  };
}

export function summaryOf(
  id: string,
  number: string,
  overrides: Partial<IncidentSummaryResponse> = {},
): IncidentSummaryResponse {
  return {
    id,
    number,
    occurredAt: '2026-06-13T20:15:00.000Z',
    recordedAt: '2026-06-13T20:40:00.000Z',
    category: 'PUBLIC_PEACE.NOISE',
    categoryLabel: 'Tranquillité publique › Bruit, tapage',
    location: { address: '12 rue du Bourg', quartier: LommeQuartier.BOURG, lat: null, lng: null },
    summary: 'Tapage nocturne rue du Bourg',
    status: IncidentStatus.OPEN,
    agents: [{ id: JULIEN_ID, name: 'Julien Lefebvre' }],
    amendmentCount: 0,
    erasedAt: null,
    ...overrides,
  };
}

export function incidentOf(overrides: Partial<IncidentResponse> = {}): IncidentResponse {
  return {
    ...summaryOf('inc-1', 'MC-2026-000123'),
    description: 'Musique forte signalée par un voisin.',
    actions: [],
    cameraIds: [],
    cameras: [],
    footageRequests: [],
    author: 'agent',
    authorName: 'Julien Lefebvre',
    photos: [],
    amendments: [],
    statusHistory: [],
    ...overrides,
  };
}

/** A 400 problem+json with field errors, as the API answers invalid input. */
export function invalid(errors: { field: string; message: string }[]) {
  return {
    body: {
      type: 'urn:vigie:problem:validation',
      title: 'Requête invalide',
      status: 400,
      detail: 'Certains champs sont invalides.',
      errors,
    },
    options: { status: 400, statusText: 'Bad Request' },
  };
}

export const settle = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve));
};
