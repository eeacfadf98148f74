import type { ForecastResponse } from '@vigie/shared';

import {
  forecastSentence,
  missedTargetInShort,
  missedTargetInWords,
  monthInWords,
  shortMonth,
  targetInWords,
} from './forecast-words';

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
    target,
    targetDate: target === null ? null : '2027-12-31',
    targetReachedIn: reached?.month ?? null,
    shortfall: reached || target === null ? 0 : target - last.operational,
  };
}

describe('the forecast in words', () => {
  it('names the target with its date and the month it is reached, in French', () => {
    const forecast = forecastOf([20, 21, 22, 23, 24, 24], 24, '2026-11');
    expect(forecastSentence(forecast)).toBe('Objectif de 24 au 31/12/2027 atteint en mars 2027');
  });

  it('speaks of the target the forecast is measured against, not of a later one in the series', () => {
    const forecast: ForecastResponse = {
      months: [
        { month: '2026-11', operational: 22, target: 23 },
        { month: '2026-12', operational: 23, target: 23 },
        { month: '2027-01', operational: 24, target: 25 },
      ],
      target: 23,
      targetDate: '2026-12-31',
      targetReachedIn: '2026-12',
      shortfall: 0,
    };
    expect(forecastSentence(forecast)).toBe('Objectif de 23 au 31/12/2026 atteint en décembre 2026');
  });

  it('says how many agents will be missing at the end when it is not reached', () => {
    const forecast = forecastOf([17, 19, 20, 21], 24, '2027-08');
    expect(forecastSentence(forecast)).toBe(
      'Objectif de 24 au 31/12/2027 non atteint d’ici novembre 2027 : il manquera 3 agents',
    );
  });

  it('speaks of one agent in the singular', () => {
    const forecast = forecastOf([22, 23], 24, '2027-07');
    expect(forecastSentence(forecast)).toBe(
      'Objectif de 24 au 31/12/2027 non atteint d’ici août 2027 : il manquera 1 agent',
    );
  });

  it('says so when no target is set', () => {
    expect(forecastSentence(forecastOf([17, 18], null))).toBe(
      'Aucun objectif d’effectif n’est fixé pour cette période.',
    );
    expect(
      forecastSentence({ months: [], target: null, targetDate: null, targetReachedIn: null, shortfall: 0 }),
    ).toContain('Aucun objectif');
  });

  it('writes the target and a missed deadline the same way on every screen', () => {
    expect(targetInWords(24, '2026-12-31')).toBe('Objectif de 24 au 31/12/2026');
    expect(targetInWords(null, null)).toBeNull();
    expect(
      missedTargetInWords({ effectiveDate: '2025-12-31', headcount: 23, operational: 21, shortfall: 2 }),
    ).toBe('Objectif de 23 au 31/12/2025 manqué : il manquait 2 agents à cette date');
    expect(
      missedTargetInWords({ effectiveDate: '2025-12-31', headcount: 23, operational: 22, shortfall: 1 }),
    ).toBe('Objectif de 23 au 31/12/2025 manqué : il manquait 1 agent à cette date');
    expect(
      missedTargetInShort({ effectiveDate: '2025-12-31', headcount: 23, operational: 21, shortfall: 2 }),
    ).toBe('Objectif de 23 au 31/12/2025 manqué de 2 agents');
  });

  it('writes months in full for sentences and short for the chart', () => {
    expect(monthInWords('2026-12')).toBe('décembre 2026');
    expect(shortMonth('2027-02')).toBe('févr. 27');
  });
});
