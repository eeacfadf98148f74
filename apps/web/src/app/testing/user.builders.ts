import {
  LOMME_TERRITORY,
  type Role,
  ServiceKind,
  type ServiceSummary,
  type TerritoryResponse,
  type UserResponse,
} from '@vigie/shared';

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

/** The pooled service's territory, as the demo opens it: a quartier per commune, no outline, an area box. */
export const POOLED_TERRITORY: TerritoryResponse = {
  quartiers: [
    { code: 'LOMPRET', label: 'Lompret', outline: null, retired: false, version: 1 },
    { code: 'PREMESQUES', label: 'Prémesques', outline: null, retired: false, version: 1 },
    { code: 'VERLINGHEM', label: 'Verlinghem', outline: null, retired: false, version: 1 },
  ],
  area: { south: 50.645, north: 50.7, west: 2.94, east: 3.02 },
};

/** The territory a member of `service` signs in with. */
export function territoryOf(service: ServiceSummary): TerritoryResponse {
  return service.id === POOLED.id ? POOLED_TERRITORY : LOMME_TERRITORY;
}

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
    territory: territoryOf(service),
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
    territory: null,
    platform: true,
  };
}
