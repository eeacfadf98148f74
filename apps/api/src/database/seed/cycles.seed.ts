import { weekStart } from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { WorkCycle } from '../../modules/planning/cycles/work-cycle.entity';
import { ShiftType } from '../../modules/planning/shift-type.entity';

/**
 * One work cycle for the parking brigade (the ASVP's « Stationnement », 09:00–17:00, runs Monday
 * to Saturday): week A Monday to Friday, week B Monday to Saturday but Wednesday, 40 h a week.
 * Each civil week holds its own 35 h of rest (week B's from Tuesday 17:00 to Thursday 09:00: a
 * Monday off after week A's Sunday would leave 33 h within the week), and every Sunday lies in a
 * rest of 40 h or more. Defined, not rolled out: the chief rolls it out from « Cycles de travail »
 * and sees what the rules let through.
 */
export async function seedCycles(manager: EntityManager, today: string): Promise<void> {
  const parking = await manager.findOneBy(ShiftType, { code: 'STAT' });
  if (!parking) return;
  const S = parking.id;
  await manager.insert(WorkCycle, {
    name: 'Stationnement — semaine A / semaine B',
    startDate: weekStart(today),
    days: [S, S, S, S, S, null, null, S, S, null, S, S, S, null],
    brigade: 'Stationnement',
    agentIds: [],
  });
}
