import { Role } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { PasswordService } from '../../modules/auth/password.service';
import { User } from '../../modules/users/user.entity';
import { DemoSeed } from './demo-seed.entity';

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

/** A part of the demo data, written once (its name is kept in `demo_seed`). */
interface SeedPart {
  name: string;
  run(manager: EntityManager, passwords: PasswordService): Promise<void>;
}

const PARTS: SeedPart[] = [
  {
    name: 'accounts',
    async run(manager, passwords) {
      const passwordHash = await passwords.hash(DEMO_PASSWORD);
      for (const account of DEMO_ACCOUNTS) {
        await manager.insert(User, {
          login: account.login,
          displayName: account.displayName,
          roles: account.roles,
          passwordHash,
        });
      }
    },
  },
];

/** Writes the demo data parts not written yet; returns the names of those it wrote. */
export async function seedDemo(dataSource: DataSource, passwords = new PasswordService()): Promise<string[]> {
  const written: string[] = [];
  for (const part of PARTS) {
    const done = await dataSource.transaction(async (manager) => {
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
      await part.run(manager, passwords);
      return true;
    });
    if (done) written.push(part.name);
  }
  return written;
}

/** In production, demo accounts with the demo password are a hole: Vigie refuses to start. */
export async function demoAccountsPresent(
  dataSource: DataSource,
  passwords = new PasswordService(),
): Promise<string[]> {
  const users = await dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('u.login IN (:...logins) AND NOT u.disabled', {
      logins: DEMO_ACCOUNTS.map((account) => account.login),
    })
    .getMany();
  const present: string[] = [];
  for (const user of users) {
    if (await passwords.verify(user.passwordHash, DEMO_PASSWORD)) present.push(user.login);
  }
  return present;
}
