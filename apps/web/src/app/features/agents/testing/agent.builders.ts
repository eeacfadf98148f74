import { type AgentResponse, AgentStatus, Grade, StaffCategory } from '@vigie/shared';
import { SecondmentDirection, type SecondmentResponse } from '@vigie/shared';

import { LOMME, POOLED } from '../../../testing/user.builders';

/** Test data of the agents' specs: a record, and a secondment of it. */

/** Lucie Wallart of Lomme, as her own service reads her record. */
export function agentRecord(overrides: Partial<AgentResponse> = {}): AgentResponse {
  return {
    id: 'a-wallart',
    matricule: 'PM-0167',
    lastName: 'Wallart',
    firstName: 'Lucie',
    grade: Grade.GARDIEN_BRIGADIER,
    category: StaffCategory.POLICE,
    status: AgentStatus.ACTIVE,
    brigade: 'Jour B',
    hireDate: '2021-09-01',
    departureDate: null,
    contractRatio: 1,
    qualifications: [],
    phone: null,
    email: null,
    version: 3,
    shootingSessions: [],
    continuingTraining: null,
    trainings: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** Lomme lends her to the pooled service for two years, a fifth of her time. */
export function secondmentOf(overrides: Partial<SecondmentResponse> = {}): SecondmentResponse {
  return {
    id: '5d000000-0000-4000-8000-000000000001',
    agent: {
      id: 'a-wallart',
      matricule: 'PM-0167',
      firstName: 'Lucie',
      lastName: 'Wallart',
      grade: Grade.GARDIEN_BRIGADIER,
    },
    homeService: { id: LOMME.id, name: LOMME.name },
    hostService: { id: POOLED.id, name: POOLED.name },
    direction: SecondmentDirection.OUTGOING,
    from: '2026-01-01',
    to: '2027-12-31',
    sharePercent: 20,
    convention: 'Convention de mise en commun d’agents de police municipale du 02/01/2026',
    // 00:30 on 03/01 in Paris, still the 2nd in UTC: the day shown is Paris's.
    createdAt: '2026-01-02T23:30:00.000Z',
    createdBy: 'Sophie Delattre',
    ...overrides,
  };
}
