import { Inject, Injectable } from '@nestjs/common';
import {
  checkAgentNeighbourhood,
  findingKeys,
  formatDateFr,
  introducedFindings,
  localDateOf,
  localTimeOf,
  RosterFinding,
  RosterRule,
} from '@vigie/shared';
import { EntityManager, In } from 'typeorm';

import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Agent } from '../agents/agent.entity';
import { Assignment } from './assignment.entity';
import { loadRoster, shiftLabel } from './roster-loader';
import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

export type FindingsByAgent = Map<string, RosterFinding[]>;

/**
 * The hard rules around one agent's assignments, enforced inside the transaction that changes
 * them: rows locked, overlaps refused by the database, the agent's neighbourhood checked by the
 * same rules engine as the roster check, new violations refused.
 */
@Injectable()
export class AssignmentGuard {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Serializes every change to these agents' assignments until the transaction ends. */
  async lockAgents(manager: EntityManager, agentIds: string[], notFound?: string): Promise<void> {
    if (agentIds.length === 0) return;
    const sorted = [...new Set(agentIds)].sort();
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM agent WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [sorted],
    );
    if (notFound && rows.length !== sorted.length) throw DomainException.notFound(notFound);
  }

  /** The hard findings around the given shifts, per agent. */
  async findingsOf(manager: EntityManager, agentIds: string[], shiftIds: string[]): Promise<FindingsByAgent> {
    const result: FindingsByAgent = new Map();
    if (agentIds.length === 0) return result;
    const shifts = await manager.findBy(Shift, { id: In(shiftIds) });
    const days = shifts.map((shift) => localDateOf(shift.startsAt, this.config.ruleSet.timeZone)).sort();
    const loaded = await loadRoster(manager, this.config.ruleSet, {
      from: days[0],
      to: days[days.length - 1],
      agentIds,
      shiftIds,
    });
    for (const agentId of agentIds) result.set(agentId, checkAgentNeighbourhood(loaded.input, agentId));
    return result;
  }

  /** Inserts the assignment; an overlap with another of the agent's shifts is a 409. */
  async insert(
    manager: EntityManager,
    shift: Shift,
    agentId: string,
    actor: AuthenticatedUser,
  ): Promise<void> {
    const clash = await manager
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.shift', Shift, 's', 's.id = a.shift_id')
      .where('a.agent_id = :agentId', { agentId })
      .andWhere('a.starts_at < :endsAt AND a.ends_at > :startsAt', {
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      })
      .getOne();
    if (clash?.shift) {
      const agent = await manager.findOneByOrFail(Agent, { id: agentId });
      const type = await manager.findOneBy(ShiftType, { id: clash.shift.shiftTypeId });
      const message = `${agent.firstName} ${agent.lastName} est déjà affecté à ${shiftLabel(clash.shift, type ?? undefined)} du ${this.when(clash.shift)}.`;
      throw new DomainException('CONFLICT', message, {
        violations: [{ rule: RosterRule.OVERLAP, agentId, shiftId: shift.id, message }],
      });
    }
    await manager.insert(Assignment, {
      shiftId: shift.id,
      agentId,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      createdById: actor.id,
    });
  }

  /** 422 with the hard violations the change introduced (those present before are not its doing). */
  async refuseNewViolations(
    manager: EntityManager,
    agentIds: string[],
    shiftIds: string[],
    before: FindingsByAgent,
  ): Promise<void> {
    const after = await this.findingsOf(manager, agentIds, shiftIds);
    const introduced: RosterFinding[] = [];
    for (const [agentId, findings] of after) {
      introduced.push(...introducedFindings(findingKeys(before.get(agentId) ?? []), findings));
    }
    if (introduced.length > 0) {
      throw DomainException.rule(
        introduced.length === 1
          ? introduced[0].message
          : `${introduced[0].message} (et ${introduced.length - 1} autre(s) règle(s))`,
        introduced.map(({ rule, message, agentId, shiftId }) => ({ rule, message, agentId, shiftId })),
      );
    }
  }

  private when(shift: Shift): string {
    const zone = this.config.ruleSet.timeZone;
    const time = (instant: Date): string => localTimeOf(instant, zone);
    return `${formatDateFr(localDateOf(shift.startsAt, zone))} ${time(shift.startsAt)}–${time(shift.endsAt)}`;
  }
}
