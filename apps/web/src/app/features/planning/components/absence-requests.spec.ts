import { TestBed } from '@angular/core/testing';
import { type AbsenceResponse, AbsenceStatus } from '@vigie/shared';

import { words } from '../../dashboard/testing/words';
import { absenceOf, agentOf } from '../testing/planning.builders';
import { AbsenceRequests } from './absence-requests';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');

function render(absences: AbsenceResponse[], compact: boolean): string[] {
  const fixture = TestBed.createComponent(AbsenceRequests);
  fixture.componentRef.setInput('absences', absences);
  fixture.componentRef.setInput('compact', compact);
  fixture.componentRef.setInput('itemTestId', 'my-absence');
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  return [...element.querySelectorAll('[data-testid="my-absence"]')].map((item) => words(item));
}

describe('an agent’s absence requests', () => {
  const refused = absenceOf('ab-1', JULIEN, '2026-12-13T23:00:00.000Z', '2026-12-18T23:00:00.000Z', {
    status: AbsenceStatus.REJECTED,
    note: 'Congés d’hiver',
    decisionNote: 'Effectif trop juste cette semaine-là',
  });

  it('gives the reason, the status, the period, his note and the chief’s answer', () => {
    expect(render([refused], false)).toEqual([
      'Congé annuel Refusée du lun. 14/12 au ven. 18/12 Congés d’hiver Réponse : Effectif trop juste cette semaine-là',
    ]);
  });

  it('keeps to the reason, the status and the period when compact', () => {
    expect(render([refused], true)).toEqual(['Congé annuel Refusée du lun. 14/12 au ven. 18/12']);
  });

  it('says when there is none', () => {
    const fixture = TestBed.createComponent(AbsenceRequests);
    fixture.componentRef.setInput('absences', []);
    fixture.componentRef.setInput('itemTestId', 'my-absence');
    fixture.detectChanges();
    expect(words(fixture.nativeElement as HTMLElement)).toBe('Aucune demande d’absence récente.');
  });
});
