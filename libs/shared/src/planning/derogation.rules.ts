import { addDays, isIsoDate } from '../common/calendar/local-date';
import { RosterRule } from './planning.enum';
import { DerogableRule, RuleSet } from './roster.types';
import { formatHoursFr } from './shift-time.rules';

/**
 * Derogations to the working-time guarantees (décret 2000-815 art. 3 II): a) when the very object
 * of the service requires it permanently (protection of persons and property), b) for exceptional
 * circumstances and a limited period, by decision of the head of service who informs the staff
 * representatives at once. A derogation is a record — who decided, why, which agents, which dates,
 * which rule, to what limit — never a switch of the rule set. Pure: the API's checks and the web
 * form's share these words.
 */
export enum DerogationKind {
  /** Art. 3 II b: exceptional circumstances, a limited period. */
  EXCEPTIONAL = 'EXCEPTIONAL',
  /** Art. 3 II a: the service's permanent needs. */
  PERMANENT = 'PERMANENT',
}

export const DEROGATION_KIND_LABELS: Record<DerogationKind, string> = {
  [DerogationKind.EXCEPTIONAL]: 'Circonstances exceptionnelles (art. 3 II b)',
  [DerogationKind.PERMANENT]: 'Besoins permanents du service (art. 3 II a)',
};

/** The rules a derogation may relax, in the order the form offers them. */
export const DEROGABLE_RULES: readonly DerogableRule[] = [
  RosterRule.DAILY_WORK,
  RosterRule.DAY_SPAN,
  RosterRule.DAILY_REST,
  RosterRule.BREAK,
  RosterRule.WEEKLY_HOURS,
  RosterRule.AVERAGE_WEEKLY_HOURS,
  RosterRule.WEEKLY_REST,
];

/** Which way a rule's limit goes: a maximum is raised by a derogation, a minimum lowered. */
export function isMinimumRule(rule: DerogableRule): boolean {
  return rule === RosterRule.DAILY_REST || rule === RosterRule.WEEKLY_REST || rule === RosterRule.BREAK;
}

/** The unit of a rule's limit: minutes for the break, hours otherwise. */
export function derogationUnit(rule: DerogableRule): 'min' | 'h' {
  return rule === RosterRule.BREAK ? 'min' : 'h';
}

/** The standing threshold a derogation departs from. */
export function standingLimit(rule: DerogableRule, rules: RuleSet): number {
  switch (rule) {
    case RosterRule.DAILY_WORK:
      return rules.maxDailyWorkHours;
    case RosterRule.DAY_SPAN:
      return rules.maxDaySpanHours;
    case RosterRule.DAILY_REST:
      return rules.minDailyRestHours;
    case RosterRule.BREAK:
      return rules.minBreakMinutes;
    case RosterRule.WEEKLY_HOURS:
      return rules.maxWeeklyHours;
    case RosterRule.AVERAGE_WEEKLY_HOURS:
      return rules.maxAverageWeeklyHours;
    case RosterRule.WEEKLY_REST:
      return rules.minWeeklyRestHours;
  }
}

/** The farthest a derogation may go: a day has 24 h, a week 168 h. */
const CEILING: Record<DerogableRule, number> = {
  [RosterRule.DAILY_WORK]: 24,
  [RosterRule.DAY_SPAN]: 24,
  [RosterRule.DAILY_REST]: 24,
  [RosterRule.BREAK]: 120,
  [RosterRule.WEEKLY_HOURS]: 168,
  [RosterRule.AVERAGE_WEEKLY_HOURS]: 168,
  [RosterRule.WEEKLY_REST]: 168,
};

/** « 10 h », « 20 min »: a limit in its unit. */
export function limitFr(rule: DerogableRule, limit: number): string {
  return derogationUnit(rule) === 'min' ? `${limit} min` : formatHoursFr(limit);
}

/**
 * Why a limit is no derogation of `rule`, in French (null when it is one): a maximum must be above
 * the standing one, a minimum below it, within a day's (a week's) hours, in quarters of an hour
 * (whole minutes for the break).
 */
export function derogationLimitProblem(rule: DerogableRule, limit: number, rules: RuleSet): string | null {
  const standing = standingLimit(rule, rules);
  const unit = derogationUnit(rule);
  const step = unit === 'min' ? 1 : 0.25;
  if (!Number.isFinite(limit) || limit < 0 || limit > CEILING[rule]) {
    return `doit être entre 0 et ${limitFr(rule, CEILING[rule])}`;
  }
  if (Math.abs(limit / step - Math.round(limit / step)) > 1e-9) {
    return unit === 'min'
      ? 'doit être un nombre entier de minutes'
      : 'doit être un multiple d’un quart d’heure';
  }
  if (isMinimumRule(rule) ? limit >= standing : limit <= standing) {
    return isMinimumRule(rule)
      ? `doit être inférieur au minimum ordinaire (${limitFr(rule, standing)})`
      : `doit dépasser le maximum ordinaire (${limitFr(rule, standing)})`;
  }
  return null;
}

/** A derogation covers at most a year: it is renewed, not left open. */
export const DEROGATION_MAX_DAYS = 366;

/** Why the dates are not a derogation's period, in French (null when they are). */
export function derogationPeriodProblem(from: string, to: string): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'dates invalides';
  if (to < from) return 'la fin précède le début';
  if (to > addDays(from, DEROGATION_MAX_DAYS - 1)) return `${DEROGATION_MAX_DAYS} jours au plus`;
  return null;
}

/** « Repos quotidien : 9 h minimum au lieu de 11 h ». */
export function derogationSummary(rule: DerogableRule, limit: number, rules: RuleSet, label: string): string {
  const way = isMinimumRule(rule) ? 'minimum' : 'maximum';
  return `${label} : ${limitFr(rule, limit)} ${way} au lieu de ${limitFr(rule, standingLimit(rule, rules))}`;
}
