import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Role, type ShiftResponse } from '@vigie/shared';

import { signedInAs } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import {
  agentOf,
  cellOf,
  contextOf,
  planOf,
  shiftOf,
  slotOf,
  staffedBy,
  userOf,
} from '../testing/planning.builders';
import { PlanStore } from './plan.store';
import { WeekStore } from './week.store';

const MONDAY = '2026-11-30';
const SUNDAY = '2026-12-06';
const PERIOD = `from=${MONDAY}&to=${SUNDAY}`;
const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
const MORNING = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z');
const EVENING = shiftOf('s-evening', 'APREM', '2026-12-02T12:00:00.000Z', '2026-12-02T20:00:00.000Z');
const PROPOSAL = planOf(MONDAY, SUNDAY, [
  { shift: MORNING, agent: JULIEN },
  { shift: MORNING, agent: YASMINE },
  { shift: EVENING, agent: YASMINE },
]);

describe('a proposal of the planner for the week', () => {
  let week: WeekStore;
  let plan: PlanStore;
  let backend: HttpTestingController;

  const settle = () => new Promise((resolve) => setTimeout(resolve));
  const cell = (agentId: string, date: string) => cellOf(week.grid(), agentId, date);
  const slot = (shiftId: string) => slotOf(week.grid(), shiftId);

  /** Answers the week's loading requests (the agents are kept after the first load). */
  async function answerLoad(shifts: ShiftResponse[], agents = true): Promise<void> {
    if (agents) {
      backend.expectOne((r) => r.url === '/api/agents').flush({ items: [JULIEN, YASMINE], nextCursor: null });
    }
    backend.expectOne(`/api/shifts?${PERIOD}&limit=200`).flush({ items: shifts, nextCursor: null });
    backend.expectOne(`/api/roster/publications?${PERIOD}&limit=200`).flush({ items: [], nextCursor: null });
    backend
      .expectOne(`/api/absences?${PERIOD}&status=APPROVED&limit=200`)
      .flush({ items: [], nextCursor: null });
    await settle();
    backend
      .expectOne(`/api/roster/context?${PERIOD}`)
      .flush(contextOf([JULIEN, YASMINE], shifts, MONDAY, SUNDAY));
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        WeekStore,
        PlanStore,
        signedInAs(userOf([Role.CHIEF])),
      ],
    });
    week = TestBed.inject(WeekStore);
    plan = TestBed.inject(PlanStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = week.load(MONDAY);
    await answerLoad([MORNING, EVENING]);
    await loading;
  });
  afterEach(() => backend.verify());

  async function proposed(): Promise<void> {
    const proposing = plan.propose();
    backend.expectOne({ method: 'POST', url: '/api/roster/plan' }).flush(PROPOSAL);
    await proposing;
  }

  it('asks for the shown week without writing, says it is searching, then shows the proposal as ghosts', async () => {
    const proposing = plan.propose();
    const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
    expect(request.request.body).toEqual({ from: MONDAY, to: SUNDAY, apply: false });
    expect(plan.state()?.phase).toBe('solving');
    expect(plan.busy()).toBe(true);
    // A second click while it searches sends nothing more.
    void plan.propose();

    request.flush(PROPOSAL);
    await proposing;
    expect(plan.state()).toMatchObject({ phase: 'proposed', proposal: PROPOSAL, problem: null });
    expect(plan.busy()).toBe(false);
    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([
      expect.objectContaining({ shiftId: MORNING.id, proposed: true }),
    ]);
    // The shift's coverage counts the proposed agents.
    expect(slot(MORNING.id)).toMatchObject({ badge: '2/2', covered: true, proposed: 2 });
  });

  it('drops the ghosts on « Annuler », and ignores the answer of a search cancelled on its way', async () => {
    const proposing = plan.propose();
    const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
    plan.cancel();
    expect(plan.state()).toBeNull();
    request.flush(PROPOSAL);
    await proposing;
    expect(plan.state()).toBeNull();
    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([]);

    await proposed();
    plan.cancel();
    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([]);
    expect(slot(MORNING.id)).toMatchObject({ badge: '0/2', proposed: 0 });
  });

  it('applies: the proposal shown is sent back and written as it is, the week reloads with it', async () => {
    await proposed();
    const applying = plan.apply();
    const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
    expect(request.request.body).toEqual({
      from: MONDAY,
      to: SUNDAY,
      apply: true,
      assignments: [
        { shiftId: MORNING.id, agentId: JULIEN.id },
        { shiftId: MORNING.id, agentId: YASMINE.id },
        { shiftId: EVENING.id, agentId: YASMINE.id },
      ],
    });
    expect(plan.state()?.phase).toBe('applying');

    const written = {
      ...PROPOSAL,
      applied: true,
      stats: { ...PROPOSAL.stats, status: 'reviewed' as const, mipGap: null },
    };
    request.flush(written);
    await settle();
    const morning = staffedBy(MORNING, JULIEN, YASMINE);
    const evening = staffedBy(EVENING, YASMINE);
    await answerLoad([morning, evening], false);
    expect(await applying).toEqual(written);

    expect(plan.state()).toMatchObject({ phase: 'applied', applied: written, proposal: PROPOSAL });
    // The written assignments, no ghost left.
    expect(cell(YASMINE.id, '2026-12-02').shifts).toEqual([
      expect.objectContaining({ shiftId: EVENING.id, proposed: false }),
    ]);
    expect(cell(JULIEN.id, '2026-12-02').shifts).toEqual([]);
    expect(slot(EVENING.id)).toMatchObject({ badge: '1/2', proposed: 0 });
  });

  it('keeps the proposal and tells the API’s reason when applying is refused (part of the week just published)', async () => {
    await proposed();
    const applying = plan.apply();
    backend
      .expectOne({ method: 'POST', url: '/api/roster/plan' })
      .flush(
        ...refusal('CONFLICT', 'Une partie de la période vient d’être publiée : relancez la proposition.'),
      );
    expect(await applying).toBeNull();
    expect(plan.state()).toMatchObject({
      phase: 'proposed',
      proposal: PROPOSAL,
      problem: {
        detail: 'Une partie de la période vient d’être publiée : relancez la proposition.',
        messages: [],
      },
    });
    expect(cell(JULIEN.id, '2026-12-01').shifts).toEqual([expect.objectContaining({ proposed: true })]);
  });

  it('tells a failed search in French', async () => {
    const proposing = plan.propose();
    backend
      .expectOne({ method: 'POST', url: '/api/roster/plan' })
      .flush(...refusal('FORBIDDEN', 'Action réservée au chef et aux superviseurs.'));
    await proposing;
    expect(plan.state()).toMatchObject({
      phase: 'failed',
      problem: { detail: 'Action réservée au chef et aux superviseurs.' },
    });
  });

  it('says the proposal is out of date once the week is edited, and drops it for another week', async () => {
    await proposed();
    expect(plan.outdated()).toBe(false);
    const assigning = week.assign(EVENING.id, JULIEN.id);
    backend
      .expectOne({ method: 'PUT', url: `/api/shifts/${EVENING.id}/assignments/${JULIEN.id}` })
      .flush({ ...EVENING, assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }] });
    await assigning;
    expect(plan.outdated()).toBe(true);

    plan.showWeek(MONDAY);
    expect(plan.state()).not.toBeNull();
    plan.showWeek('2026-12-07');
    expect(plan.state()).toBeNull();
    expect(week.proposal()).toBeNull();
  });

  it('proposes 4 weeks from the shown one, keeps the proposal through its weeks and counts those reviewed', async () => {
    const NEXT = '2026-12-07';
    const LATER = shiftOf('s-later', 'MATIN', '2026-12-15T06:00:00.000Z', '2026-12-15T13:00:00.000Z');
    const month = planOf(MONDAY, '2026-12-27', [
      { shift: MORNING, agent: JULIEN },
      { shift: LATER, agent: YASMINE },
    ]);
    const proposing = plan.propose(4);
    const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
    expect(request.request.body).toEqual({ from: MONDAY, to: '2026-12-27', apply: false });
    request.flush(month);
    await proposing;
    expect(plan.state()).toMatchObject({
      weeks: [MONDAY, NEXT, '2026-12-14', '2026-12-21'],
      seen: [MONDAY],
    });
    expect(plan.unseen()).toEqual([NEXT, '2026-12-14', '2026-12-21']);

    // Another week of the period: the proposal stays, that week is reviewed; outside it, it goes.
    plan.showWeek('2026-12-14');
    expect(plan.state()?.proposal).toBe(month);
    expect(plan.unseen()).toEqual([NEXT, '2026-12-21']);
    plan.showWeek('2026-12-14');
    expect(plan.state()?.seen).toEqual([MONDAY, '2026-12-14']);
    plan.showWeek('2026-12-28');
    expect(plan.state()).toBeNull();
  });

  it('never asks for more than 4 weeks from the planning page', async () => {
    const proposing = plan.propose(9);
    const request = backend.expectOne({ method: 'POST', url: '/api/roster/plan' });
    expect(request.request.body).toMatchObject({ from: MONDAY, to: '2026-12-27' });
    request.flush(PROPOSAL);
    await proposing;
  });
});
