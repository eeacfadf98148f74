import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { planningFrame, Role, solverJargonIn } from '@vigie/shared';

import { openOnFakeBackend } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { WeekStore } from '../data-access/week.store';
import { agentOf, contextOf, planOf, shiftOf, staffedBy, userOf } from '../testing/planning.builders';
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
    ({ fixture, element, backend } = openOnFakeBackend(PlanningPage, userOf(roles), {
      inputs: { semaine: '2026-12-02' },
    }));
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    backend.expectOne(`/api/shifts?${PERIOD}&limit=200`).flush({ items: [NIGHT, MORNING], nextCursor: null });
    backend.expectOne(`/api/roster/publications?${PERIOD}&limit=200`).flush({ items: [], nextCursor: null });
    if (roles.includes(Role.CHIEF)) {
      backend
        .expectOne(`/api/absences?${PERIOD}&status=APPROVED&limit=200`)
        .flush({ items: [], nextCursor: null });
      await settle();
      backend
        .expectOne(`/api/roster/context?${PERIOD}`)
        .flush(contextOf([JULIEN, YASMINE], [NIGHT, MORNING], '2026-11-30', '2026-12-06'));
    }
    await settle();
    await weekDrawn();
  }
  afterEach(() => backend.verify());

  /** The grid draws the week a little per frame (RosterGrid): waits until it is all there. */
  async function weekDrawn(): Promise<void> {
    const rows = () => element.querySelectorAll('vg-roster-grid tr[data-testid^="row-"]').length;
    for (
      let frame = 0;
      frame < 20 && element.querySelector('vg-roster-grid') && rows() < 2 /* Julien, Yasmine */;
      frame++
    ) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      await fixture.whenStable();
    }
  }

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
    // The header the server paints first (the page's frame) says the same, so nothing jumps.
    const frame = planningFrame('2026-11-30');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe(frame.title);
    expect(element.querySelector('[data-testid="week-title"]')?.textContent?.trim()).toBe(frame.lede);
    expect(element.querySelector('[data-testid="publication-state"]')?.textContent).toContain('Brouillon');
    const slot = element.querySelector('[data-testid="slot-s-morning"]')!;
    expect(slot.textContent).toContain('Patrouille du matin');
    expect(slot.textContent).toContain('06:00–14:00');
    expect(slot.textContent).toContain('0/2');
  });

  it('says how many shifts « Générer les créneaux » created and how many were already there', async () => {
    await open([Role.CHIEF]);
    element.querySelector<HTMLButtonElement>('[data-testid="generate"]')!.click();
    backend
      .expectOne({ method: 'POST', url: '/api/shifts/generate' })
      .flush({ created: 1, alreadyPresent: 1, shifts: [NIGHT, MORNING] });
    await settle();
    backend
      .expectOne(`/api/roster/context?${PERIOD}`)
      .flush(contextOf([JULIEN, YASMINE], [NIGHT, MORNING], '2026-11-30', '2026-12-06'));
    await settle();
    // Two shifts listed, one of them created: the message counts what the API created.
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
      '1 créneau créé, 1 déjà présent.',
    );
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

  it('draws the paper week only to print, at once when the browser is about to print', async () => {
    await open([Role.CHIEF]);
    expect(element.querySelector('vg-print-week')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    // No waiting: the print dialog lays the page out as soon as the event returns.
    expect(element.querySelector('vg-print-week')?.textContent).toContain('Lefebvre');
    // Headed by the service whose wall it goes on.
    expect(element.querySelector('vg-print-week header')?.textContent).toContain(
      'Police municipale de Lomme',
    );
    window.dispatchEvent(new Event('afterprint'));
    await fixture.whenStable();
    expect(element.querySelector('vg-print-week')).toBeNull();
  });

  it('is read-only for HR: no editing, no rules context', async () => {
    await open([Role.HR]);
    expect(element.querySelector('[data-testid="publish"]')).toBeNull();
    expect(element.querySelector('[data-testid="verify"]')).toBeNull();
    expect(element.querySelector('.cell-hit')).toBeNull();
    expect(element.querySelector('[data-testid="unassign"]')).toBeNull();
    expect(element.querySelector('[data-testid="print"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="propose"]')).toBeNull();
  });

  describe('« Proposer un planning »', () => {
    const PROPOSAL = planOf('2026-11-30', '2026-12-06', [
      { shift: MORNING, agent: YASMINE },
      { shift: MORNING, agent: JULIEN },
    ]);
    PROPOSAL.stats = {
      ...PROPOSAL.stats,
      status: 'time_limit',
      mipGap: 0.0231,
      totalSeconds: 9.84,
      agents: [
        {
          agentId: JULIEN.id,
          agentName: 'Julien Lefebvre',
          contractRatio: 1,
          hours: 16,
          contractHours: 35,
          nights: 1,
          weekends: 0,
        },
        {
          agentId: YASMINE.id,
          agentName: 'Yasmine Haddad',
          contractRatio: 0.8,
          hours: 8,
          contractHours: 28,
          nights: 0,
          weekends: 0,
        },
      ],
    };
    PROPOSAL.uncovered = [
      {
        shiftId: NIGHT.id,
        label: 'Patrouille de nuit',
        startsAt: NIGHT.startsAt,
        missingAgents: 1,
        missing: [],
        message:
          'Patrouille de nuit, lundi 30/11 de 21:00 à 05:00 : 2 agents requis, 1 affecté — ' +
          'les autres sont en repos obligatoire (1).',
      },
    ];
    const text = (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '';
    const ghost = (shiftId: string, agentId: string) =>
      element.querySelector(`[data-testid="ghost-${shiftId}-${agentId}"]`);

    async function propose(): Promise<void> {
      await open([Role.CHIEF]);
      element.querySelector<HTMLButtonElement>('[data-testid="propose"]')!.click();
      await settle();
      expect(text('plan-progress')).toContain('Recherche d’un planning équitable…');
      expect(text('plan-progress')).toContain('Recherche d’un planning équitable… jusqu’à\u00a010\u00a0s');
      expect(element.querySelector('[data-testid="propose"]')!.getAttribute('aria-disabled')).toBe('true');
      expect(text('plan-announcement')).toContain('Recherche d’un planning équitable, jusqu’à 10 secondes.');
      const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
      expect(request.request.body).toEqual({ from: '2026-11-30', to: '2026-12-06', apply: false });
      request.flush(PROPOSAL);
      await settle();
    }

    async function apply(): Promise<void> {
      element.querySelector<HTMLButtonElement>('[data-testid="plan-apply"]')!.click();
      await settle();
      expect(document.querySelector('mat-dialog-container')?.textContent).toContain(
        '2 affectations seront écrites dans le brouillon du 30/11/2026 au 06/12/2026, telles que proposées.',
      );
      document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    /** The week the page reloads once a proposal is written, answered with these shifts. */
    async function reloadWeek(shifts: ReturnType<typeof shiftOf>[]): Promise<void> {
      backend.expectOne(`/api/shifts?${PERIOD}&limit=200`).flush({ items: shifts, nextCursor: null });
      backend
        .expectOne(`/api/roster/publications?${PERIOD}&limit=200`)
        .flush({ items: [], nextCursor: null });
      backend
        .expectOne(`/api/absences?${PERIOD}&status=APPROVED&limit=200`)
        .flush({ items: [], nextCursor: null });
      await settle();
      backend
        .expectOne(`/api/roster/context?${PERIOD}`)
        .flush(contextOf([JULIEN, YASMINE], shifts, '2026-11-30', '2026-12-06'));
      await settle();
    }

    it('shows the proposal as ghosts labelled « proposé » and its summary: places, unfilled shifts, fairness, loads', async () => {
      await propose();
      const ghostBlock = ghost(MORNING.id, YASMINE.id)!;
      expect(ghostBlock.classList).toContain('proposed');
      expect(ghostBlock.textContent).toContain('(proposé)');
      expect(ghostBlock.querySelector('[data-testid="unassign"]')).toBeNull();
      // The shift's coverage counts real + proposed agents.
      expect(element.querySelector('[data-testid="slot-s-morning"]')!.getAttribute('aria-label')).toContain(
        '2/2 agents dont 2 proposés',
      );
      expect(text('plan-headline')).toContain('2 affectations proposées');
      expect(text('plan-coverage')).toContain('4 places pourvues sur 4');
      expect(text('plan-uncovered')).toContain('Créneaux non pourvus');
      expect(text('plan-uncovered')).toContain(
        'Patrouille de nuit, lundi 30/11 de 21:00 à 05:00 : 2 agents requis, 1 affecté — les autres sont en repos obligatoire (1).',
      );
      expect(text('plan-fairness')).toBe(
        'Écart de charge entre agents : 1 h ; nuits par agent : 0 à 1 ; week-ends par agent : 0.',
      );
      // One row per agent, as in the grid: name (and part-time contract), hours against contract, nights, weekends.
      const loads = [...element.querySelectorAll('[data-testid="plan-load"]')].map((row) =>
        [...row.children].map((c) => c.textContent!.replace(/[ \n]+/g, ' ').trim()),
      );
      expect(loads).toEqual([
        ['Haddad Yasmine, contrat à 80\u00a0%', '8 / 28\u00a0h 29\u00a0%', '0', '0'],
        ['Lefebvre Julien', '16 / 35\u00a0h 46\u00a0%', '1', '0'],
      ]);
      expect(text('plan-announcement')).toContain(
        'Proposition prête : 2 affectations proposées, 4/4 places pourvues.',
      );
    });

    it('speaks to a chief: no solver jargon on the summary or its strip, whatever the search did', async () => {
      const usual = PROPOSAL.stats;
      // The worst case for words: the first pass only, a loose bound.
      PROPOSAL.stats = { ...usual, status: 'greedy', mipGap: 2.081 };
      try {
        await propose();
        const shown = (): string[] => [
          element.textContent ?? '',
          ...[...element.querySelectorAll('[aria-label], [title], [mattooltip]')].flatMap((node) =>
            ['aria-label', 'title', 'mattooltip'].map((name) => node.getAttribute(name) ?? ''),
          ),
        ];
        expect(element.querySelector('[data-testid="plan-panel"]')).not.toBeNull();
        expect(shown().flatMap(solverJargonIn)).toEqual([]);
        element.querySelector<HTMLButtonElement>('[data-testid="plan-toggle"]')!.click();
        await settle();
        expect(element.querySelector('[data-testid="plan-strip"]')).not.toBeNull();
        expect(text('plan-strip')).toContain('4 places pourvues sur 4');
        expect(shown().flatMap(solverJargonIn)).toEqual([]);
      } finally {
        PROPOSAL.stats = usual;
      }
    });

    it('drops the ghosts on « Annuler » and gives the focus back to the button', async () => {
      await propose();
      element.querySelector<HTMLButtonElement>('[data-testid="plan-cancel"]')!.click();
      await settle();
      await settle();
      expect(ghost(MORNING.id, YASMINE.id)).toBeNull();
      expect(element.querySelector('[data-testid="plan-panel"]')).toBeNull();
      expect(
        element.querySelector('[data-testid="slot-s-morning"] [data-testid="coverage"]')?.textContent,
      ).toBe('0/2');
      expect(document.activeElement?.getAttribute('data-testid')).toBe('propose');
    });

    it('applies after confirmation: the week reloads, a snack bar tells how many were added', async () => {
      await propose();
      await apply();
      const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
      // Exactly the proposal shown, sent back to be written as it is.
      expect(request.request.body).toEqual({
        from: '2026-11-30',
        to: '2026-12-06',
        apply: true,
        assignments: PROPOSAL.assignments.map(({ shiftId, agentId }) => ({ shiftId, agentId })),
      });
      request.flush({
        ...PROPOSAL,
        applied: true,
        stats: { ...PROPOSAL.stats, status: 'reviewed', mipGap: null },
      });
      await settle();
      const morning = staffedBy(MORNING, JULIEN, YASMINE);
      await reloadWeek([NIGHT, morning]);

      expect(element.querySelector('[data-testid="assigned-s-morning-a-yasmine"]')).not.toBeNull();
      expect(ghost(MORNING.id, YASMINE.id)).toBeNull();
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        '2 affectations ajoutées au brouillon',
      );
      expect(text('plan-headline')).toContain('2 affectations ajoutées au brouillon');
      expect(text('plan-applied')).toContain('Le planning écrit est celui de la proposition affichée.');
      // The summary keeps the figures of the proposal it wrote.
      expect(text('plan-coverage')).toContain('4 places pourvues sur 4');
    });

    it('applied from the folded strip, puts the focus on the strip (its buttons are gone)', async () => {
      await propose();
      element.querySelector<HTMLButtonElement>('[data-testid="plan-toggle"]')!.click();
      await settle();
      expect(element.querySelector('[data-testid="plan-strip"]')).not.toBeNull();
      await apply();
      backend.expectOne({ method: 'POST', url: '/api/roster/plan' }).flush({
        ...PROPOSAL,
        applied: true,
        stats: { ...PROPOSAL.stats, status: 'reviewed', mipGap: null },
      });
      await settle();
      await reloadWeek([NIGHT, MORNING]);
      await settle();
      expect(document.activeElement?.id).toBe('plan-strip-title');
    });

    it('offers no « Appliquer » once the week is published, and says why', async () => {
      await propose();
      expect(element.querySelector('[data-testid="plan-apply"]')).not.toBeNull();
      fixture.debugElement.injector.get(WeekStore).publications.set([
        {
          id: 'p1',
          from: '2026-11-30',
          to: '2026-12-06',
          publishedAt: '2026-11-25T19:00:00Z',
          publishedBy: 'chef',
        },
      ]);
      fixture.detectChanges();
      await settle();
      expect(element.querySelector('[data-testid="plan-apply"]')).toBeNull();
      expect(text('plan-week-published')).toContain('le planificateur ne modifie jamais un planning publié');
      // Nor a new proposal: the button says why it is off, and sends nothing.
      const button = element.querySelector<HTMLButtonElement>('[data-testid="propose"]')!;
      expect(button.getAttribute('aria-disabled')).toBe('true');
      button.click();
      await settle();
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        'Semaine publiée : le planificateur ne modifie jamais un planning publié.',
      );
      backend.expectNone({ method: 'POST', url: '/api/roster/plan' });
    });

    it('keeps the proposal and shows the API’s reason when applying is refused', async () => {
      await propose();
      await apply();
      backend
        .expectOne({ method: 'POST', url: '/api/roster/plan' })
        .flush(
          ...refusal('CONFLICT', 'Une partie de la période vient d’être publiée : relancez la proposition.'),
        );
      await settle();
      expect(element.querySelector('[data-testid="plan-problem"]')?.getAttribute('role')).toBe('alert');
      expect(text('plan-problem')).toContain(
        'Une partie de la période vient d’être publiée : relancez la proposition.',
      );
      expect(ghost(MORNING.id, YASMINE.id)).not.toBeNull();
      expect(element.querySelector('[data-testid="plan-apply"]')).not.toBeNull();
    });
  });
});
