import {
  type AgentLoadResponse,
  compareFrench,
  type PlannedAssignmentResponse,
  type PlanQualityResponse,
  type PlanStatsResponse,
} from '@vigie/shared';

import { dayMonth, weekdayShort } from './paris-time';

/**
 * How a proposal of the planner reads on screen: the solver's status and gap, times, coverage,
 * each agent's load against his contract, the fairness spreads. Pure, tested.
 */

export type PlanStatus = PlanStatsResponse['status'];

/** How long the solver may search (PLANNER_TIME_LIMIT_SECONDS, 10 s by default): what the wait says. */
export const PLANNER_SECONDS = 10;

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  optimal: $localize`optimal`,
  time_limit: $localize`meilleur trouvé dans le temps imparti`,
  greedy: $localize`premier passage glouton`,
  reviewed: $localize`proposition relue, écrite telle quelle`,
};

/** `9.84` → « 9,8 »: French decimals, at most `digits` of them, no trailing zero. */
export function decimalFr(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
}

/**
 * The distance to the best plan the solver could prove: « écart à l’optimum ≤ 2,4 % », rounded
 * up so that « ≤ » stays true; null when unknown (greedy pass) or nothing to say (proved optimal).
 */
export function gapLabel(status: PlanStatus, mipGap: number | null): string | null {
  if (mipGap === null || status === 'optimal') return null;
  if (mipGap <= 0) return $localize`écart à l’optimum nul`;
  const percent = Math.max(0.1, Math.ceil(mipGap * 1000 - 1e-9) / 10);
  return $localize`écart à l’optimum ≤ ${decimalFr(percent)}\u00a0%`;
}

/**
 * Above this gap the bound is too loose to say much (the fairness part of the objective is hard to
 * bound within a few seconds): the summary says so, so that a large figure does not alarm.
 */
export const LOOSE_GAP = 0.2;

/** « 9,8 s », « < 0,1 s ». */
export function secondsLabel(seconds: number): string {
  if (seconds < 0.05) return `<\u00a0${decimalFr(0.1)}\u00a0s`;
  return `${decimalFr(seconds)}\u00a0s`;
}

/** « 42/46 places ». */
export function placesLabel(quality: Pick<PlanQualityResponse, 'filledPlaces' | 'requiredPlaces'>): string {
  return $localize`${quality.filledPlaces}/${quality.requiredPlaces} places`;
}

function plural(count: number, none: string, one: string, many: string): string {
  return count === 0 ? none : count === 1 ? one : many;
}

/** « 24 affectations proposées ». */
export function proposedLabel(count: number): string {
  return plural(
    count,
    $localize`Aucune affectation à proposer`,
    $localize`1 affectation proposée`,
    $localize`${count} affectations proposées`,
  );
}

/** The snack bar after « Appliquer »: « 24 affectations ajoutées au brouillon ». */
export function addedLabel(count: number): string {
  return plural(
    count,
    $localize`Aucune affectation ajoutée au brouillon`,
    $localize`1 affectation ajoutée au brouillon`,
    $localize`${count} affectations ajoutées au brouillon`,
  );
}

/** How many assignments the plan written differs by from the proposal shown (added or left out). */
export function differenceCount(
  proposal: readonly Pick<PlannedAssignmentResponse, 'shiftId' | 'agentId'>[],
  applied: readonly Pick<PlannedAssignmentResponse, 'shiftId' | 'agentId'>[],
): number {
  const key = (a: { shiftId: string; agentId: string }): string => `${a.shiftId}|${a.agentId}`;
  const shown = new Set(proposal.map(key));
  const written = new Set(applied.map(key));
  return [...written].filter((k) => !shown.has(k)).length + [...shown].filter((k) => !written.has(k)).length;
}

/** Said after « Appliquer »: whether what was written is the proposal that was shown. */
export function differenceLabel(difference: number): string {
  return plural(
    difference,
    $localize`Le planning écrit est celui de la proposition affichée.`,
    $localize`Le planning écrit diffère de la proposition affichée sur 1 affectation.`,
    $localize`Le planning écrit diffère de la proposition affichée sur ${difference} affectations.`,
  );
}

/** « jeu. 03/12, ven. 04/12 »: published days, never planned. */
export function daysLabel(days: readonly string[]): string {
  return days.map((day) => `${weekdayShort(day)} ${dayMonth(day)}`).join(', ');
}

/** An agent's load over the period against his contract, as the summary's table shows it. */
export interface LoadRow {
  agentId: string;
  /** « Lefebvre Julien », as in the grid. */
  name: string;
  /** « 80 % » for a part-time contract, else empty. */
  contract: string;
  /** « 32 / 35 h ». */
  hours: string;
  /** « 91 % »; « — » without contract hours (absent the whole period). */
  percent: string;
  /** Width of the bar, 0–100, on a scale of 0 to 150 % of the contract. */
  bar: number;
  tone: 'low' | 'ok' | 'high' | 'none';
  nights: number;
  weekends: number;
}

/** Where 100 % of the contract sits on the bar (its scale goes to 150 %). */
export const BAR_FULL = 100 / 1.5;

export function loadRows(
  agents: readonly AgentLoadResponse[],
  names: ReadonlyMap<string, string> = new Map(),
): LoadRow[] {
  return agents
    .map((load): LoadRow => {
      const ratio = load.contractHours > 0 ? load.hours / load.contractHours : null;
      return {
        agentId: load.agentId,
        name: names.get(load.agentId) ?? load.agentName,
        contract: load.contractRatio === 1 ? '' : `${Math.round(load.contractRatio * 100)}\u00a0%`,
        hours: `${decimalFr(load.hours)} / ${decimalFr(load.contractHours)}\u00a0h`,
        percent: ratio === null ? '—' : `${Math.round(ratio * 100)}\u00a0%`,
        bar: ratio === null ? 0 : Math.min(100, (ratio * 100) / 1.5),
        tone: ratio === null ? 'none' : ratio < 0.75 ? 'low' : ratio > 1.15 ? 'high' : 'ok',
        nights: load.nights,
        weekends: load.weekends,
      };
    })
    .sort((a, b) => compareFrench(a.name, b.name));
}

/** A fairness measure, the solver's plan against the greedy pass: the smaller, the fairer. */
export interface FairnessRow {
  label: string;
  solver: string;
  greedy: string;
  /** Which plan is fairer on this measure; null when they are even. */
  fairer: 'solver' | 'greedy' | null;
}

export function fairnessRows(stats: Pick<PlanStatsResponse, 'solver' | 'greedy'>): FairnessRow[] {
  const row = (label: string, measure: keyof PlanQualityResponse, format: (v: number) => string) => ({
    label,
    solver: format(stats.solver[measure]),
    greedy: format(stats.greedy[measure]),
    fairer:
      stats.solver[measure] < stats.greedy[measure]
        ? ('solver' as const)
        : stats.solver[measure] > stats.greedy[measure]
          ? ('greedy' as const)
          : null,
  });
  return [
    row($localize`Heures / contrat`, 'hoursSpread', (v) => $localize`${decimalFr(v, 0)}\u00a0pts`),
    row($localize`Nuits par temps plein`, 'nightsSpread', (v) => decimalFr(v)),
    row($localize`Week-ends par temps plein`, 'weekendsSpread', (v) => decimalFr(v)),
  ];
}
