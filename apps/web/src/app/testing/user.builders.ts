import { type Role, ServiceKind, type ServiceSummary, type UserResponse } from '@vigie/shared';

/** The signed-in users of the specs: a service's member, one of several services, a platform account. */

export const LOMME: ServiceSummary = {
  id: '5e000000-0000-4000-8000-000000000001',
  name: 'Police municipale de Lomme',
  kind: ServiceKind.COMMUNE,
  communes: [{ code: '59355', name: 'Lomme', departement: '59', parentCode: '59350', parentName: 'Lille' }],
};

export const POOLED: ServiceSummary = {
  id: '5e000000-0000-4000-8000-000000000002',
  name: 'Police pluricommunale de Lompret, Prémesques et Verlinghem',
  kind: ServiceKind.POOLED,
  communes: [
    { code: '59356', name: 'Lompret', departement: '59', parentCode: null, parentName: null },
    { code: '59470', name: 'Prémesques', departement: '59', parentCode: null, parentName: null },
    { code: '59611', name: 'Verlinghem', departement: '59', parentCode: null, parentName: null },
  ],
};

/** A member of `service` (Lomme unless said), of it alone unless `services` says otherwise. */
export function serviceUser(roles: Role[], overrides: Partial<UserResponse> = {}): UserResponse {
  const service = overrides.service ?? LOMME;
  return {
    id: 'u-1',
    login: 'chef',
    displayName: 'Sophie Delattre',
    roles,
    agentId: null,
    service,
    services: [service],
    platform: false,
    ...overrides,
  };
}

/** The platform's account: no service, no role. */
export function platformUser(): UserResponse {
  return {
    id: 'u-p',
    login: 'plateforme',
    displayName: 'Équipe plateforme',
    roles: [],
    agentId: null,
    service: null,
    services: [],
    platform: true,
  };
}
