import { QualificationKind, StaffCategory } from '../agents/agent.enum';
import { AbsenceKind, AbsenceStatus, RosterRule, Severity } from './planning.enum';
import { QualificationRequirement, RosterFinding } from './roster.types';

export class RequirementResponse implements QualificationRequirement {
  kind!: QualificationKind;
  count!: number;
}

/** A rule the roster breaks (violation) or strains (warning), in French. */
export class RosterFindingResponse implements RosterFinding {
  rule!: RosterRule;
  severity!: Severity;
  agentId?: string;
  shiftId?: string;
  message!: string;
}

export class ShiftTypeResponse {
  id!: string;
  code!: string;
  label!: string;
  startTime!: string;
  endTime!: string;
  minAgents!: number;
  requirements!: RequirementResponse[];
  requiredForAll!: QualificationKind[];
  categories!: StaffCategory[];
  allowsTrainees!: boolean;
  colour!: string;
  active!: boolean;
  version!: number;
}

export class ShiftAssignmentResponse {
  agentId!: string;
  agentName!: string;
}

export class CoverageResponse {
  covered!: boolean;
  assigned!: number;
  missing!: RequirementResponse[];
}

export class ShiftResponse {
  id!: string;
  shiftTypeId!: string;
  typeCode!: string;
  label!: string;
  colour!: string;
  startsAt!: string;
  endsAt!: string;
  minAgents!: number;
  requirements!: RequirementResponse[];
  requiredForAll!: QualificationKind[];
  categories!: StaffCategory[];
  allowsTrainees!: boolean;
  /** In a published period. */
  published!: boolean;
  assignments!: ShiftAssignmentResponse[];
  coverage!: CoverageResponse;
  version!: number;
}

export class AbsenceResponse {
  id!: string;
  agentId!: string;
  agentName!: string;
  kind!: AbsenceKind;
  startsAt!: string;
  endsAt!: string;
  status!: AbsenceStatus;
  note!: string | null;
  decisionNote!: string | null;
  decidedAt!: string | null;
  /** For an approved absence: the assignments it now conflicts with, to resolve. */
  conflicts!: RosterFindingResponse[];
  version!: number;
  createdAt!: string;
}

export class RosterCheckResponse {
  from!: string;
  to!: string;
  violations!: RosterFindingResponse[];
  warnings!: RosterFindingResponse[];
}

export class PublicationResponse {
  id!: string;
  from!: string;
  to!: string;
  publishedAt!: string;
  publishedBy!: string | null;
}

export class ScheduleResponse {
  agentId!: string;
  from!: string;
  to!: string;
  shifts!: ShiftResponse[];
  absences!: AbsenceResponse[];
}

export class CalendarLinkResponse {
  /** The private address of the feed; the previous one stops working. */
  url!: string;
}

export class RosterChangeResponse {
  id!: string;
  at!: string;
  action!: string;
  summary!: string;
  by!: string | null;
  read!: boolean;
}
