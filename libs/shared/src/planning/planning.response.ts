import { Grade, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { AbsenceKind, AbsenceStatus, RosterRule, Severity } from './planning.enum';
import { QualificationRequirement, RosterFinding } from './roster.types';
import type { SchoolZone } from './shift-pattern.rules';

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
  /** The derogation that turned this violation into a warning. */
  derogationId?: string;
}

export class ShiftTypeResponse {
  id!: string;
  code!: string;
  label!: string;
  startTime!: string;
  endTime!: string;
  minAgents!: number;
  /** Minutes of break within the shift's times. */
  breakMinutes!: number;
  requirements!: RequirementResponse[];
  requiredForAll!: QualificationKind[];
  categories!: StaffCategory[];
  allowsTrainees!: boolean;
  colour!: string;
  /** ISO days it runs on, 1 Monday … 7 Sunday. */
  weekdays!: number[];
  /** Grades that may staff it; null: every grade of its categories. */
  grades!: Grade[] | null;
  /** Runs on French public holidays. */
  publicHolidays!: boolean;
  /** Runs only on school days of the service's academic zone. */
  schoolDaysOnly!: boolean;
  /** False once archived: no longer generated nor offered; its shifts stay. */
  active!: boolean;
  version!: number;
}

export class ShiftTypePageResponse {
  items!: ShiftTypeResponse[];
  nextCursor!: string | null;
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
  /** Minutes of break within its times. */
  breakMinutes!: number;
  requirements!: RequirementResponse[];
  requiredForAll!: QualificationKind[];
  categories!: StaffCategory[];
  /** Grades that may hold it, copied from its type; null: every grade of its categories. */
  grades!: Grade[] | null;
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
  /** The chief's reason when he let it take its balance below zero. */
  balanceOverride?: string | null;
  version!: number;
  createdAt!: string;
}

export class ShiftPageResponse {
  items!: ShiftResponse[];
  nextCursor!: string | null;
}

export class AbsencePageResponse {
  items!: AbsenceResponse[];
  nextCursor!: string | null;
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

export class PublicationPageResponse {
  items!: PublicationResponse[];
  nextCursor!: string | null;
}

/** What « Générer les créneaux » did: only the shifts it inserted count as created. */
export class GenerateShiftsResponse {
  /** Shifts inserted by this call. */
  created!: number;
  /** Shifts of the types and days asked for that existed already (kept as they were). */
  alreadyPresent!: number;
  /** Every shift of the period, as `GET /api/shifts` lists them. */
  shifts!: ShiftResponse[];
  /** What was not generated and why, in French (the school calendar ends before the period). */
  notices!: string[];
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

export class RosterChangePageResponse {
  items!: RosterChangeResponse[];
  nextCursor!: string | null;
}

export class PlannedAssignmentResponse {
  shiftId!: string;
  agentId!: string;
  agentName!: string;
  shiftLabel!: string;
  startsAt!: string;
  endsAt!: string;
}

export class UncoveredShiftResponse {
  shiftId!: string;
  label!: string;
  startsAt!: string;
  /** Places still empty. */
  missingAgents!: number;
  missing!: RequirementResponse[];
  /** Why, in French: « Patrouille de nuit du 12/01 : 2 agents armés requis, 1 affecté — … ». */
  message!: string;
}

export class AgentLoadResponse {
  agentId!: string;
  agentName!: string;
  /** His part of a full-time contract here: another service's agent, his convention's share of his contract. */
  contractRatio!: number;
  /** Hours of the period, the assignments already made included (another service's agent: those here). */
  hours!: number;
  /** Contract hours for the period, absences deducted (another service's agent: his share of them). */
  contractHours!: number;
  nights!: number;
  weekends!: number;
}

export class PlanQualityResponse {
  /** Places filled out of the places required on the shifts the planner could fill. */
  filledPlaces!: number;
  requiredPlaces!: number;
  /** Max − min over police officers of hours / contract hours (×100: percentage points). */
  hoursSpread!: number;
  /** Max − min of nights per full-time equivalent. */
  nightsSpread!: number;
  weekendsSpread!: number;
}

export class PlanStatsResponse {
  /**
   * `optimal` (proved), `time_limit` (the best found within the search's work budget — the name
   * is kept for the clients that read it), or `greedy` when the
   * solver found nothing better than the greedy pass; `reviewed` when the plan was given (the
   * proposal the chief reviewed, written as it is, no search).
   */
  status!: 'optimal' | 'time_limit' | 'greedy' | 'reviewed';
  /** Relative gap between the plan and the best bound the solver proved (0 when optimal). */
  mipGap!: number | null;
  /** Seconds spent in the solver. */
  solveSeconds!: number;
  /** Seconds to the first complete lawful plan (the greedy pass). */
  firstFeasibleSeconds!: number | null;
  /** Seconds to the returned plan. */
  totalSeconds!: number;
  /**
   * Neighbourhoods searched: the search's work budget, not the clock, decides when it stops, so
   * the same request gives the same plan however loaded the machine.
   */
  steps!: number;
  /** Whether the time limit, a safety cap, stopped the search before its budget (the plan then depends on the load). */
  timeCapped!: boolean;
  solver!: PlanQualityResponse;
  greedy!: PlanQualityResponse;
  agents!: AgentLoadResponse[];
}

/**
 * The proposal in plain French, as a chief reads it: « 46 places pourvues sur 49 »,
 * « 3 créneaux non pourvus », « Écart de charge entre agents : 6 h ; nuits par agent : 0 à 2 ;
 * week-ends par agent : 0 à 1 ». The reasons of each unfilled shift are in `uncovered[].message`.
 */
export class PlanSummaryResponse {
  filled!: string;
  unfilled!: string;
  fairness!: string;
}

export class PlanResponse {
  from!: string;
  to!: string;
  applied!: boolean;
  /** The new assignments proposed (those already made are kept as they are). */
  assignments!: PlannedAssignmentResponse[];
  uncovered!: UncoveredShiftResponse[];
  summary!: PlanSummaryResponse;
  stats!: PlanStatsResponse;
}

export class SchoolHolidayResponse {
  start!: string;
  end!: string;
  label!: string;
  source!: string;
}

export class PublicHolidayResponse {
  /** YYYY-MM-DD */
  date!: string;
  /** « Lundi de Pentecôte » */
  label!: string;
}

/** The days the shift types' patterns are read against. */
export class SchoolCalendarResponse {
  /** The service's academic zone (Lille: B); null: an académie with its own calendar. */
  zone!: SchoolZone | null;
  /** Its school holidays, by start. */
  periods!: SchoolHolidayResponse[];
  /** French public holidays (metropolitan, without Alsace-Moselle's) of the years the calendar spans. */
  publicHolidays!: PublicHolidayResponse[];
}
