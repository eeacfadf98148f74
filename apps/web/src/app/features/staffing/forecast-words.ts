import type { ForecastResponse } from '@vigie/shared';

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

/**
 * The forecast in one sentence: « Objectif de 24 atteint en mars 2027 », or « Objectif non atteint
 * d’ici novembre 2027 : il manquera 3 agents ».
 */
export function forecastSentence(forecast: ForecastResponse): string {
  const { months, targetReachedIn, shortfall } = forecast;
  const last = months.at(-1);
  if (!last || months.every((month) => month.target === null)) {
    return $localize`Aucun objectif d’effectif n’est fixé pour cette période.`;
  }
  if (targetReachedIn !== null) {
    const target = months.find((month) => month.month === targetReachedIn)?.target ?? 0;
    return $localize`Objectif de ${target} atteint en ${monthInWords(targetReachedIn)}`;
  }
  const until = monthInWords(last.month);
  return shortfall === 1
    ? $localize`Objectif non atteint d’ici ${until} : il manquera 1 agent`
    : $localize`Objectif non atteint d’ici ${until} : il manquera ${shortfall} agents`;
}
