import { cycleHoursPerWeek, CycleResponse, CycleShiftTimes } from '@vigie/shared';

import { WorkCycle } from './work-cycle.entity';

export function toCycleResponse(
  cycle: WorkCycle,
  types: ReadonlyMap<string, CycleShiftTimes>,
): CycleResponse {
  return {
    id: cycle.id,
    name: cycle.name,
    startDate: cycle.startDate,
    days: cycle.days,
    brigade: cycle.brigade,
    agentIds: cycle.agentIds,
    hoursPerWeek: cycleHoursPerWeek(cycle.days, types),
    version: cycle.version,
  };
}
