import {
  type AgentLoadResponse,
  compareFrench,
  dayMonth,
  type PlannedAssignmentResponse,
  type PlanQualityResponse,
} from '@vigie/shared';

import { weekdayShort } from '../../../shared/time/date-words';

/**
 * How a proposal of the automatic planning reads on screen, for a chief: what is proposed, each
 * agent's load against his contract (the API says what was filled, what was not and why, and how
 * fair it is: `summary`, `uncovered`). Pure, tested.
 */

/** How long the search may take (PLANNER_TIME_LIMIT_SECONDS, 10 s by default): what the wait says. */
export const PLANNER_SECONDS = 10;

/** `9.84` → « 9,8 »: French decimals, at most `digits` of them, no trailing zero. */
export function decimalFr(value: number, digits = 1): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return (Object.is(rounded, -0) ? 0 : rounded).toString().replace('.', ',');
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
