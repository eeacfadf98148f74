import type { TimeBasis } from './time-basis.rules';

/**
 * The time account of one agent for one civil year (issue 22, API.md « Time accounts »).
 * Hours are decimal numbers (7.5 = 7 h 30), rounded to the hundredth only for display.
 */

/** The balances an absence may draw on. Days for leave and RTT, hours for recovery. */
export enum LeaveKind {
  /** Congés annuels: 5 × the weekly working days, pro rata (décret 85-1250 art. 1). */
  ANNUAL_LEAVE = 'ANNUAL_LEAVE',
  /** Jours de fractionnement: 1 or 2 days for leave taken outside 1 May–31 October (same décret). */
  FRACTIONNEMENT = 'FRACTIONNEMENT',
  /** RTT from a cycle above 35 h a week (décret 2000-815). */
  RTT = 'RTT',
  /** Récupération: compensatory rest chosen instead of paid overtime. */
  RECOVERY = 'RECOVERY',
}

export type LeaveUnit = 'DAY' | 'HOUR';

export class LeaveBalanceResponse {
  kind!: LeaveKind;
  unit!: LeaveUnit;
  entitled!: number;
  /** Approved absences already past. */
  taken!: number;
  /** Approved absences to come. */
  planned!: number;
  /** entitled − taken − planned; never shown negative without a chief's override on record. */
  remaining!: number;
}

/** Overtime hours by payroll kind; each hour counts in one kind only (décret 2002-60 art. 8). */
export class OvertimeByKindResponse {
  day!: number;
  /** 22:00–07:00. */
  night!: number;
  sunday!: number;
  holiday!: number;
}

/** One month's overtime, for the 25 h ceiling (décret 2002-60 art. 6). */
export class OvertimeMonthResponse {
  /** YYYY-MM */
  month!: string;
  paid!: OvertimeByKindResponse;
  /** Hours turned into compensatory rest (credited to RECOVERY). */
  rested!: number;
  /** The month's ceiling: 25 h, pro rata of a part-timer's ratio (décret 82-624 art. 3). */
  ceiling!: number;
  /** paid + rested over the ceiling. */
  overCeiling!: boolean;
}

/** How the account counts the agent's hours (roster or fixed schedule, FIA days). */
export class TimeCountingResponse {
  basis!: TimeBasis;
  /** Set on the agent by the chief or HR; false: the default of his grade. */
  chosen!: boolean;
  /** The fixed week when counted by schedule (also the FIA's training days): ISO weekdays, hours a day. */
  weekdays!: number[];
  dailyHours!: number;
  /** His initial training (FIA) as the recruitment records it, within the year; null if none. */
  training!: { from: string; to: string } | null;
  /** Hours worked and to come by the schedule (or the FIA days). */
  hoursScheduled!: number;
  /** In French, for the screen: « Horaire fixe : lundi–vendredi, 7 h par jour ». */
  label!: string;
}

/** The balance carried into the account at its opening (a service or an agent arriving mid-year). */
export class TimeAccountOpeningResponse {
  year!: number;
  /** Hours ahead (positive) or behind (negative) at the opening. */
  hours!: number;
  /** Days of annual leave and RTT already taken in the year before the opening. */
  annualLeaveTaken!: number;
  rttTaken!: number;
  reason!: string;
  recordedByName!: string | null;
  recordedAt!: string;
  version!: number;
}

export class TimeAccountResponse {
  agentId!: string;
  agentName!: string;
  matricule!: string;
  year!: number;
  /** The account's period (YYYY-MM-DD): from 1 January, or the first day of Vigie's published roster if later… */
  countedFrom!: string;
  /** …to the last published day, or today. */
  countedTo!: string;
  /**
   * 1 607 h for a full-time year, pro rata of the contract and of the days in the service from
   * `countedFrom` to the year's end.
   */
  hoursDue!: number;
  /** The part of `hoursDue` falling from `countedFrom` to `countedTo`. */
  hoursDueToDate!: number;
  /** Hours on the published roster for the year. */
  hoursPlanned!: number;
  /** Hours on draft (unpublished) days, shown apart; 0 for those who may not read drafts. */
  hoursDraft!: number;
  /** Worked: confirmed or corrected by a supervisor, else the published roster once the day has passed. */
  hoursWorked!: number;
  /** hoursWorked + hoursPlanned still to come − hoursDue: positive when the year runs over. */
  projectedBalance!: number;
  /** hoursWorked + hoursPlanned still to come − hoursDueToDate: ahead (positive) or behind on the roster as it stands. */
  balanceToDate!: number;
  /** Hours the day after `countedTo` makes due (0 outside the service or the year). */
  hoursDuePerDay!: number;
  /** Overtime paid, by kind, for the year. */
  overtime!: OvertimeByKindResponse;
  overtimeMonths!: OvertimeMonthResponse[];
  leave!: LeaveBalanceResponse[];
  countedBy!: TimeCountingResponse;
  /** The balance carried in at the opening, included in `balanceToDate` and `projectedBalance`. */
  opening!: TimeAccountOpeningResponse | null;
}

/** One line of the chief's overview: those drifting from their due hours first. */
export class TimeAccountSummaryResponse {
  agentId!: string;
  agentName!: string;
  matricule!: string;
  hoursDue!: number;
  hoursPlanned!: number;
  hoursWorked!: number;
  projectedBalance!: number;
  balanceToDate!: number;
  countedTo!: string;
  /** Hours one more day of the year makes due: what publishing further moves the balance by, per day. */
  hoursDuePerDay!: number;
  overtimeTotal!: number;
  /** Counted from the roster or from a fixed schedule. */
  basis!: TimeBasis;
  /** The balance carried in at the opening (0 when none). */
  openingHours!: number;
}

export class TimeAccountSummaryPageResponse {
  year!: number;
  items!: TimeAccountSummaryResponse[];
  nextCursor!: string | null;
}

export type WorkedCompensation = 'PAYMENT' | 'REST';

/** What an agent actually worked on a shift, as recorded by a supervisor. */
export class WorkedTimeResponse {
  id!: string;
  shiftId!: string;
  agentId!: string;
  agentName!: string;
  /** The roster's times for the agent on that shift; null for a recall (he was not on it). */
  plannedStartsAt!: string | null;
  plannedEndsAt!: string | null;
  startsAt!: string;
  endsAt!: string;
  reason!: string;
  /** How the overtime of this occurrence is compensated. */
  compensation!: WorkedCompensation;
  /** Overtime of this occurrence by kind (hours beyond the planned ones). */
  overtime!: OvertimeByKindResponse;
  recordedByName!: string | null;
  recordedAt!: string;
  version!: number;
}

/** A page of worked records (`GET /api/agents/:id/worked`, `GET /api/shifts/:id/worked`). */
export class WorkedTimePageResponse {
  items!: WorkedTimeResponse[];
  nextCursor!: string | null;
}
