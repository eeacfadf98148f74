import { type ForecastResponse, formatDateFr, type MissedTargetResponse } from '@vigie/shared';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** `2027-03` → « mars 2027 ». */
export function monthInWords(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return `${MONTHS[index - 1]} ${year}`;
}

/** `2027-03` → « mars 27 », for the axis of a chart. */
export function shortMonth(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return `${SHORT_MONTHS[index - 1]} ${String(year).slice(2)}`;
}

/** « Objectif de 24 au 31/12/2026 », the same words on every screen; null without a target. */
export function targetInWords(target: number | null, date: string | null): string | null {
  if (target === null || date === null) return null;
  return $localize`Objectif de ${target} au ${formatDateFr(date)}`;
}

/** « Objectif de 23 au 31/12/2025 manqué : il manquait 2 agents à cette date ». */
export function missedTargetInWords(missed: MissedTargetResponse): string {
  const date = formatDateFr(missed.effectiveDate);
  return missed.shortfall === 1
    ? $localize`Objectif de ${missed.headcount} au ${date} manqué : il manquait 1 agent à cette date`
    : $localize`Objectif de ${missed.headcount} au ${date} manqué : il manquait ${missed.shortfall} agents à cette date`;
}

/** « Objectif de 23 au 31/12/2025 manqué de 2 agents », where room is short (a dashboard tile). */
export function missedTargetInShort(missed: MissedTargetResponse): string {
  const date = formatDateFr(missed.effectiveDate);
  return missed.shortfall === 1
    ? $localize`Objectif de ${missed.headcount} au ${date} manqué de 1 agent`
    : $localize`Objectif de ${missed.headcount} au ${date} manqué de ${missed.shortfall} agents`;
}

/**
 * The forecast in one sentence, against the target every screen shows: « Objectif de 24 au
 * 31/12/2026 atteint en mars 2027 », or « Objectif de 24 au 31/12/2026 non atteint d’ici novembre
 * 2027 : il manquera 3 agents ».
 */
export function forecastSentence(forecast: ForecastResponse): string {
  const { months, targetReachedIn, shortfall } = forecast;
  const last = months.at(-1);
  const target = targetInWords(forecast.target, forecast.targetDate);
  if (!last || target === null) {
    return $localize`Aucun objectif d’effectif n’est fixé pour cette période.`;
  }
  if (targetReachedIn !== null) {
    return $localize`${target} atteint en ${monthInWords(targetReachedIn)}`;
  }
  const until = monthInWords(last.month);
  return shortfall === 1
    ? $localize`${target} non atteint d’ici ${until} : il manquera 1 agent`
    : $localize`${target} non atteint d’ici ${until} : il manquera ${shortfall} agents`;
}
