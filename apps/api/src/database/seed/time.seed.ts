import { workedOverlapProblem } from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { User } from '../../modules/auth/user.entity';
import { Assignment } from '../../modules/planning/assignment.entity';
import { Shift } from '../../modules/planning/shift.entity';
import { ShiftType } from '../../modules/planning/shift-type.entity';
import { WorkedTime } from '../../modules/time-accounts/worked-time.entity';

const HOUR = 3_600_000;

/**
 * What the supervisor recorded after the week's first shifts, so the time accounts have something
 * true to show: an overrun after an arrest (paid), a recall on a rest day (paid), an overrun turned
 * into compensatory rest. The demo's roster starts this week: the records go on its shifts already
 * ended at seeding time, as many as there are (none on a Monday morning).
 */
export async function seedWorkedTime(manager: EntityManager, now: Date, zone: string): Promise<void> {
  const supervisor = await manager.findOneBy(User, { login: 'superviseur' });
  const types = new Map((await manager.find(ShiftType)).map((type) => [type.id, type.code]));
  const shifts = (await manager.find(Shift))
    .filter((shift) => shift.endsAt < now && types.get(shift.shiftTypeId) !== 'ECOLE')
    .sort((a, b) => +a.startsAt - +b.startsAt);
  const assignments = await manager.find(Assignment);
  const taken: { agentId: string; start: number; end: number; label: string }[] = assignments.map((a) => ({
    agentId: a.agentId,
    start: a.startsAt.getTime(),
    end: a.endsAt.getTime(),
    label: 'un service',
  }));
  const free = (agentId: string, start: number, end: number, except: string | null): boolean =>
    !workedOverlapProblem(
      { start, end },
      taken.filter((busy) => busy.agentId === agentId && !(except && busy.label === except)),
      zone,
    );

  const records: Partial<WorkedTime>[] = [];
  const record = (
    shift: Shift,
    agentId: string,
    start: number,
    end: number,
    reason: string,
    rest = false,
  ) => {
    records.push({
      shiftId: shift.id,
      agentId,
      startsAt: new Date(start),
      endsAt: new Date(end),
      reason,
      compensation: rest ? 'REST' : 'PAYMENT',
      recordedById: supervisor?.id ?? null,
      recordedByName: supervisor?.displayName ?? null,
      recordedAt: new Date(Math.min(now.getTime(), end + 2 * HOUR)),
    });
    taken.push({ agentId, start, end, label: `record ${shift.id}` });
  };
  const onShift = (shift: Shift) => assignments.filter((a) => a.shiftId === shift.id);

  // An afternoon patrol that ran 1 h 30 past its end: an arrest at 20:45, the report after.
  const afternoon = shifts.find(
    (shift) => types.get(shift.shiftTypeId) === 'APREM' && onShift(shift).length > 0,
  );
  if (afternoon) {
    const agentId = onShift(afternoon)[0].agentId;
    const end = afternoon.endsAt.getTime() + 1.5 * HOUR;
    if (end < now.getTime() && free(agentId, afternoon.endsAt.getTime(), end, null)) {
      record(
        afternoon,
        agentId,
        afternoon.startsAt.getTime(),
        end,
        'Interpellation en fin de service, procédure au commissariat',
      );
    }
  }

  // A morning patrol short of one: an agent on rest that day (11 h of daily rest kept on both
  // sides) recalled for it, paid.
  for (const morning of shifts.filter((shift) => types.get(shift.shiftTypeId) === 'MATIN')) {
    const onDuty = new Set(onShift(morning).map((a) => a.agentId));
    const start = morning.startsAt.getTime();
    const end = morning.endsAt.getTime();
    const rested = [...new Set(assignments.map((a) => a.agentId))].find(
      (agentId) => !onDuty.has(agentId) && free(agentId, start - 11 * HOUR, end + 11 * HOUR, null),
    );
    if (rested) {
      record(morning, rested, start, end, 'Rappelé sur repos : patrouille incomplète');
      break;
    }
  }

  // A night patrol kept an hour past 05:00 for an accident; the agent chose rest over payment.
  const night = shifts.find((shift) => types.get(shift.shiftTypeId) === 'NUIT' && onShift(shift).length > 0);
  if (night) {
    const agentId = onShift(night)[0].agentId;
    const end = night.endsAt.getTime() + HOUR;
    if (end < now.getTime() && free(agentId, night.endsAt.getTime(), end, null)) {
      record(
        night,
        agentId,
        night.startsAt.getTime(),
        end,
        'Accident de la circulation, attente de la dépanneuse',
        true,
      );
    }
  }

  if (records.length > 0) await manager.insert(WorkedTime, records);
}
