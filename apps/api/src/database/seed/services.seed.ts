import {
  AgentStatus,
  Grade,
  LOMME_TERRITORY,
  QualificationKind,
  Role,
  schoolZoneOfCommune,
  ServiceKind,
  type TerritoryResponse,
} from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { inService } from '../../common/tenancy/tenant';
import { Agent } from '../../modules/agents/agent.entity';
import { Qualification } from '../../modules/agents/qualification.entity';
import { Account } from '../../modules/auth/account.entity';
import { User } from '../../modules/auth/user.entity';
import { shippedHolidays, writeSchoolHolidays } from '../../modules/planning/school-calendar.service';
import { SchoolHoliday } from '../../modules/planning/school-holiday.entity';
import { PoliceService } from '../../modules/services/police-service.entity';
import { ServiceQuartier } from '../../modules/services/service-quartier.entity';

/** Dates of the demo are relative to the day it is seeded: `d(-30)` is 30 days ago. */
type Day = (offset: number) => string;

/**
 * The demo's services. Lomme keeps the id the tenancy migration gives the service Vigie served
 * alone before it (1796800000000-ServicesAsTenants), so a demo seeded before it stays Lomme's.
 */
export const DEMO_SERVICES = {
  lomme: {
    id: '00000000-0000-4000-8000-000000059355',
    name: 'Police municipale de Lomme',
    kind: ServiceKind.COMMUNE,
    inseeCodes: ['59355'],
  },
  /** Three small neighbours of Lomme pooling their police (CSI L512-1): a visible second tenant. */
  pooled: {
    id: '00000000-0000-4000-8000-000000059356',
    name: 'Police pluricommunale de Lompret, Prémesques et Verlinghem',
    kind: ServiceKind.POOLED,
    inseeCodes: ['59356', '59470', '59611'],
  },
} as const;

/** The pooled service's quartiers are its three communes; its box holds them (approximate). */
const POOLED_TERRITORY: TerritoryResponse = {
  quartiers: [
    { code: 'LOMPRET', label: 'Lompret', outline: null, retired: false, version: 1 },
    { code: 'PREMESQUES', label: 'Prémesques', outline: null, retired: false, version: 1 },
    { code: 'VERLINGHEM', label: 'Verlinghem', outline: null, retired: false, version: 1 },
  ],
  area: { south: 50.64, north: 50.7, west: 2.925, east: 3.03 },
};

/** Each demo service's territory. */
export const DEMO_TERRITORIES: Record<keyof typeof DEMO_SERVICES, TerritoryResponse> = {
  lomme: LOMME_TERRITORY,
  pooled: POOLED_TERRITORY,
};

/** The platform's demo account: it opens services and reads none. */
export const PLATFORM_LOGIN = 'plateforme';

/** The pooled service's chief, also a chef de brigade at Lomme: one login, two services. */
export const POOLED_CHIEF = { login: 'chef.pluri', displayName: 'Hugo Carpentier' };

/** What the start prints of the demo's accounts beyond Lomme's four. */
export const OTHER_DEMO_ACCOUNTS = [
  {
    login: POOLED_CHIEF.login,
    roles: 'CHIEF',
    what: 'chef de la police pluricommunale (et chef de brigade à Lomme)',
  },
  { login: PLATFORM_LOGIN, roles: 'plateforme', what: 'ouvre les services, ne lit aucune de leurs données' },
];

/**
 * The services and the accounts of `logins`. A demo seeded before the tenancy migration already
 * has Lomme and its accounts (the migration made them): what exists is left as it is.
 */
export async function seedServices(
  manager: EntityManager,
  passwordHash: string,
  logins: string[],
): Promise<void> {
  const services = Object.values(DEMO_SERVICES).map((service) => ({
    ...service,
    inseeCodes: [...service.inseeCodes],
    schoolZone: schoolZoneOfCommune(service.inseeCodes[0]),
  }));
  await manager.createQueryBuilder().insert().into(PoliceService).values(services).orIgnore().execute();
  const accounts = [
    { login: PLATFORM_LOGIN, passwordHash, platform: true },
    // The pooled chief signs in to his own service first (his last one).
    { login: POOLED_CHIEF.login, passwordHash, platform: false, lastServiceId: DEMO_SERVICES.pooled.id },
    ...logins.map((login) => ({ login, passwordHash, platform: false })),
  ];
  await manager.createQueryBuilder().insert().into(Account).values(accounts).orIgnore().execute();
}

/**
 * A demo service's quartiers and box (run in its scope). A demo seeded before the territories
 * already has them (their migration wrote them): what exists is left as it is.
 */
export async function seedTerritory(
  manager: EntityManager,
  serviceId: string,
  territory: TerritoryResponse,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ServiceQuartier)
    .values(
      territory.quartiers.map((quartier, index) => ({
        code: quartier.code,
        label: quartier.label,
        outline: quartier.outline,
        position: index + 1,
        retired: quartier.retired,
      })),
    )
    .orIgnore()
    .execute();
  const { area } = territory;
  if (area) {
    await manager.update(
      PoliceService,
      { id: serviceId },
      { areaSouth: area.south, areaNorth: area.north, areaWest: area.west, areaEast: area.east },
    );
  }
}

/**
 * A demo service's school calendar (run in its scope): the holidays shipped for its zone. A demo
 * seeded before calendars were per service already has them (their migration copied them).
 */
export async function seedSchoolCalendar(manager: EntityManager, serviceId: string): Promise<void> {
  if (await manager.exists(SchoolHoliday)) return;
  const service = await manager.findOneByOrFail(PoliceService, { id: serviceId });
  await writeSchoolHolidays(manager, serviceId, shippedHolidays(service.schoolZone));
}

interface PooledAgent {
  matricule: string;
  lastName: string;
  firstName: string;
  grade: Grade;
  hiredDaysAgo: number;
}

const POOLED_STAFF: PooledAgent[] = [
  {
    matricule: 'PPI-001',
    lastName: 'Carpentier',
    firstName: 'Hugo',
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    hiredDaysAgo: 4200,
  },
  {
    matricule: 'PPI-002',
    lastName: 'Masson',
    firstName: 'Léa',
    grade: Grade.GARDIEN_BRIGADIER,
    hiredDaysAgo: 1500,
  },
  {
    matricule: 'PPI-003',
    lastName: 'Delcourt',
    firstName: 'Yanis',
    grade: Grade.GARDIEN_BRIGADIER,
    hiredDaysAgo: 700,
  },
  { matricule: 'PPI-004', lastName: 'Wattel', firstName: 'Camille', grade: Grade.ASVP, hiredDaysAgo: 1100 },
];

/** The pooled service's own staff and its chief's user (run in its scope). */
export async function seedPooledService(manager: EntityManager, d: Day): Promise<void> {
  let chiefAgent: string | null = null;
  for (const member of POOLED_STAFF) {
    const agent = await manager.save(
      manager.create(Agent, {
        matricule: member.matricule,
        lastName: member.lastName,
        firstName: member.firstName,
        grade: member.grade,
        status: AgentStatus.ACTIVE,
        brigade: null,
        hireDate: d(-member.hiredDaysAgo),
        departureDate: null,
        contractRatio: 1,
        phone: null,
        email: null,
      }),
    );
    chiefAgent ??= agent.id;
    if (member.grade !== Grade.ASVP) {
      await manager.insert(Qualification, {
        agentId: agent.id,
        kind: QualificationKind.FIRST_AID,
        obtainedOn: d(-300),
        expiresOn: d(430),
      });
    }
  }
  await manager.insert(User, {
    login: POOLED_CHIEF.login,
    displayName: POOLED_CHIEF.displayName,
    roles: [Role.CHIEF],
    agentId: chiefAgent,
  });
  // His user at Lomme, where he is a chef de brigade: one login, two services.
  await inService(DEMO_SERVICES.lomme.id, () =>
    manager.insert(User, {
      login: POOLED_CHIEF.login,
      displayName: POOLED_CHIEF.displayName,
      roles: [Role.SUPERVISOR],
    }),
  );
}
