import type { ForecastResponse } from '@vigie/shared';

import { forecastSentence, monthInWords, shortMonth } from './forecast-words';

function forecastOf(operational: number[], target: number | null, first = '2026-11'): ForecastResponse {
  const [year, month] = first.split('-').map(Number);
  const months = operational.map((value, i) => {
    const date = new Date(Date.UTC(year, month - 1 + i, 1));
    return {
      month: date.toISOString().slice(0, 7),
      operational: value,
      target,
    };
  });
  const reached = months.find((m) => m.target !== null && m.operational >= m.target);
  const last = months[months.length - 1];
  return {
    months,
    targetReachedIn: reached?.month ?? null,
    shortfall: reached || target === null ? 0 : target - last.operational,
  };
}

describe('the forecast in words', () => {
  it('names the month the target is reached, in French', () => {
    const forecast = forecastOf([20, 21, 22, 23, 24, 24], 24, '2026-11');
    expect(forecastSentence(forecast)).toBe('Objectif de 24 atteint en mars 2027');
  });

  it('gives the target of the month it is reached when the series raises it', () => {
    const forecast: ForecastResponse = {
      months: [
        { month: '2026-11', operational: 22, target: 23 },
        { month: '2026-12', operational: 23, target: 24 },
        { month: '2027-01', operational: 24, target: 24 },
      ],
      targetReachedIn: '2027-01',
      shortfall: 0,
    };
    expect(forecastSentence(forecast)).toBe('Objectif de 24 atteint en janvier 2027');
  });

  it('says how many agents will be missing at the end when it is not reached', () => {
    const forecast = forecastOf([17, 19, 20, 21], 24, '2027-08');
    expect(forecastSentence(forecast)).toBe(
      'Objectif non atteint d’ici novembre 2027 : il manquera 3 agents',
    );
  });

  it('speaks of one agent in the singular', () => {
    const forecast = forecastOf([22, 23], 24, '2027-07');
    expect(forecastSentence(forecast)).toBe('Objectif non atteint d’ici août 2027 : il manquera 1 agent');
  });

  it('says so when no target is set', () => {
    expect(forecastSentence(forecastOf([17, 18], null))).toBe(
      'Aucun objectif d’effectif n’est fixé pour cette période.',
    );
    expect(forecastSentence({ months: [], targetReachedIn: null, shortfall: 0 })).toContain('Aucun objectif');
  });

  it('writes months in full for sentences and short for the chart', () => {
    expect(monthInWords('2026-12')).toBe('décembre 2026');
    expect(shortMonth('2027-02')).toBe('févr. 27');
  });
});
