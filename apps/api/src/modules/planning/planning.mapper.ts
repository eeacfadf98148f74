import {
  AbsenceResponse,
  compareFrench,
  RosterAgent,
  RosterFinding,
  RuleSet,
  shiftCoverage,
  ShiftResponse,
  ShiftTypeResponse,
} from '@vigie/shared';

import { Absence } from './absence.entity';
import { shiftLabel, toRosterShift } from './roster.repository';
import { Shift } from './shift.entity';
import { needsOf } from './shift-needs';
import { ShiftType } from './shift-type.entity';

export function toShiftTypeResponse(type: ShiftType): ShiftTypeResponse {
  return {
    id: type.id,
    code: type.code,
    label: type.label,
    startTime: type.startTime,
    endTime: type.endTime,
    ...needsOf(type),
    colour: type.colour,
    weekdays: [...type.weekdays].sort((a, b) => a - b),
    publicHolidays: type.publicHolidays,
    schoolDaysOnly: type.schoolDaysOnly,
    active: type.active,
    version: type.version,
  };
}

export interface ShiftContext {
  type: ShiftType | undefined;
  /** The assigned agents, as the rules engine knows them (qualifications by day). */
  assigned: RosterAgent[];
  published: boolean;
  ruleSet: RuleSet;
}

export function toShiftResponse(shift: Shift, context: ShiftContext): ShiftResponse {
  const coverage = shiftCoverage(toRosterShift(shift, context.type), context.assigned, context.ruleSet);
  return {
    id: shift.id,
    shiftTypeId: shift.shiftTypeId,
    typeCode: context.type?.code ?? '',
    label: shiftLabel(shift, context.type),
    colour: context.type?.colour ?? '#1565c0',
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    ...needsOf(shift),
    published: context.published,
    assignments: [...context.assigned]
      .sort((a, b) => compareFrench(a.name, b.name))
      .map((agent) => ({ agentId: agent.id, agentName: agent.name })),
    coverage: { covered: coverage.covered, assigned: coverage.assigned, missing: coverage.missing },
    version: shift.version,
  };
}

export function toAbsenceResponse(
  absence: Absence,
  agentName: string,
  conflicts: RosterFinding[] = [],
): AbsenceResponse {
  return {
    id: absence.id,
    agentId: absence.agentId,
    agentName,
    kind: absence.kind,
    startsAt: absence.startsAt.toISOString(),
    endsAt: absence.endsAt.toISOString(),
    status: absence.status,
    note: absence.note,
    decisionNote: absence.decisionNote,
    decidedAt: absence.decidedAt?.toISOString() ?? null,
    conflicts,
    balanceOverride: absence.balanceOverride,
    version: absence.version,
    createdAt: absence.createdAt.toISOString(),
  };
}
