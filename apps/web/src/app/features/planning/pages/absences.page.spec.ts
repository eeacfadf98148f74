import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { AbsenceKind, AbsenceStatus, Role, RosterRule } from '@vigie/shared';

import { openOnFakeBackend } from '../../../testing/page-testing';
import { absenceOf, agentOf, userOf } from '../testing/planning.builders';
import { AbsencesPage } from './absences.page';

const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
// Monday 30 November to Tuesday 1 December included, Paris.
const REQUEST = absenceOf('ab-1', YASMINE, '2026-11-29T23:00:00.000Z', '2026-12-01T23:00:00.000Z', {
  kind: AbsenceKind.RTT,
  status: AbsenceStatus.REQUESTED,
  note: 'RTT',
});
const CONFLICTS = [
  {
    rule: RosterRule.ABSENCE,
    severity: 'violation' as const,
    agentId: YASMINE.id,
    shiftId: 's-1',
    message: 'Yasmine Haddad est en RTT le 30/11 (Patrouille de nuit du 30/11)',
  },
  {
    rule: RosterRule.ABSENCE,
    severity: 'violation' as const,
    agentId: YASMINE.id,
    shiftId: 's-2',
    message: 'Yasmine Haddad est en RTT le 01/12 (Patrouille du matin du 01/12)',
  },
];

describe('AbsencesPage', () => {
  let fixture: ComponentFixture<AbsencesPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  async function open(roles: Role[]): Promise<void> {
    ({ fixture, element, backend } = openOnFakeBackend(AbsencesPage, userOf(roles)));
    backend
      .expectOne((r) => r.url === '/api/absences' && r.method === 'GET')
      .flush({ items: [REQUEST], nextCursor: null });
    await settle();
  }
  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('lets the chief approve a request and shows the assignments to revisit, with the planning week', async () => {
    await open([Role.CHIEF]);
    const row = element.querySelector('[data-testid="absence-row"]')!;
    expect(row.textContent).toContain('Yasmine Haddad');
    expect(row.textContent).toContain('RTT du lun. 30/11 au mar. 01/12');
    expect(element.querySelector('[data-testid="pending-count"]')?.textContent).toContain(
      '1 demande en attente de réponse',
    );

    row.querySelector<HTMLButtonElement>('[data-testid="approve"]')!.click();
    await fixture.whenStable();
    const note = document.querySelector<HTMLTextAreaElement>('[data-testid="decision-note"]')!;
    note.value = 'Bon repos';
    note.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="decision-confirm"]')!.click();

    const decision = backend.expectOne({ method: 'POST', url: '/api/absences/ab-1/decision' });
    expect(decision.request.body).toEqual({ approved: true, note: 'Bon repos' });
    decision.flush({
      ...REQUEST,
      status: AbsenceStatus.APPROVED,
      decisionNote: 'Bon repos',
      conflicts: CONFLICTS,
      version: 2,
    });
    // The dialog closes (its exit animation), then the page shows the decision.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settle();

    const conflicts = element.querySelector('[data-testid="conflicts"]')!;
    expect(conflicts.textContent).toContain('2 affectations à revoir');
    expect(conflicts.textContent).toContain(
      'Yasmine Haddad est en RTT le 30/11 (Patrouille de nuit du 30/11)',
    );
    const link = conflicts.querySelector('a')!;
    expect(link.textContent).toContain('Voir le planning de la semaine du 30/11');
    expect(link.getAttribute('href')).toBe('/planning?semaine=2026-11-30');
    expect(element.querySelector('[data-testid="absence-status"]')?.textContent).toBe('Acceptée');
    expect(element.querySelector('[data-testid="approve"]')).toBeNull();
  });

  it('lets a chief de brigade read the requests without deciding', async () => {
    await open([Role.SUPERVISOR]);
    expect(element.textContent).toContain('Yasmine Haddad');
    expect(element.querySelector('[data-testid="approve"]')).toBeNull();
    expect(element.querySelector('[data-testid="record-absence"]')).toBeNull();
  });
});
