import {
  addDays,
  type AgentLoadResponse,
  compareFrench,
  dayMonth,
  localDateOf,
  type PlannedAssignmentResponse,
  type PlanQualityResponse,
  type PlanResponse,
  weekStart,
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

/** A week of a proposal over several weeks, as the summary lists it for review. */
export interface PlanWeek {
  monday: string;
  /** « du 07/12 au 13/12 ». */
  label: string;
  /** « 42 affectations proposées · 1 créneau non pourvu ». */
  detail: string;
  proposed: number;
  uncovered: number;
  /** The week the grid shows. */
  shown: boolean;
  /** Looked at since the proposal came. */
  seen: boolean;
}

/** Each week of the proposal: what it adds and what it leaves empty, and whether it was reviewed. */
export function planWeeks(
  weeks: readonly string[],
  proposal: Pick<PlanResponse, 'assignments' | 'uncovered'>,
  shown: string,
  seen: readonly string[],
): PlanWeek[] {
  const weekOf = (instant: string): string => weekStart(localDateOf(instant));
  return weeks.map((monday) => {
    const proposed = proposal.assignments.filter((a) => weekOf(a.startsAt) === monday).length;
    const uncovered = proposal.uncovered.filter((u) => weekOf(u.startsAt) === monday).length;
    const left = plural(
      uncovered,
      $localize`tout est pourvu`,
      $localize`1 créneau non pourvu`,
      $localize`${uncovered} créneaux non pourvus`,
    );
    return {
      monday,
      label: $localize`du ${dayMonth(monday)} au ${dayMonth(addDays(monday, 6))}`,
      detail: `${proposedLabel(proposed)} · ${left}`,
      proposed,
      uncovered,
      shown: monday === shown,
      seen: seen.includes(monday),
    };
  });
}

/** « les semaines du 21/12 et du 28/12 »: the weeks not reviewed yet, said before applying. */
export function unseenLabel(mondays: readonly string[]): string {
  const weeks = mondays.map((monday) => $localize`du ${dayMonth(monday)}`);
  if (weeks.length === 1) return $localize`la semaine ${weeks[0]}`;
  return $localize`les semaines ${weeks.slice(0, -1).join(', ')} et ${weeks[weeks.length - 1]}`;
}
