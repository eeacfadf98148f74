import { weekStart } from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { WorkCycle } from '../../modules/planning/cycles/work-cycle.entity';
import { ShiftType } from '../../modules/planning/shift-type.entity';

/**
 * One work cycle for the parking brigade (the ASVP's « Stationnement », 09:00–17:00, runs Monday
 * to Saturday): week A Monday to Friday, week B Tuesday to Saturday, 40 h a week, two days of
 * rest in a row every week. Defined, not rolled out: the chief rolls it out from « Cycles de
 * travail » and sees what the rules let through.
 */
export async function seedCycles(manager: EntityManager, today: string): Promise<void> {
  const parking = await manager.findOneBy(ShiftType, { code: 'STAT' });
  if (!parking) return;
  const S = parking.id;
  await manager.insert(WorkCycle, {
    name: 'Stationnement — semaine A / semaine B',
    startDate: weekStart(today),
    days: [S, S, S, S, S, null, null, null, S, S, S, S, S, null],
    brigade: 'Stationnement',
    agentIds: [],
  });
}
