/**
 * The automatic planning speaks to a chief, not to a solver: words of optimisation that must not
 * reach a screen or an answer of the API. Checked by the tests of the planner's texts (web
 * templates and words, the API's summary and reasons).
 */
const JARGON = [
  'glouton',
  'gloutonne',
  'greedy',
  'bornes?',
  'bound',
  'optimal',
  'optimale',
  'optimaux',
  'optimales',
  'optimum',
  'optimalite',
  'optimis\\w*',
  'optimiz\\w*',
  'gap',
  'mip',
  'plne',
  'solveur',
  'solveurs',
  'solver',
  'heuristiques?',
  'heuristics?',
  'programme lineaire',
  'programme mixte',
  'relaxation',
  'highs',
  'faisab\\w*',
  'feasib\\w*',
  'fonction objectif',
  'algorithmes?',
  'iterations?',
];

const PATTERN = new RegExp(`(?<![\\p{L}\\d])(${JARGON.join('|')})(?![\\p{L}\\d])`, 'giu');

/** Case and accents folded: « Optimalité » → « optimalite ». */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The jargon found in a text a user reads, folded (« Solveur », « optimalité » → `solveur`, `optimalite`). */
export function solverJargonIn(text: string): string[] {
  return [...folded(text).matchAll(PATTERN)].map((match) => match[1]);
}
