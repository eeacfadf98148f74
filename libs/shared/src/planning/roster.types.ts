import { AgentStatus, Grade, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import { RosterRule, Severity } from './planning.enum';

/**
 * The working-time rule set (décret 2000-815, applied to communes by décret 2001-623).
 * Configurable; these are the defaults.
 */
export interface RuleSet {
  timeZone: string;
  /** Hours of work in one working day. */
  maxDailyWorkHours: number;
  /** From the first start to the last end of one working day. */
  maxDaySpanHours: number;
  /** Between two working days. */
  minDailyRestHours: number;
  /** In one calendar week, Monday 00:00 to Monday 00:00 (local time). */
  maxWeeklyHours: number;
  /** Average over any `averageWindowWeeks` consecutive calendar weeks. */
  maxAverageWeeklyHours: number;
  averageWindowWeeks: number;
  /** Continuous rest within every calendar week (Monday 00:00 to the next Monday 00:00, local). */
  minWeeklyRestHours: number;
  /** A working day of this many hours of work or more needs a break (décret 2000-815 art. 3 I). */
  breakAfterHours: number;
  /** The break it needs, in minutes. */
  minBreakMinutes: number;
  /** Night work, local time `HH:mm` (22:00–05:00). */
  nightStart: string;
  nightEnd: string;
  /** A shift with at least this many night hours counts as a night (fairness). */
  nightShiftMinHours: number;
  /** A full-time contract (ratio 1), hours a week. */
  fullTimeWeeklyHours: number;
  /** Warn when hours differ from the contract by more than this share (0.2 = ±20 %). */
  contractTolerance: number;
  /** Warn when an agent's nights or weekends exceed his fair share by at least this many. */
  fairnessTolerance: number;
}

export const DEFAULT_RULE_SET: RuleSet = {
  timeZone: SERVICE_TIME_ZONE,
  maxDailyWorkHours: 10,
  maxDaySpanHours: 12,
  minDailyRestHours: 11,
  maxWeeklyHours: 48,
  maxAverageWeeklyHours: 44,
  averageWindowWeeks: 12,
  minWeeklyRestHours: 35,
  breakAfterHours: 6,
  minBreakMinutes: 20,
  nightStart: '22:00',
  nightEnd: '05:00',
  nightShiftMinHours: 3,
  fullTimeWeeklyHours: 35,
  contractTolerance: 0.2,
  fairnessTolerance: 2,
};

/** A validity period of a qualification: valid on dates `from` <= d < `to` (to null: open). */
export interface QualificationPeriod {
  kind: QualificationKind;
  from: string;
  to: string | null;
}

export interface RosterAgent {
  id: string;
  /** « Julien Lefebvre », for messages. */
  name: string;
  status: AgentStatus;
  category: StaffCategory;
  /** His grade; a shift listing grades takes only those (unknown: only shifts listing none). */
  grade?: Grade;
  contractRatio: number;
  /** When each qualification is valid (firearm training already taken into account). */
  qualifications: readonly QualificationPeriod[];
  /**
   * Another service's agent: when he is at this service's disposal, each period with its
   * convention's share of his working time (CSI L512-1). Absent for the service's own agents.
   */
  secondments?: readonly SecondmentShare[];
}

/** A period of a secondment (local dates, both included) and the share of working time it gives. */
export interface SecondmentShare {
  from: string;
  to: string;
  sharePercent: number;
}

export interface QualificationRequirement {
  kind: QualificationKind;
  /** At least this many of the shift's agents hold it (coverage, soft). */
  count: number;
}

export interface RosterShift {
  id: string;
  /** « Patrouille de nuit », for messages. */
  label: string;
  /** ISO 8601 instants. */
  startsAt: string;
  endsAt: string;
  minAgents: number;
  /** Coverage: at least `count` assigned agents hold `kind` (soft). */
  requirements: readonly QualificationRequirement[];
  /** Every assigned agent must hold these (e.g. VIDEO_OPERATOR in the CSU room): hard. */
  requiredForAll: readonly QualificationKind[];
  /** Categories that may be rostered on it (administrative staff never on patrols): hard. */
  categories: readonly StaffCategory[];
  /** The grades that may hold it (head of service off night patrols): hard. Absent or null: every grade. */
  grades?: readonly Grade[] | null;
  allowsTrainees: boolean;
  /**
   * Minutes of break taken within the shift's times. The agent stays at the service's disposal
   * (on patrol, on the radio), so the break is work time and part of the day's span.
   */
  breakMinutes: number;
  /**
   * The other service a seconded agent works this shift for (CSI L512-1): his hours there count
   * in this service's rules, but it neither plans nor covers the shift. Absent for its own shifts.
   */
  elsewhere?: string;
}

export interface RosterAssignment {
  shiftId: string;
  agentId: string;
}

/** Approved absences only. */
export interface RosterAbsence {
  id: string;
  agentId: string;
  startsAt: string;
  endsAt: string;
  /** « Congé annuel », for messages. */
  label: string;
}

/** The rules a derogation may relax (décret 2000-815 art. 3 II), each with the unit of its limit. */
export type DerogableRule =
  | RosterRule.DAILY_WORK
  | RosterRule.DAY_SPAN
  | RosterRule.DAILY_REST
  | RosterRule.WEEKLY_HOURS
  | RosterRule.AVERAGE_WEEKLY_HOURS
  | RosterRule.WEEKLY_REST
  | RosterRule.BREAK;

/**
 * A derogation in force: for these agents and dates, `rule` admits `limit` instead of the rule
 * set's threshold (hours; minutes for the break). A maximum is raised, a minimum lowered.
 */
export interface RosterDerogation {
  id: string;
  rule: DerogableRule;
  limit: number;
  agentIds: readonly string[];
  /** Local dates, both included. */
  from: string;
  to: string;
  /** « Tour de France », for messages. */
  title: string;
}

export interface RosterInput {
  ruleSet: RuleSet;
  agents: readonly RosterAgent[];
  /**
   * Shifts of the checked period AND of the weeks before it that the 12-week average and the
   * rests need (the caller loads them); only findings touching the period are returned.
   */
  shifts: readonly RosterShift[];
  assignments: readonly RosterAssignment[];
  absences: readonly RosterAbsence[];
  /** The checked period, local dates `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** Derogations in force (revoked ones left out): what they cover is a warning naming them. */
  derogations?: readonly RosterDerogation[];
}

export interface RosterFinding {
  rule: RosterRule;
  severity: Severity;
  agentId?: string;
  shiftId?: string;
  /** French, for a chief: « Repos de 9 h entre le 12/06 21:00 et le 13/06 06:00 : 11 h minimum ». */
  message: string;
  /** The derogation that turned this violation into a warning. */
  derogationId?: string;
}

export interface RosterCheck {
  violations: RosterFinding[];
  warnings: RosterFinding[];
}
