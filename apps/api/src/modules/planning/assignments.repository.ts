import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Assignment } from './assignment.entity';
import { Shift } from './shift.entity';
import { ShiftType } from './shift-type.entity';

/** The assignments' SQL: the clash lookup and the insert, inside the caller's transaction. */
@Injectable()
export class AssignmentsRepository {
  /** Another of the agent's shifts overlapping [startsAt, endsAt), with its type, or null. */
  async clashOf(
    manager: EntityManager,
    agentId: string,
    startsAt: Date,
    endsAt: Date,
  ): Promise<{ shift: Shift; type: ShiftType | null } | null> {
    const clash = await manager
      .getRepository(Assignment)
      .createQueryBuilder('a')
      .innerJoinAndMapOne('a.shift', Shift, 's', 's.id = a.shift_id')
      .where('a.agent_id = :agentId', { agentId })
      .andWhere('a.starts_at < :endsAt AND a.ends_at > :startsAt', { startsAt, endsAt })
      .getOne();
    if (!clash?.shift) return null;
    return { shift: clash.shift, type: await manager.findOneBy(ShiftType, { id: clash.shift.shiftTypeId }) };
  }

  async insert(manager: EntityManager, shift: Shift, agentId: string, createdById: string): Promise<void> {
    await manager.insert(Assignment, {
      shiftId: shift.id,
      agentId,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      createdById,
    });
  }
}
