import { solverJargonIn } from './plain-words.rules';

describe('the words of the automatic planning', () => {
  it('finds solver jargon whatever the case and the accents', () => {
    expect(solverJargonIn('Solveur : premier passage glouton')).toEqual(['solveur', 'glouton']);
    expect(solverJargonIn('borne lâche : OPTIMALITÉ non prouvée')).toEqual(['borne', 'optimalite']);
    expect(solverJargonIn('écart à l’optimum ≤ 2 %, gap 0,3')).toEqual(['optimum', 'gap']);
    expect(solverJargonIn('une heuristique, HiGHS, la relaxation')).toEqual([
      'heuristique',
      'highs',
      'relaxation',
    ]);
  });

  it('lets plain French through, words that merely contain jargon included', () => {
    expect(
      solverJargonIn(
        '46 places pourvues sur 49. Écart de charge entre agents : 6 h ; nuits par agent : 0 à 2. ' +
          'Les bornes-fontaines ; un agent disponible ; pourvu ; surborner',
      ),
    ).toEqual(['bornes']);
    expect(solverJargonIn('Aucun agent qualifié disponible le dimanche 06/12 de 22:00 à 06:00')).toEqual([]);
  });
});
