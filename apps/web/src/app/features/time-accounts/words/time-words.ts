import {
  type AbsenceKind,
  DEFAULT_TIME_ACCOUNT_RULES,
  formatDateFr,
  formatHoursFr,
  frenchMonthTitle,
  LEAVE_KIND_LABELS,
  LEAVE_KIND_OF_ABSENCE,
  type LeaveBalanceResponse,
  LeaveKind,
  localDateOf,
  localTimeOf,
  type OvertimeByKindResponse,
  type OvertimeMonthResponse,
  overtimeTotal,
  type TimeAccountResponse,
  type WorkedTimeResponse,
} from '@vigie/shared';

/**
 * The words of the time accounts. Hours read one way everywhere: « 7 h 30 » (the shared
 * formatter the planning uses), days with a decimal comma (« 2,5 jours »).
 */

const grouped = new Intl.NumberFormat('fr-FR');

/** 7.5 → « 7 h 30 », 1607 → « 1 607 h » (thousands apart, as French figures are written). */
export function hoursFr(hours: number): string {
  return formatHoursFr(hours).replace(/\d+/, (whole) => grouped.format(Number(whole)));
}

/** A balance with its sign: « +12 h 30 », « −8 h », « 0 h ». */
export function signedHoursFr(hours: number): string {
  const text = hoursFr(Math.abs(hours));
  if (text === '0 h') return text;
  return hours > 0 ? `+${text}` : `−${text}`;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** 12 → « 12 jours », 1 → « 1 jour », 2.5 → « 2,5 jours ». */
export function daysFr(days: number): string {
  const unit = Math.abs(days) >= 2 ? $localize`jours` : $localize`jour`;
  return `${decimal.format(days).replace('-', '−')} ${unit}`;
}

/** A leave figure in its unit: days for leave and RTT, hours for recovery. */
export function leaveAmount(unit: LeaveBalanceResponse['unit'], amount: number): string {
  return unit === 'HOUR' ? hoursFr(amount) : daysFr(amount);
}

/** The same, inside a sentence: « Il vous reste 12 jours de congés annuels ». */
const LEAVE_KIND_IN_SENTENCE: Record<LeaveKind, string> = {
  [LeaveKind.ANNUAL_LEAVE]: $localize`congés annuels`,
  [LeaveKind.FRACTIONNEMENT]: $localize`jours de fractionnement`,
  [LeaveKind.RTT]: $localize`RTT`,
  [LeaveKind.RECOVERY]: $localize`récupération`,
};

export { LEAVE_KIND_LABELS, overtimeTotal };

export const OVERTIME_KINDS: readonly (keyof OvertimeByKindResponse)[] = [
  'day',
  'night',
  'sunday',
  'holiday',
];

export const OVERTIME_KIND_LABELS: Record<keyof OvertimeByKindResponse, string> = {
  day: $localize`Jour`,
  night: $localize`Nuit (22:00–07:00)`,
  sunday: $localize`Dimanche`,
  holiday: $localize`Jour férié`,
};

/** The monthly ceiling of overtime (décret 2002-60 art. 6), the rule the API warns by. */
export const OVERTIME_MONTH_CEILING = DEFAULT_TIME_ACCOUNT_RULES.monthlyOvertimeCeiling;

/** How much of the year's due hours are worked, 0–100 for the progress bar. */
export function workedPercent(account: Pick<TimeAccountResponse, 'hoursDue' | 'hoursWorked'>): number {
  if (account.hoursDue <= 0) return 0;
  return Math.min(100, Math.round((account.hoursWorked / account.hoursDue) * 100));
}

/** Worked plus what the roster still plans, 0–100, drawn behind the worked part. */
export function plannedPercent(
  account: Pick<TimeAccountResponse, 'hoursDue' | 'hoursWorked' | 'projectedBalance'>,
): number {
  if (account.hoursDue <= 0) return 0;
  const projected = account.hoursDue + account.projectedBalance;
  return Math.min(100, Math.max(0, Math.round((projected / account.hoursDue) * 100)));
}

/** « 1 204 h 30 réalisées sur 1 607 h dues (75 %) ». */
export function progressText(account: Pick<TimeAccountResponse, 'hoursDue' | 'hoursWorked'>): string {
  return $localize`${hoursFr(account.hoursWorked)} réalisées sur ${hoursFr(account.hoursDue)} dues (${workedPercent(account)} %)`;
}

/** The year's projected balance in words: over, under or even. */
export function balanceText(projectedBalance: number): string {
  if (Math.abs(projectedBalance) < 1 / 120)
    return $localize`À l’équilibre : le planning couvre exactement les heures dues.`;
  return projectedBalance > 0
    ? $localize`${signedHoursFr(projectedBalance)} au-delà des heures dues d’ici la fin de l’année.`
    : $localize`${hoursFr(-projectedBalance)} restent à planifier pour atteindre les heures dues.`;
}

/** « Solde au 06/12/2026 : −4 h ». */
export function balanceToDateTitle(
  account: Pick<TimeAccountResponse, 'balanceToDate' | 'countedTo'>,
): string {
  return $localize`Solde au ${formatDateFr(account.countedTo)} : ${signedHoursFr(account.balanceToDate)}`;
}

/** The balance to date in words, with the hours due it is measured against. */
export function balanceToDateText(
  account: Pick<TimeAccountResponse, 'balanceToDate' | 'hoursDueToDate' | 'countedFrom' | 'countedTo'>,
): string {
  const due = hoursFr(account.hoursDueToDate);
  const period = `${formatDateFr(account.countedFrom)} – ${formatDateFr(account.countedTo)}`;
  if (Math.abs(account.balanceToDate) < 1 / 120)
    return $localize`À l’équilibre : ${due} dues du ${period}, autant de réalisées et planifiées.`;
  return account.balanceToDate > 0
    ? $localize`${hoursFr(account.balanceToDate)} de plus que les ${due} dues du ${period}.`
    : $localize`${hoursFr(-account.balanceToDate)} de moins que les ${due} dues du ${period}.`;
}

/** Said when the account opens after 1 January: Vigie's roster began in the year. */
export function openedText(account: Pick<TimeAccountResponse, 'countedFrom' | 'year'>): string | null {
  if (account.countedFrom <= `${account.year}-01-01`) return null;
  return $localize`Compte ouvert le ${formatDateFr(account.countedFrom)}, premier jour du planning publié dans Vigie : les heures d’avant n’y sont pas.`;
}

/** Which side of the due hours the balance lies, for its colour. */
export function balanceTone(projectedBalance: number): 'over' | 'under' | 'even' {
  if (Math.abs(projectedBalance) < 1 / 120) return 'even';
  return projectedBalance > 0 ? 'over' : 'under';
}

/** One month's paid and rested overtime, for the 25 h ceiling. */
export function monthTotal(month: OvertimeMonthResponse): number {
  return overtimeTotal(month.paid) + month.rested;
}

/** The month's ceiling: 25 h, 20 h at 80 % (the API's; 25 h for a month it has not counted). */
function ceilingOf(month: OvertimeMonthResponse): number {
  return month.ceiling > 0 ? month.ceiling : OVERTIME_MONTH_CEILING;
}

/** « Décembre 2026 : 12 h 30 sur 25 h ». */
export function ceilingText(month: OvertimeMonthResponse): string {
  const total = hoursFr(monthTotal(month));
  const ceiling = hoursFr(ceilingOf(month));
  return month.overCeiling
    ? $localize`${frenchMonthTitle(month.month)} : ${total}, au-delà du plafond de ${ceiling} (décret 2002-60)`
    : $localize`${frenchMonthTitle(month.month)} : ${total} sur ${ceiling}`;
}

export function ceilingPercent(month: OvertimeMonthResponse): number {
  return Math.min(100, Math.round((monthTotal(month) / ceilingOf(month)) * 100));
}

/** « Solde d’ouverture : +12 h 30 · 5 jours de congés et 2 jours de RTT déjà pris »; null when nothing is carried in. */
export function openingText(account: Pick<TimeAccountResponse, 'opening'>): string | null {
  const opening = account.opening;
  if (!opening || (opening.hours === 0 && opening.annualLeaveTaken === 0 && opening.rttTaken === 0))
    return null;
  const taken: string[] = [];
  if (opening.annualLeaveTaken > 0) taken.push($localize`${daysFr(opening.annualLeaveTaken)} de congés`);
  if (opening.rttTaken > 0) taken.push($localize`${daysFr(opening.rttTaken)} de RTT`);
  const days = taken.length > 0 ? $localize` · ${taken.join(' et ')} déjà pris` : '';
  return $localize`Solde d’ouverture : ${signedHoursFr(opening.hours)}${days}`;
}

/** The month `YYYY-MM` of `today`, or an empty month when the account has none for it. */
export function monthOf(account: TimeAccountResponse, month: string): OvertimeMonthResponse {
  return (
    account.overtimeMonths.find((candidate) => candidate.month === month) ?? {
      month,
      paid: { day: 0, night: 0, sunday: 0, holiday: 0 },
      rested: 0,
      // Every month of a year has one ceiling (his ratio's); 0 falls back to 25 h.
      ceiling: account.overtimeMonths[0]?.ceiling ?? 0,
      overCeiling: false,
    }
  );
}

/** Which balance an absence draws on (the shared rule); null for sickness, training… */
export function leaveKindOf(kind: AbsenceKind): LeaveKind | null {
  return LEAVE_KIND_OF_ABSENCE[kind] ?? null;
}

/**
 * What is left of the balance an absence of `kind` draws on, in a sentence; annual leave draws on
 * the fractionnement days too (the shared rule counts both). Null for the kinds that draw on none.
 */
export function absenceBalance(
  account: Pick<TimeAccountResponse, 'leave'>,
  kind: AbsenceKind,
  own = true,
): { text: string; empty: boolean } | null {
  const leave = leaveKindOf(kind);
  const balance = account.leave.find((candidate) => candidate.kind === leave);
  if (!balance) return null;
  const extra = account.leave.find((candidate) => candidate.kind === LeaveKind.FRACTIONNEMENT);
  const withExtra = leave === LeaveKind.ANNUAL_LEAVE && extra && extra.remaining > 0;
  const text = withExtra
    ? remainingText(balance, own).replace(/\.$/, '') +
      $localize`, et ${daysFr(extra.remaining)} de fractionnement.`
    : remainingText(balance, own);
  return { text, empty: balance.remaining + (withExtra ? extra.remaining : 0) <= 0 };
}

/** « Il vous reste 12 jours de congés annuels. » (or « Il reste » when the chief records it). */
export function remainingText(balance: LeaveBalanceResponse, own = true): string {
  const amount = leaveAmount(balance.unit, Math.max(0, balance.remaining));
  const what = LEAVE_KIND_IN_SENTENCE[balance.kind];
  if (balance.remaining <= 0) {
    return own
      ? $localize`Il ne vous reste plus de ${what} : la demande sera refusée.`
      : $localize`Il ne reste plus de ${what} à cet agent.`;
  }
  return own ? $localize`Il vous reste ${amount} de ${what}.` : $localize`Il lui reste ${amount} de ${what}.`;
}

/** « 06/12/2026, 07:00–15:00 » (an end after midnight keeps its own time). */
export function spanText(startsAt: string, endsAt: string): string {
  return `${formatDateFr(localDateOf(startsAt))}, ${localTimeOf(startsAt)}–${localTimeOf(endsAt)}`;
}

/** A correction as the agent reads it: what was planned, what was worked, and by whom. */
export function correctionText(worked: WorkedTimeResponse): string {
  const actual = spanText(worked.startsAt, worked.endsAt);
  if (!worked.plannedStartsAt || !worked.plannedEndsAt) {
    return $localize`Rappel sur repos : ${actual}`;
  }
  return $localize`Prévu ${localTimeOf(worked.plannedStartsAt)}–${localTimeOf(worked.plannedEndsAt)}, réalisé ${actual}`;
}

export function compensationLabel(worked: Pick<WorkedTimeResponse, 'compensation'>): string {
  return worked.compensation === 'REST' ? $localize`en récupération` : $localize`payées`;
}

/** « Corrigé par Karim Benali le 06/12/2026 ». */
export function recordedText(worked: WorkedTimeResponse): string {
  const day = formatDateFr(localDateOf(worked.recordedAt));
  return worked.recordedByName
    ? $localize`Saisi par ${worked.recordedByName} le ${day}`
    : $localize`Saisi le ${day}`;
}

/** The year selector's choices: the years around this one the accounts make sense for. */
export function yearChoices(thisYear: number): number[] {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
}

/** The months of the payroll picker, this one first, back a year. */
export function monthChoices(today: string, count = 13): { value: string; label: string }[] {
  const [year, month] = today.split('-').map(Number);
  const months: { value: string; label: string }[] = [];
  for (let back = 0; back < count; back++) {
    const index = year * 12 + (month - 1) - back;
    const value = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    months.push({ value, label: frenchMonthTitle(value) });
  }
  return months;
}

/** The payroll file's name: `paie-2026-11.csv`. */
export function payrollFileName(month: string): string {
  return `paie-${month}.csv`;
}
