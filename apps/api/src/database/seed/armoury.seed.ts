import {
  addDays,
  isQualificationValid,
  QualificationKind,
  SERVICE_TIME_ZONE,
  startOfLocalDay,
  WeaponKind,
} from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { FirearmDecisionRecord } from '../../modules/agents/firearm-decision.entity';
import { Qualification } from '../../modules/agents/qualification.entity';
import { Weapon } from '../../modules/armoury/weapon.entity';
import { WeaponIssue } from '../../modules/armoury/weapon-issue.entity';
import { WeaponReturn } from '../../modules/armoury/weapon-return.entity';
import { Assignment } from '../../modules/planning/assignment.entity';

/** The armoury of a service of 18 police officers: a handgun each, a few PIE and LBD, batons and aerosols. */
const WEAPONS: [WeaponKind, string, string, number][] = [
  [WeaponKind.HANDGUN, 'Glock 17 Gen 5', 'BDUX', 18],
  [WeaponKind.TASER, 'Axon Taser 7', 'X7', 4],
  [WeaponKind.LBD, 'Brügger & Thomet GL06', 'GL06', 2],
  [WeaponKind.BATON, 'Bâton télescopique ASP 21"', 'ASP', 12],
  [WeaponKind.TEAR_GAS, 'Aérosol CS 300 ml', 'CS300', 12],
];

/** Cartridges a handgun goes out with (two magazines of 15, the service's rule). */
const HANDGUN_ROUNDS = 30;

/**
 * The register, and today's log: each police officer on a shift today that has begun took his
 * handgun and his baton at its start (the supervisor, Karim Benali, handed them out); those whose
 * shift has ended brought them back with every cartridge.
 */
export async function seedArmoury(manager: EntityManager, now: Date, today: string): Promise<void> {
  const byKind = new Map<WeaponKind, Weapon[]>();
  for (const [kind, model, prefix, count] of WEAPONS) {
    const weapons: Weapon[] = [];
    for (let n = 1; n <= count; n += 1) {
      weapons.push(
        await manager.save(
          manager.create(Weapon, {
            kind,
            model,
            serialNumber: `${prefix}-${String(100 + n).padStart(4, '0')}`,
          }),
        ),
      );
    }
    byKind.set(kind, weapons);
  }
  const from = startOfLocalDay(today, SERVICE_TIME_ZONE);
  const to = startOfLocalDay(addDays(today, 1), SERVICE_TIME_ZONE);
  const assignments = await manager
    .getRepository(Assignment)
    .createQueryBuilder('a')
    .where('a.starts_at >= :from AND a.starts_at < :to AND a.starts_at <= :now', { from, to, now })
    .orderBy('a.starts_at')
    .getMany();
  const qualifications = await manager.find(Qualification);
  // A permit the préfet suspended is not valid: that officer gets no handgun.
  const decisions = await manager.find(FirearmDecisionRecord, { order: { date: 'ASC', createdAt: 'ASC' } });
  const next = new Map<WeaponKind, number>();
  for (const assignment of assignments) {
    const held = qualifications.filter(
      (q) =>
        q.agentId === assignment.agentId &&
        isQualificationValid(
          q,
          today,
          decisions.filter((d) => d.agentId === assignment.agentId),
        ),
    );
    for (const [kind, permit] of [
      [WeaponKind.HANDGUN, QualificationKind.FIREARM],
      [WeaponKind.BATON, QualificationKind.BATON],
    ] as const) {
      if (!held.some((q) => q.kind === permit)) continue;
      const index = next.get(kind) ?? 0;
      const weapon = byKind.get(kind)?.[index];
      if (!weapon) continue;
      next.set(kind, index + 1);
      const ammunition = kind === WeaponKind.HANDGUN ? HANDGUN_ROUNDS : 0;
      const issue = await manager.save(
        manager.create(WeaponIssue, {
          weaponId: weapon.id,
          sequence: 1,
          agentId: assignment.agentId,
          shiftId: assignment.shiftId,
          dueBy: assignment.endsAt,
          ammunition,
          issuedAt: assignment.startsAt,
          issuedBy: 'Karim Benali',
        }),
      );
      if (assignment.endsAt <= now) {
        await manager.insert(WeaponReturn, {
          issueId: issue.id,
          ammunitionReturned: ammunition,
          returnedAt: assignment.endsAt,
          returnedBy: 'Karim Benali',
        });
      }
    }
  }
}
