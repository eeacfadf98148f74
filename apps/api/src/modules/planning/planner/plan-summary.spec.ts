import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { AgentLoadResponse, QualificationKind, solverJargonIn } from '@vigie/shared';
import * as ts from 'typescript';

import {
  fairnessText,
  filledText,
  planSummary,
  REASONS,
  uncoveredMessage,
  unfilledText,
} from './plan-summary';

const load = (hours: number, contractHours: number, nights: number, weekends: number): AgentLoadResponse => ({
  agentId: `a-${hours}-${nights}`,
  agentName: 'Agent',
  contractRatio: 1,
  hours,
  contractHours,
  nights,
  weekends,
});

describe('the words of a planning proposal', () => {
  it('says what was filled, in places, with French plurals', () => {
    expect(filledText({ filledPlaces: 46, requiredPlaces: 49 })).toBe('46 places pourvues sur 49');
    expect(filledText({ filledPlaces: 1, requiredPlaces: 1 })).toBe('1 place pourvue sur 1');
    expect(filledText({ filledPlaces: 0, requiredPlaces: 0 })).toBe('Aucune place à pourvoir sur la période');
    expect(unfilledText(3)).toBe('3 créneaux non pourvus');
    expect(unfilledText(1)).toBe('1 créneau non pourvu');
    expect(unfilledText(0)).toBe('Tous les créneaux sont pourvus');
  });

  it('says how fair the share is: the gap of charge in hours, the range of nights and weekends', () => {
    // 35 h due each: one at +2 h, one at −4 h → 6 h apart; an agent absent all week left out.
    expect(fairnessText([load(37, 35, 2, 1), load(31, 35, 0, 0), load(0, 0, 0, 0)])).toBe(
      'Écart de charge entre agents : 6 h ; nuits par agent : 0 à 2 ; week-ends par agent : 0 à 1',
    );
    expect(fairnessText([load(35, 35, 1, 1), load(35, 35, 1, 1)])).toBe(
      'Écart de charge entre agents : 0 h ; nuits par agent : 1 ; week-ends par agent : 1',
    );
    expect(fairnessText([])).toBe('Aucun agent disponible sur la période');
  });

  it('says which shift could not be filled, when, and why', () => {
    const night = {
      label: 'Patrouille de nuit',
      startsAt: '2026-12-06T21:00:00.000Z',
      endsAt: '2026-12-07T05:00:00.000Z',
      zone: 'Europe/Paris',
    };
    expect(
      uncoveredMessage({
        ...night,
        kind: QualificationKind.FIREARM,
        required: 2,
        holding: 1,
        reasons: [
          [REASONS.resting, 3],
          [REASONS.absent, 1],
        ],
      }),
    ).toBe(
      'Patrouille de nuit, dimanche 06/12 de 22:00 à 06:00 : 2 agents armés requis, 1 affecté — ' +
        'les autres sont en repos obligatoire (3), en congé ou absents (1).',
    );
    expect(
      uncoveredMessage({ ...night, kind: QualificationKind.FIREARM, required: 1, holding: 0, reasons: [] }),
    ).toBe(
      'Patrouille de nuit, dimanche 06/12 de 22:00 à 06:00 : 1 agent armé requis, 0 affecté — ' +
        'aucun autre agent qualifié disponible.',
    );
    expect(uncoveredMessage({ ...night, required: 3, holding: 2, reasons: [] })).toBe(
      'Patrouille de nuit, dimanche 06/12 de 22:00 à 06:00 : 3 agents requis, 2 affectés — ' +
        'aucun autre agent disponible.',
    );
  });
});

/** Every string and template text of a source file (imports aside): what it may say to a user. */
function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node))
      found.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the automatic planning speaks to a chief, not to a solver', () => {
  it('has no solver jargon in the texts of the summary, the reasons and the refusals', () => {
    const files = ['plan-summary.ts', 'planner.service.ts'].map((name) => join(__dirname, name));
    const jargon = files.flatMap((file) =>
      literalsOf(file).flatMap((text) => solverJargonIn(text).map((word) => `${word} in « ${text} »`)),
    );
    expect(jargon).toEqual([]);
  });

  it('has no solver jargon in what a summary says, whatever the proposal', () => {
    const texts = [
      ...Object.values(
        planSummary({ filledPlaces: 12, requiredPlaces: 14 }, 2, [load(30, 35, 1, 0), load(40, 35, 3, 2)]),
      ),
      ...Object.values(planSummary({ filledPlaces: 0, requiredPlaces: 0 }, 0, [])),
      ...Object.values(QualificationKind).map((kind) =>
        uncoveredMessage({
          label: 'Îlotage',
          startsAt: '2026-12-01T07:00:00.000Z',
          endsAt: '2026-12-01T15:00:00.000Z',
          zone: 'Europe/Paris',
          kind,
          required: 2,
          holding: 0,
          reasons: [
            [REASONS.unqualified(kind), 2],
            [REASONS.elsewhere, 1],
            [REASONS.otherRule, 1],
            [REASONS.maxHours, 1],
            [REASONS.busy, 1],
          ],
        }),
      ),
    ];
    expect(texts.flatMap((text) => solverJargonIn(text).map((word) => `${word} in « ${text} »`))).toEqual([]);
  });
});
