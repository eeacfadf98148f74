import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { can, type Capability, Role } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { agentOf, contextOf, shiftOf, userOf } from '../testing/planning.builders';
import { PlanningPage } from './planning.page';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const NIGHT = shiftOf('s-night', 'NUIT', '2026-11-30T20:00:00.000Z', '2026-12-01T04:00:00.000Z', {
  assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
});
const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z');
const PERIOD = 'from=2026-11-30&to=2026-12-06';

describe('PlanningPage', () => {
  let fixture: ComponentFixture<PlanningPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;

  async function open(roles: Role[]): Promise<void> {
    const user = userOf(roles);
    await TestBed.configureTestingModule({
      imports: [PlanningPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: { user: signal(user), can: (c: Capability) => can(user.roles, c) },
        },
      ],
    }).compileComponents();
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanningPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('semaine', '2026-12-02');
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    backend.expectOne(`/api/shifts?${PERIOD}`).flush([NIGHT, MORNING]);
    backend.expectOne(`/api/roster/publications?${PERIOD}`).flush([]);
    if (roles.includes(Role.CHIEF)) {
      backend.expectOne(`/api/absences?${PERIOD}&status=APPROVED`).flush([]);
      await settle();
      backend
        .expectOne(`/api/roster/context?${PERIOD}`)
        .flush(contextOf([JULIEN, YASMINE], [NIGHT, MORNING], '2026-11-30', '2026-12-06'));
    }
    await settle();
  }
  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const choices = () => [...document.querySelectorAll<HTMLElement>('[data-testid="assign-choice"]')];

  it('shows the week asked for, a draft, and its shifts with their coverage', async () => {
    await open([Role.CHIEF]);
    expect(element.querySelector('[data-testid="week-title"]')?.textContent).toContain(
      'Semaine du 30 novembre au 6 décembre 2026',
    );
    expect(element.querySelector('[data-testid="publication-state"]')?.textContent).toContain('Brouillon');
    const slot = element.querySelector('[data-testid="slot-s-morning"]')!;
    expect(slot.textContent).toContain('Patrouille du matin');
    expect(slot.textContent).toContain('06:00–14:00');
    expect(slot.textContent).toContain('0/2');
  });

  it('assigns from the keyboard: an agent’s day lists its shifts with the rule each one breaks', async () => {
    await open([Role.CHIEF]);
    const cell = (agentId: string) =>
      element.querySelector<HTMLButtonElement>(`[data-testid="cell-${agentId}-2026-12-01"] .cell-hit`)!;
    expect(cell(JULIEN.id).getAttribute('aria-label')).toBe('Affecter Lefebvre Julien, Mardi 1 décembre');

    cell(JULIEN.id).click();
    await settle();
    const [morning] = choices();
    expect(morning.textContent).toContain(
      'Repos de 1 h entre le 01/12 05:00 et le 01/12 06:00 : 11 h minimum',
    );
    expect(morning.querySelector('button')!.disabled).toBe(true);
    document.querySelector<HTMLButtonElement>('mat-dialog-actions button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));

    cell(YASMINE.id).click();
    await settle();
    const [available] = choices();
    expect(available.textContent).toContain('Disponible');
    available.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    backend
      .expectOne({ method: 'PUT', url: '/api/shifts/s-morning/assignments/a-yasmine' })
      .flush({ ...MORNING, assignments: [{ agentId: YASMINE.id, agentName: 'Yasmine Haddad' }] });
    await settle();
    expect(element.querySelector('[data-testid="assigned-s-morning-a-yasmine"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="assign-feedback"]')?.textContent).toContain(
      'Yasmine Haddad affecté à Patrouille du matin du 01/12.',
    );
  });

  it('is read-only for HR: no editing, no rules context', async () => {
    await open([Role.HR]);
    expect(element.querySelector('[data-testid="publish"]')).toBeNull();
    expect(element.querySelector('[data-testid="verify"]')).toBeNull();
    expect(element.querySelector('.cell-hit')).toBeNull();
    expect(element.querySelector('[data-testid="unassign"]')).toBeNull();
    expect(element.querySelector('[data-testid="print"]')).not.toBeNull();
  });
});
