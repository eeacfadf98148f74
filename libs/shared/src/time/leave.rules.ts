import { calendarOf } from '../common/calendar/zone-calendar';
import { SERVICE_TIME_ZONE } from '../common/calendar/zone-clock';
import { AbsenceKind } from '../planning/planning.enum';
import { LeaveBalanceResponse, LeaveKind, LeaveUnit } from './time-account.response';
import {
  DEFAULT_TIME_ACCOUNT_RULES,
  Interval,
  round2,
  TimeAccountRules,
  workingDayHours,
} from './time-account.rules';

/**
 * Leave balances (issue 22 point 4): annual leave, fractionnement, RTT in days, recovery in hours.
 * Pure: the API gives the agent's share of the year, his weekly hours and his approved absences.
 */

/** The absence kinds that draw on a balance, and which one. */
export const LEAVE_KIND_OF_ABSENCE: Partial<Record<AbsenceKind, LeaveKind>> = {
  [AbsenceKind.ANNUAL_LEAVE]: LeaveKind.ANNUAL_LEAVE,
  [AbsenceKind.RTT]: LeaveKind.RTT,
  [AbsenceKind.RECOVERY]: LeaveKind.RECOVERY,
};

export const LEAVE_KIND_LABELS: Record<LeaveKind, string> = {
  [LeaveKind.ANNUAL_LEAVE]: 'Congés annuels',
  [LeaveKind.FRACTIONNEMENT]: 'Jours de fractionnement',
  [LeaveKind.RTT]: 'RTT',
  [LeaveKind.RECOVERY]: 'Récupération',
};

/** Rounded up to the half day, as services usually grant a pro-rated right. */
function halfDayUp(days: number): number {
  return Math.ceil(round2(days) * 2) / 2;
}

/**
 * Annual leave (décret 85-1250 art. 1): five times the weekly working days, so 25 days for a
 * 5-day week; a part-timer's week is its share of five days (80 % → 4 days → 20 days). Pro rata of
 * the share of the year in the service, rounded up to the half day.
 */
export function annualLeaveEntitlement(contractRatio: number, serviceShare: number): number {
  return halfDayUp(5 * 5 * contractRatio * serviceShare);
}

/**
 * Fractionnement (décret 85-1250 art. 1, al. 3): one more day when 5 to 7 days of annual leave are
 * taken outside 1 May–31 October, two when 8 or more.
 */
export function fractionnementDays(daysOutsideSeason: number): number {
  if (daysOutsideSeason >= 8) return 2;
  if (daysOutsideSeason >= 5) return 1;
  return 0;
}

/** Is a local date outside the main season (1 May–31 October) of the fractionnement? */
export function outsideLeaveSeason(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay < '05-01' || monthDay > '10-31';
}

/**
 * RTT days a year for a full year on a 5-day week, by weekly hours of the cycle: the table the
 * circulaire NOR MFPF1202031C of 18 January 2012 recalls (36 h → 6, 37 h → 12, 38 h → 18, 39 h →
 * 23 « jours ouvrés »), the RTT being the counterpart of hours above 35 h (décret 2000-815 art. 1:
 * 1 607 h a year); read between its lines linearly (37 h 30 → 15) and capped at 39 h. At 35 h or
 * less: none.
 */
const RTT_TABLE: readonly [number, number][] = [
  [35, 0],
  [36, 6],
  [37, 12],
  [38, 18],
  [39, 23],
];

/** Working days a year of a 5-day week: 365 − 104 weekend days − 25 of leave − 8 holidays (same circulaire). */
export const WORKING_DAYS_A_YEAR = 228;

/**
 * RTT lost to sickness (loi 2010-1657 art. 115: a « congé pour raison de santé » generates no RTT):
 * one day per quotient Q = 228 ÷ the year's RTT days, rounded down, of working days of sick leave
 * (circulaire of 18 January 2012). 12 RTT days (37 h): one lost per 19 days sick.
 */
export function rttLostToSickness(fullYearRttDays: number, sickWorkingDays: number): number {
  if (fullYearRttDays <= 0) return 0;
  const quotient = Math.floor(WORKING_DAYS_A_YEAR / fullYearRttDays);
  return Math.floor(sickWorkingDays / quotient);
}

export function rttDaysForWeek(weeklyHours: number): number {
  if (weeklyHours <= 35) return 0;
  if (weeklyHours >= 39) return 23;
  for (let i = 1; i < RTT_TABLE.length; i++) {
    const [hours, days] = RTT_TABLE[i];
    const [prevHours, prevDays] = RTT_TABLE[i - 1];
    if (weeklyHours <= hours)
      return prevDays + ((weeklyHours - prevHours) * (days - prevDays)) / (hours - prevHours);
  }
  return 23;
}

/** RTT for the year: the table's days for the cycle's full-time weekly hours, pro rata of the contract and of the year in the service. */
export function rttEntitlement(
  cycleWeeklyHours: number,
  contractRatio: number,
  serviceShare: number,
): number {
  return halfDayUp(rttDaysForWeek(cycleWeeklyHours) * contractRatio * serviceShare);
}

/** An approved absence drawing on a balance. */
export interface LeaveAbsence extends Interval {
  kind: AbsenceKind;
}

export interface LeaveInput {
  year: number;
  now: number;
  contractRatio: number;
  /** Days in the service over the days of the year (0–1). */
  serviceShare: number;
  /** The cycle's weekly hours (full-time equivalent); the contract's 35 h when on no cycle. */
  cycleWeeklyHours: number;
  /** Overtime turned into compensatory rest, in hours. */
  restedHours: number;
  absences: readonly LeaveAbsence[];
  holidays: ReadonlySet<string>;
  rules?: TimeAccountRules;
  /** Days already taken in the year before the account opened (entered by HR with the opening balance). */
  carried?: { annualLeave: number; rtt: number };
  /** Sick leave of the year (approved SICKNESS absences): it earns no RTT. */
  sickness?: readonly Interval[];
}

/**
 * What an absence draws, by local working day: days of leave or RTT (one a working day covered), or
 * hours of recovery (its hours each day, at most a standard day).
 */
export function absenceDraw(
  absence: LeaveAbsence,
  holidays: ReadonlySet<string>,
  contractRatio: number,
  rules: TimeAccountRules = DEFAULT_TIME_ACCOUNT_RULES,
): { date: string; amount: number }[] {
  const standardDay = (rules.fullTimeWeeklyHours / 5) * contractRatio;
  const kind = LEAVE_KIND_OF_ABSENCE[absence.kind];
  if (!kind) return [];
  return workingDayHours(absence, holidays, rules.timeZone).map((day) => ({
    date: day.date,
    // A leave day is a day whatever its hours, half a day when it covers less than half the standard one.
    amount:
      kind === LeaveKind.RECOVERY ? Math.min(day.hours, standardDay) : day.hours * 2 < standardDay ? 0.5 : 1,
  }));
}

/**
 * The four balances of the year: entitled, taken (days before today), planned (today and after),
 * remaining. Annual leave past its own days draws on the fractionnement days.
 */
export function leaveBalances(input: LeaveInput): LeaveBalanceResponse[] {
  const rules = input.rules ?? DEFAULT_TIME_ACCOUNT_RULES;
  const today = calendarOf(rules.timeZone ?? SERVICE_TIME_ZONE).localDate(input.now);
  const used = new Map<LeaveKind, { taken: number; planned: number }>(
    Object.values(LeaveKind).map((kind) => [kind, { taken: 0, planned: 0 }]),
  );
  let outsideSeason = 0;
  for (const absence of input.absences) {
    const kind = LEAVE_KIND_OF_ABSENCE[absence.kind];
    if (!kind) continue;
    for (const day of absenceDraw(absence, input.holidays, input.contractRatio, rules)) {
      if (!day.date.startsWith(`${input.year}-`)) continue;
      const entry = used.get(kind)!;
      if (day.date < today) entry.taken += day.amount;
      else entry.planned += day.amount;
      if (kind === LeaveKind.ANNUAL_LEAVE && outsideLeaveSeason(day.date)) outsideSeason += day.amount;
    }
  }

  used.get(LeaveKind.ANNUAL_LEAVE)!.taken += input.carried?.annualLeave ?? 0;
  used.get(LeaveKind.RTT)!.taken += input.carried?.rtt ?? 0;
  let sickDays = 0;
  for (const sick of input.sickness ?? []) {
    for (const day of workingDayHours(sick, input.holidays, rules.timeZone)) {
      if (day.date.startsWith(`${input.year}-`)) sickDays++;
    }
  }
  const rttLost = rttLostToSickness(rttDaysForWeek(input.cycleWeeklyHours), sickDays);

  const entitled: Record<LeaveKind, number> = {
    [LeaveKind.ANNUAL_LEAVE]: annualLeaveEntitlement(input.contractRatio, input.serviceShare),
    [LeaveKind.FRACTIONNEMENT]: fractionnementDays(outsideSeason),
    [LeaveKind.RTT]: Math.max(
      0,
      rttEntitlement(input.cycleWeeklyHours, input.contractRatio, input.serviceShare) - rttLost,
    ),
    [LeaveKind.RECOVERY]: round2(input.restedHours),
  };

  // Annual leave beyond its entitlement spills onto the fractionnement days, taken first.
  const annual = used.get(LeaveKind.ANNUAL_LEAVE)!;
  const fraction = used.get(LeaveKind.FRACTIONNEMENT)!;
  const overflow = Math.max(0, annual.taken + annual.planned - entitled[LeaveKind.ANNUAL_LEAVE]);
  const spilled = Math.min(overflow, entitled[LeaveKind.FRACTIONNEMENT]);
  const spilledFromPlanned = Math.min(spilled, annual.planned);
  annual.planned -= spilledFromPlanned;
  annual.taken -= spilled - spilledFromPlanned;
  fraction.planned += spilledFromPlanned;
  fraction.taken += spilled - spilledFromPlanned;

  return Object.values(LeaveKind).map((kind) => {
    const entry = used.get(kind)!;
    const unit: LeaveUnit = kind === LeaveKind.RECOVERY ? 'HOUR' : 'DAY';
    return {
      kind,
      unit,
      entitled: entitled[kind],
      taken: round2(entry.taken),
      planned: round2(entry.planned),
      remaining: round2(entitled[kind] - entry.taken - entry.planned),
    };
  });
}

/**
 * Would this absence take its balance below zero? The French message when it would, else null.
 * `others` are the agent's other approved (or requested, when deciding) absences of the year.
 */
export function leaveBalanceProblem(
  absence: LeaveAbsence,
  input: Omit<LeaveInput, 'absences'> & { absences: readonly LeaveAbsence[] },
): string | null {
  const kind = LEAVE_KIND_OF_ABSENCE[absence.kind];
  if (!kind) return null;
  const balances = leaveBalances({ ...input, absences: [...input.absences, absence] });
  const byKind = new Map(balances.map((balance) => [balance.kind, balance]));
  const remaining =
    kind === LeaveKind.ANNUAL_LEAVE
      ? byKind.get(LeaveKind.ANNUAL_LEAVE)!.remaining + byKind.get(LeaveKind.FRACTIONNEMENT)!.remaining
      : byKind.get(kind)!.remaining;
  if (remaining >= -1e-9) return null;
  const unit = kind === LeaveKind.RECOVERY ? 'h' : 'j';
  const left = round2(
    remaining +
      absenceDraw(absence, input.holidays, input.contractRatio, input.rules).reduce(
        (sum, d) => sum + d.amount,
        0,
      ),
  );
  return `Solde insuffisant (${LEAVE_KIND_LABELS[kind]}) : il reste ${formatAmount(left)} ${unit}, cette absence en demande ${formatAmount(round2(left - remaining))} ${unit}.`;
}

function formatAmount(value: number): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}
