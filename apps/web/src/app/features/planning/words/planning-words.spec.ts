import { QualificationKind } from '@vigie/shared';

import { periodLabel } from '../../../shared/time/date-words';
import { generatedLabel, groupByRule, missingText, publicationState } from './planning-words';

describe('the planning in words', () => {
  it('says how many shifts « Générer les créneaux » created, never counting those already there', () => {
    const said = (created: number, alreadyPresent: number) =>
      generatedLabel({ created, alreadyPresent, shifts: [] });
    expect(said(1, 0)).toBe('1 créneau créé.');
    expect(said(49, 0)).toBe('49 créneaux créés.');
    expect(said(3, 46)).toBe('3 créneaux créés, 46 déjà présents.');
    expect(said(1, 1)).toBe('1 créneau créé, 1 déjà présent.');
    expect(said(0, 49)).toBe('Aucun créneau créé, 49 déjà présents.');
    expect(said(0, 0)).toBe('Aucun créneau créé : aucun type de créneau actif pour cette semaine.');
  });

  it('says what an uncovered shift misses', () => {
    const shift = (assigned: number, missing: { kind: QualificationKind; count: number }[]) => ({
      minAgents: 2,
      coverage: { covered: false, assigned, missing },
    });
    expect(missingText(shift(2, [{ kind: QualificationKind.FIREARM, count: 1 }]))).toBe(
      '1 agent armé manquant',
    );
    expect(missingText(shift(0, [{ kind: QualificationKind.FIREARM, count: 2 }]))).toBe(
      '2 agents manquants, 2 agents armés manquants',
    );
    expect(missingText(shift(1, [{ kind: QualificationKind.VIDEO_OPERATOR, count: 1 }]))).toBe(
      '1 agent manquant, 1 opérateur vidéo manquant',
    );
    expect(missingText({ minAgents: 1, coverage: { covered: true, assigned: 1, missing: [] } })).toBeNull();
  });

  it('tells a draft week from a published one, and by whom', () => {
    const publication = {
      id: 'p',
      from: '2026-11-23',
      to: '2026-11-29',
      publishedAt: '2026-11-25T19:10:44.442Z',
      publishedBy: 'chef',
    };
    expect(publicationState([publication], '2026-11-23')).toEqual({
      state: 'published',
      label: 'Publiée le 25/11 à 20:10 par chef',
    });
    expect(publicationState([publication], '2026-11-30')).toEqual({ state: 'draft', label: 'Brouillon' });
    expect(
      publicationState([{ ...publication, from: '2026-12-03', to: '2026-12-06' }], '2026-11-30'),
    ).toEqual({
      state: 'partial',
      label: 'Publiée du 03/12 au 06/12, le reste en brouillon',
    });
  });

  it('groups findings by rule, in the order they came', () => {
    const groups = groupByRule([
      { rule: 'DAILY_REST', message: 'a' },
      { rule: 'DAILY_WORK', message: 'b' },
      { rule: 'DAILY_REST', message: 'c' },
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.message)])).toEqual([
      ['Repos quotidien', ['a', 'c']],
      ['Durée quotidienne', ['b']],
    ]);
  });

  it('writes an absence’s period in Paris days', () => {
    expect(periodLabel('2026-12-13T23:00:00.000Z', '2026-12-18T23:00:00.000Z')).toBe(
      'du lun. 14/12 au ven. 18/12',
    );
    expect(periodLabel('2026-11-29T23:00:00.000Z', '2026-11-30T23:00:00.000Z')).toBe('le lun. 30/11');
    expect(periodLabel('2026-12-09T07:00:00.000Z', '2026-12-09T16:00:00.000Z')).toBe(
      'le mer. 09/12 de 08:00 à 17:00',
    );
  });
});
