import { compareFrench } from './french-order.rules';

describe('compareFrench', () => {
  it('sorts accented names where a French reader looks for them', () => {
    expect(['Fabien', 'Émile', 'Denis', 'éric', 'Zoé', 'Eve'].sort(compareFrench)).toEqual([
      'Denis',
      'Émile',
      'éric',
      'Eve',
      'Fabien',
      'Zoé',
    ]);
  });

  it('answers as localeCompare with the French locale does', () => {
    const names = ['Martin Léa', 'MARTIN Lea', 'Martin Lucas', 'Dupont Émile', 'dupont emile', 'Œuvre'];
    for (const a of names)
      for (const b of names) expect(Math.sign(compareFrench(a, b))).toBe(Math.sign(a.localeCompare(b, 'fr')));
  });
});
