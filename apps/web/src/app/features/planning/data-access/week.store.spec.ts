import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Role, type ShiftResponse } from '@vigie/shared';

import { signedInAs } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { agentOf, cellOf, contextOf, shiftOf, userOf } from '../testing/planning.builders';
import { WeekStore } from './week.store';

const MONDAY = '2026-11-30';
const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const NIGHT = shiftOf('s-night', 'NUIT', '2026-11-30T20:00:00.000Z', '2026-12-01T04:00:00.000Z', {
  assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
});
const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z');
const REST_MESSAGE = 'Repos de 1 h entre le 01/12 05:00 et le 01/12 06:00 : 11 h minimum (Julien Lefebvre)';

describe('the week being planned', () => {
  let store: WeekStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        WeekStore,
        signedInAs(userOf([Role.CHIEF])),
      ],
    });
    store = TestBed.inject(WeekStore);
    backend = TestBed.inject(HttpTestingController);

    const loading = store.load(MONDAY);
    backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    backend
      .expectOne('/api/shifts?from=2026-11-30&to=2026-12-06&limit=200')
      .flush({ items: [NIGHT, MORNING], nextCursor: null });
    backend
      .expectOne('/api/roster/publications?from=2026-11-30&to=2026-12-06&limit=200')
      .flush({ items: [], nextCursor: null });
    backend
      .expectOne('/api/absences?from=2026-11-30&to=2026-12-06&status=APPROVED&limit=200')
      .flush({ items: [], nextCursor: null });
    // The rules engine's input is asked for with the week, not after it.
    const context = backend.expectOne('/api/roster/context?from=2026-11-30&to=2026-12-06');
    await settle();
    expect(store.loading()).toBe(false);
    expect(store.grid().groups.flatMap((group) => group.rows)).toHaveLength(2);
    context.flush(contextOf([JULIEN, YASMINE], [NIGHT, MORNING], MONDAY, '2026-12-06'));
    await loading;
  });
  afterEach(() => backend.verify());

  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const cell = (agentId: string, date: string) => cellOf(store.grid(), agentId, date);

  it('flags a drop that breaks the 11 h rest before the API answers, then takes it back on its 422', async () => {
    const assigning = store.assign(MORNING.id, JULIEN.id);

    // Nothing answered yet: the rules engine of the browser already said no.
    const request = backend.expectOne({ method: 'PUT', url: '/api/shifts/s-morning/assignments/a-julien' });
    expect(store.feedback()).toEqual({
      tone: 'danger',
      title: 'Julien Lefebvre sur Patrouille du matin du 01/12 : règle enfreinte',
      messages: expect.arrayContaining([REST_MESSAGE]),
    });
    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([
      expect.objectContaining({ shiftId: MORNING.id, pending: true, refused: true }),
    ]);

    request.flush(
      ...refusal('RULE_VIOLATION', `${REST_MESSAGE} (et 2 autre(s) règle(s))`, {
        violations: [
          { rule: 'DAILY_REST', message: REST_MESSAGE, agentId: JULIEN.id, shiftId: MORNING.id },
          { rule: 'DAILY_WORK', message: '16 h de travail le 01/12 : 10 h maximum (Julien Lefebvre)' },
        ],
      }),
    );
    expect(await assigning).toBe(false);

    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([]);
    expect(store.pending()).toEqual([]);
    expect(store.feedback()).toEqual({
      tone: 'danger',
      title: 'Affectation refusée : Julien Lefebvre sur Patrouille du matin du 01/12',
      messages: [REST_MESSAGE, '16 h de travail le 01/12 : 10 h maximum (Julien Lefebvre)'],
    });
  });

  it('shows a lawful assignment at once and keeps the API’s answer', async () => {
    const assigning = store.assign(MORNING.id, YASMINE.id);
    expect(store.feedback()?.tone).toBe('pending');
    expect(cell(YASMINE.id, '2026-12-01').shifts).toEqual([
      expect.objectContaining({ pending: true, refused: false }),
    ]);

    const updated: ShiftResponse = {
      ...MORNING,
      assignments: [{ agentId: YASMINE.id, agentName: 'Yasmine Haddad' }],
      coverage: { covered: false, assigned: 1, missing: [] },
    };
    backend.expectOne({ method: 'PUT', url: '/api/shifts/s-morning/assignments/a-yasmine' }).flush(updated);
    expect(await assigning).toBe(true);

    expect(cell(YASMINE.id, '2026-12-01').shifts).toEqual([
      expect.objectContaining({ shiftId: MORNING.id, pending: false, refused: false }),
    ]);
    expect(store.grid().days[1].slots.find((slot) => slot.id === MORNING.id)?.badge).toBe('1/2');
    expect(store.feedback()?.title).toBe('Yasmine Haddad affecté à Patrouille du matin du 01/12.');
    // The morning after, Yasmine now has the rest rule to respect too: the live roster follows.
    expect(store.findingsFor(NIGHT.id, YASMINE.id).length).toBeGreaterThan(0);
  });

  it('removes an agent at once and restores him when the API refuses', async () => {
    const removing = store.unassign(NIGHT.id, JULIEN.id);
    expect(cell(JULIEN.id, '2026-11-30').shifts).toEqual([]);
    backend
      .expectOne({ method: 'DELETE', url: '/api/shifts/s-night/assignments/a-julien' })
      .flush(
        { type: 'about:blank', title: 'Introuvable', status: 404, detail: 'Affectation introuvable.' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(await removing).toBe(false);
    expect(cell(JULIEN.id, '2026-11-30').shifts).toEqual([expect.objectContaining({ shiftId: NIGHT.id })]);
    expect(store.feedback()?.messages).toEqual(['Affectation introuvable.']);
  });

  it('tells what publishing the week does to each account: its draft hours, the balance after', async () => {
    const effects = store.publicationEffects();
    backend
      .expectOne((r) => r.url === '/api/time-accounts' && r.params.get('year') === '2026')
      .flush({
        year: 2026,
        items: [
          {
            agentId: YASMINE.id,
            agentName: 'Yasmine Haddad',
            balanceToDate: 2,
            countedTo: '2026-11-29',
            hoursDuePerDay: 4.4,
          },
          {
            agentId: JULIEN.id,
            agentName: 'Julien Lefebvre',
            balanceToDate: -20,
            countedTo: '2026-11-29',
            hoursDuePerDay: 4.4,
          },
        ],
        nextCursor: null,
      });
    // Julien's night (8 h) is the week's only draft hours, and the week's 7 days become due
    // (7 × 4,4 h): −20 + 8 − 30,8. Yasmine has no hours: she is left out.
    expect(await effects).toEqual([
      { agentId: JULIEN.id, agentName: 'Julien Lefebvre', periodHours: 8, balanceAfter: -42.8 },
    ]);
  });

  it('tells, for a week across the new year, each account its own shifts: those starting in its year', async () => {
    // The week of 28/12/2026: Julien's night of the 31st counts in 2026 (it starts then), his
    // morning of 1 January in 2027.
    const lastNight = shiftOf('s-31', 'NUIT', '2026-12-31T20:00:00.000Z', '2027-01-01T04:00:00.000Z', {
      assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
    });
    const newYear = shiftOf('s-01', 'MATIN', '2027-01-02T05:00:00.000Z', '2027-01-02T13:00:00.000Z', {
      assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
    });
    const loading = store.load('2026-12-28');
    backend
      .expectOne('/api/shifts?from=2026-12-28&to=2027-01-03&limit=200')
      .flush({ items: [lastNight, newYear], nextCursor: null });
    backend
      .expectOne('/api/roster/publications?from=2026-12-28&to=2027-01-03&limit=200')
      .flush({ items: [], nextCursor: null });
    backend
      .expectOne('/api/absences?from=2026-12-28&to=2027-01-03&status=APPROVED&limit=200')
      .flush({ items: [], nextCursor: null });
    backend
      .expectOne('/api/roster/context?from=2026-12-28&to=2027-01-03')
      .flush(contextOf([JULIEN, YASMINE], [lastNight, newYear], '2026-12-28', '2027-01-03'));
    await loading;

    const effects = store.publicationEffects();
    const account = (countedTo: string, balanceToDate: number) => ({
      agentId: JULIEN.id,
      agentName: 'Julien Lefebvre',
      balanceToDate,
      countedTo,
      hoursDuePerDay: 4.4,
    });
    backend
      .expectOne((r) => r.url === '/api/time-accounts' && r.params.get('year') === '2026')
      .flush({ year: 2026, items: [account('2026-12-27', -10)], nextCursor: null });
    backend
      .expectOne((r) => r.url === '/api/time-accounts' && r.params.get('year') === '2027')
      .flush({ year: 2027, items: [account('2026-12-31', 0)], nextCursor: null });
    // 2026: −10 + 8 h − 4 days (28–31/12) × 4,4 h; 2027: 0 + 8 h − 3 days (1–3/01) × 4,4 h.
    expect(await effects).toEqual([
      { agentId: JULIEN.id, agentName: 'Julien Lefebvre', periodHours: 8, balanceAfter: -19.6, year: 2026 },
      { agentId: JULIEN.id, agentName: 'Julien Lefebvre', periodHours: 8, balanceAfter: -5.2, year: 2027 },
    ]);
  });

  it('publishes without the accounts when they cannot be read', async () => {
    const effects = store.publicationEffects();
    backend
      .expectOne((r) => r.url === '/api/time-accounts')
      .flush({ title: 'Interdit', status: 403 }, { status: 403, statusText: 'Forbidden' });
    expect(await effects).toBeNull();
  });

  it('opens the check with the violations of a refused publication', async () => {
    const publishing = store.publish();
    backend.expectOne({ method: 'POST', url: '/api/roster/publish' }).flush(
      ...refusal(
        'RULE_VIOLATION',
        'Publication du 30/11/2026 au 06/12/2026 refusée : 1 règle(s) enfreinte(s) à corriger d’abord.',
        {
          violations: [
            { rule: 'DAILY_REST', message: REST_MESSAGE, agentId: JULIEN.id, shiftId: MORNING.id },
          ],
        },
      ),
    );
    expect(await publishing).toBeNull();
    expect(store.check()).toMatchObject({
      title: 'Publication du 30/11/2026 au 06/12/2026 refusée : 1 règle(s) enfreinte(s) à corriger d’abord.',
      violations: [expect.objectContaining({ message: REST_MESSAGE })],
    });
    expect(store.publication().state).toBe('draft');
  });

  it('keeps every shift of a week that the API gives in more than one page', async () => {
    const EVENING = shiftOf('s-evening', 'SOIR', '2026-12-02T13:00:00.000Z', '2026-12-02T21:00:00.000Z');
    const refreshing = store.refreshShifts();
    backend
      .expectOne('/api/shifts?from=2026-11-30&to=2026-12-06&limit=200')
      .flush({ items: [NIGHT, MORNING], nextCursor: 'page-2' });
    await settle();
    backend
      .expectOne('/api/shifts?from=2026-11-30&to=2026-12-06&limit=200&cursor=page-2')
      .flush({ items: [EVENING], nextCursor: null });
    await refreshing;
    expect(store.shifts().map((shift) => shift.id)).toEqual(['s-night', 's-morning', 's-evening']);
  });
});
