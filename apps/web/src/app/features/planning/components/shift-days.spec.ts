import { TestBed } from '@angular/core/testing';
import { AbsenceKind } from '@vigie/shared';

import { words } from '../../dashboard/testing/words';
import { groupByDay } from '../domain/my-planning';
import { absenceOf, agentOf, shiftOf } from '../testing/planning.builders';
import { ShiftDays } from './shift-days';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const TODAY = '2026-11-25';

function render(days: ReturnType<typeof groupByDay>): HTMLElement {
  const fixture = TestBed.createComponent(ShiftDays);
  fixture.componentRef.setInput('days', days);
  fixture.componentRef.setInput('emptyText', 'Aucun créneau publié pour les quatre prochaines semaines.');
  fixture.componentRef.setInput('dayTestId', 'my-day');
  fixture.componentRef.setInput('itemTestId', 'my-shift');
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('an agent’s coming days', () => {
  it('lists each day under its heading, a shift in its colour with its times, an absence set apart', () => {
    const element = render(
      groupByDay(
        [
          shiftOf('s-1', 'MATIN', '2026-11-26T05:00:00.000Z', '2026-11-26T13:00:00.000Z', {
            colour: '#43a047',
          }),
        ],
        [
          absenceOf('ab-1', JULIEN, '2026-11-29T23:00:00.000Z', '2026-11-30T23:00:00.000Z', {
            kind: AbsenceKind.RTT,
          }),
        ],
        TODAY,
        '2026-12-22',
        TODAY,
      ),
    );

    const days = [...element.querySelectorAll('[data-testid="my-day"]')];
    expect(days.map((day) => words(day.querySelector('h3')))).toEqual([
      'Jeudi 26 novembre Demain',
      'Lundi 30 novembre',
    ]);
    const [shift, absence] = [...element.querySelectorAll<HTMLElement>('[data-testid="my-shift"]')];
    expect(words(shift)).toBe('Patrouille du matin 06:00–14:00');
    expect(shift.style.getPropertyValue('--shift-colour')).toBe('#43a047');
    expect(shift.classList).not.toContain('absence');
    expect(words(absence)).toBe('RTT');
    expect(absence.classList).toContain('absence');
  });

  it('says so when nothing is published', () => {
    const element = render([]);
    expect(element.querySelector('[data-testid="my-day"]')).toBeNull();
    expect(words(element)).toBe('Aucun créneau publié pour les quatre prochaines semaines.');
  });
});
