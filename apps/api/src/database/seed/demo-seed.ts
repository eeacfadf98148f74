import { Role, RuleSet } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { inService } from '../../common/tenancy/tenant';
import { Account } from '../../modules/auth/account.entity';
import { PasswordService } from '../../modules/auth/password.service';
import { User } from '../../modules/auth/user.entity';
import { RecruitmentService } from '../../modules/recruitment/recruitment.service';
import { seedArmoury } from './armoury.seed';
import { seedCycles } from './cycles.seed';
import { DemoSeed } from './demo-seed.entity';
import { seedIncidents } from './incidents.seed';
import { seedPlanning } from './planning.seed';
import { seedPooledRoster, seedSecondment } from './secondment.seed';
import {
  DEMO_SERVICES,
  DEMO_TERRITORIES,
  PLATFORM_LOGIN,
  POOLED_CHIEF,
  seedPooledService,
  seedSchoolCalendar,
  seedServices,
  seedTerritory,
} from './services.seed';
import { dayFrom, seedRecruitments, seedStaff, seedTargets } from './staff.seed';
import { seedWorkedTime } from './time.seed';
import { seedVideo } from './video.seed';

/** Hashed as is, past the new-password policy (password-policy.ts), which would refuse it. */
export const DEMO_PASSWORD = 'vigie-demo';

export interface DemoAccount {
  login: string;
  displayName: string;
  roles: Role[];
  what: string;
}

/** The demo accounts of API.md (password `vigie-demo`). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: 'chef', displayName: 'Sophie Delattre', roles: [Role.CHIEF], what: 'cheffe de service' },
  { login: 'superviseur', displayName: 'Karim Benali', roles: [Role.SUPERVISOR], what: 'chef de brigade' },
  { login: 'agent', displayName: 'Julien Lefebvre', roles: [Role.AGENT], what: 'gardien-brigadier' },
  { login: 'rh', displayName: 'Nathalie Vandamme', roles: [Role.HR], what: 'ressources humaines' },
];

export interface SeedContext {
  passwords: PasswordService;
  /** Demo dates are relative to this day (YYYY-MM-DD) and instant. */
  today: string;
  now: Date;
  recruitments: RecruitmentService;
  ruleSet: RuleSet;
}

/** A part of the demo data, written once (its name is kept in `demo_seed`), in one service's scope. */
interface SeedPart {
  name: string;
  /** The service whose rows it writes; none: the global tables (services, accounts). */
  service: string | null;
  run(manager: EntityManager, context: SeedContext): Promise<void>;
}

const LOMME = DEMO_SERVICES.lomme.id;

/** The demo HR officer records the recruitment history. */
async function hrOfficer(manager: EntityManager): Promise<AuthenticatedUser> {
  const hr = await manager.findOneByOrFail(User, { login: 'rh' });
  return {
    id: hr.id,
    login: hr.login,
    displayName: hr.displayName,
    roles: hr.roles,
    agentId: null,
    sessionId: '',
    serviceId: LOMME,
    platform: false,
  };
}

const PARTS: SeedPart[] = [
  {
    name: 'services',
    service: null,
    async run(manager, { passwords }) {
      const passwordHash = await passwords.hash(DEMO_PASSWORD);
      await seedServices(
        manager,
        passwordHash,
        DEMO_ACCOUNTS.map((account) => account.login),
      );
    },
  },
  {
    name: 'territory',
    service: LOMME,
    run: (manager) => seedTerritory(manager, LOMME, DEMO_TERRITORIES.lomme),
  },
  {
    name: 'pooled-territory',
    service: DEMO_SERVICES.pooled.id,
    run: (manager) => seedTerritory(manager, DEMO_SERVICES.pooled.id, DEMO_TERRITORIES.pooled),
  },
  {
    name: 'school-calendar',
    service: LOMME,
    run: (manager) => seedSchoolCalendar(manager, LOMME),
  },
  {
    name: 'pooled-school-calendar',
    service: DEMO_SERVICES.pooled.id,
    run: (manager) => seedSchoolCalendar(manager, DEMO_SERVICES.pooled.id),
  },
  {
    name: 'accounts',
    service: LOMME,
    async run(manager) {
      for (const account of DEMO_ACCOUNTS) {
        await manager.insert(User, {
          login: account.login,
          displayName: account.displayName,
          roles: account.roles,
        });
      }
    },
  },
  { name: 'staff', service: LOMME, run: (manager, { today }) => seedStaff(manager, dayFrom(today)) },
  { name: 'targets', service: LOMME, run: (manager, { today }) => seedTargets(manager, today) },
  {
    name: 'recruitments',
    service: LOMME,
    run: async (manager, { today, recruitments }) =>
      seedRecruitments(manager, recruitments, await hrOfficer(manager), dayFrom(today)),
  },
  {
    // The demo cycle goes with the planning: the list of parts is what a start reports.
    name: 'planning',
    service: LOMME,
    run: async (manager, { today, now, ruleSet }) => {
      await seedPlanning(manager, today, ruleSet);
      await seedCycles(manager, today);
      // The week's worked time goes with its roster (the list of parts is what a start reports).
      await seedWorkedTime(manager, now, ruleSet.timeZone);
    },
  },
  {
    name: 'incidents',
    service: LOMME,
    run: (manager, { now, ruleSet }) => seedIncidents(manager, now, ruleSet.timeZone),
  },
  {
    name: 'video',
    service: LOMME,
    run: (manager, { now, ruleSet }) => seedVideo(manager, now, ruleSet.timeZone),
  },
  { name: 'armoury', service: LOMME, run: (manager, { now, today }) => seedArmoury(manager, now, today) },
  {
    name: 'pooled-service',
    service: DEMO_SERVICES.pooled.id,
    run: (manager, { today }) => seedPooledService(manager, dayFrom(today)),
  },
  { name: 'secondment', service: LOMME, run: (manager, { today }) => seedSecondment(manager, today) },
  {
    name: 'pooled-roster',
    service: DEMO_SERVICES.pooled.id,
    run: (manager, { today, ruleSet }) => seedPooledRoster(manager, today, ruleSet),
  },
];

/** Writes the demo data parts not written yet; returns the names of those it wrote. */
export async function seedDemo(dataSource: DataSource, context: SeedContext): Promise<string[]> {
  const written: string[] = [];
  for (const part of PARTS) {
    const done = await inService(part.service, () =>
      dataSource.transaction(async (manager) => {
        // Two processes starting at once: the primary key makes the second one skip.
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(DemoSeed)
          .values({ name: part.name })
          .orIgnore()
          .returning('name')
          .execute();
        if ((inserted.raw as unknown[]).length === 0) return false;
        await part.run(manager, context);
        return true;
      }),
    );
    if (done) written.push(part.name);
  }
  return written;
}

function memberships(dataSource: DataSource, login: string): Promise<{ disabled: boolean }[]> {
  return dataSource.query('SELECT disabled FROM vigie_memberships($1)', [login]);
}

/** In production, demo accounts with the demo password are a hole: Vigie refuses to start. */
export async function demoAccountsPresent(
  dataSource: DataSource,
  passwords = new PasswordService(),
): Promise<string[]> {
  const logins = [...DEMO_ACCOUNTS.map((account) => account.login), POOLED_CHIEF.login, PLATFORM_LOGIN];
  const accounts = await dataSource
    .getRepository(Account)
    .createQueryBuilder('a')
    .addSelect('a.passwordHash')
    .where('a.login IN (:...logins)', { logins })
    .getMany();
  const present = new Set<string>();
  for (const account of accounts) {
    // A demo login all of whose users are disabled cannot sign in; the platform's has none.
    const enabled =
      account.platform || (await memberships(dataSource, account.login)).some((m) => !m.disabled);
    if (enabled && (await passwords.verify(account.passwordHash, DEMO_PASSWORD))) present.add(account.login);
  }
  return logins.filter((login) => present.has(login));
}
