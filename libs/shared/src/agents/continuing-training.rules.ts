import { addDays, addMonths } from '../common/calendar/local-date';
import { Grade } from './agent.enum';

/** Décret n° 2000-51 du 20 janvier 2000 (formation continue obligatoire), as the Interior ministry's answers cite it. */
export const CONTINUING_TRAINING_SOURCE =
  'Décret n° 2000-51 du 20 janvier 2000 relatif à la formation continue obligatoire des chefs de service de police municipale et des agents de police municipale';

export interface ContinuingTrainingRule {
  /** Days of training at least per period. */
  minDays: number;
  /** Length of a period in years. */
  years: number;
}

const AGENTS: ContinuingTrainingRule = { minDays: 10, years: 5 };
const CHEFS: ContinuingTrainingRule = { minDays: 10, years: 3 };

/**
 * 10 days per 5 years for the agents' cadre d'emplois, per 3 years for chefs de service. Directors
 * were to get their own figure by a later amendment not verified here: none is tracked for them,
 * nor for ASVP and administrative staff, who have no such obligation.
 */
export const CONTINUING_TRAINING_RULES: Record<Grade, ContinuingTrainingRule | null> = {
  [Grade.GARDIEN_BRIGADIER]: AGENTS,
  [Grade.BRIGADIER_CHEF_PRINCIPAL]: AGENTS,
  [Grade.CHEF_DE_SERVICE]: CHEFS,
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_2]: CHEFS,
  [Grade.CHEF_DE_SERVICE_PRINCIPAL_1]: CHEFS,
  [Grade.DIRECTEUR]: null,
  [Grade.ASVP]: null,
  [Grade.ADMINISTRATIVE]: null,
};

/** A completed continuing-training course: its first day and the days it counted. */
export interface TrainingFacts {
  date: string;
  days: number;
}

export type ContinuingTrainingStatus = 'LAPSED' | 'BEHIND' | 'ON_TRACK' | 'DONE';

export interface ContinuingTraining {
  /** First day of the current period. */
  periodStart: string;
  /** Last day of the current period: the deadline. */
  deadline: string;
  /** Days done in the current period. */
  days: number;
  minDays: number;
  /** The previous period, when it ended short: its days. */
  previousShortfall: { periodStart: string; deadline: string; days: number } | null;
  /**
   * LAPSED: the previous period ended short; BEHIND: fewer days than the whole years gone call
   * for (pro rata of the period: 2 a year for an agent, 3 for a chef de service); DONE: the period's days are done; ON_TRACK otherwise.
   */
  status: ContinuingTrainingStatus;
}

/**
 * The agent's progress on `today`. Periods run from his hire date, one after the other (the
 * texts count from the appointment; Vigie knows the hire date only). Null: no obligation.
 */
export function continuingTraining(
  grade: Grade,
  hireDate: string,
  trainings: readonly TrainingFacts[],
  today: string,
): ContinuingTraining | null {
  const rule = CONTINUING_TRAINING_RULES[grade];
  if (!rule || today < hireDate) return null;
  let index = 0;
  while (addMonths(hireDate, 12 * rule.years * (index + 1)) <= today) index += 1;
  const startOf = (i: number): string => addMonths(hireDate, 12 * rule.years * i);
  const periodStart = startOf(index);
  const next = startOf(index + 1);
  const daysIn = (from: string, to: string): number =>
    trainings.filter((t) => t.date >= from && t.date < to).reduce((sum, t) => sum + t.days, 0);
  const days = daysIn(periodStart, next);
  let previousShortfall: ContinuingTraining['previousShortfall'] = null;
  if (index > 0) {
    const previousDays = daysIn(startOf(index - 1), periodStart);
    if (previousDays < rule.minDays) {
      previousShortfall = {
        periodStart: startOf(index - 1),
        deadline: addDays(periodStart, -1),
        days: previousDays,
      };
    }
  }
  // Pro rata of the whole years gone: a course a year keeps an agent on pace, whatever its month.
  let fullYears = 0;
  while (fullYears < rule.years && addMonths(periodStart, 12 * (fullYears + 1)) <= today) fullYears += 1;
  const expected = Math.floor((rule.minDays * fullYears) / rule.years);
  const status: ContinuingTrainingStatus =
    days >= rule.minDays ? 'DONE' : previousShortfall ? 'LAPSED' : days < expected ? 'BEHIND' : 'ON_TRACK';
  return { periodStart, deadline: addDays(next, -1), days, minDays: rule.minDays, previousShortfall, status };
}

const STATUS_ORDER: Record<ContinuingTrainingStatus, number> = { LAPSED: 0, BEHIND: 1, ON_TRACK: 2, DONE: 3 };

/** Those behind first: lapsed, then behind, then on track; within each, the nearest deadline first. */
export function compareContinuingTraining(a: ContinuingTraining, b: ContinuingTraining): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.deadline.localeCompare(b.deadline);
}

export const CONTINUING_TRAINING_STATUS_LABELS: Record<ContinuingTrainingStatus, string> = {
  LAPSED: 'Période échue incomplète',
  BEHIND: 'En retard',
  ON_TRACK: 'Dans les temps',
  DONE: 'Accomplie',
};
