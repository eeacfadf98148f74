import {
  AbsenceStatus,
  AgentStatus,
  Grade,
  QualificationKind,
  type RosterInput,
  StaffCategory,
} from '@vigie/shared';

import { absenceOf, agentOf, contextOf, shiftOf } from '../testing/planning.builders';
import { coverageWithProposal } from './plan-coverage';
import { shortInGrid } from './plan-preview';
import { buildWeekGrid, type WeekGridInput } from './week-grid';

// The week daylight saving time ends in Paris: Sunday 25 October 2026, 03:00 CEST → 02:00 CET.
const MONDAY = '2026-10-19';
const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien', { brigade: 'Jour A' });
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine', { brigade: 'Jour A' });
const PIERRE = agentOf('a-pierre', 'Vandewalle', 'Pierre', { brigade: 'Nuit' });
const LUCAS = agentOf('a-lucas', 'Fontaine', 'Lucas', { brigade: null, status: AgentStatus.IN_TRAINING });
const INES = agentOf('a-ines', 'Lambert', 'Inès', {
  grade: Grade.ASVP,
  category: StaffCategory.ASVP,
  brigade: 'Stationnement',
  contractRatio: 0.8,
});
const MARTINE = agentOf('a-martine', 'Dupont', 'Martine', {
  grade: Grade.ADMINISTRATIVE,
  category: StaffCategory.ADMINISTRATIVE,
  brigade: 'Secrétariat',
});
const GONE = agentOf('a-gone', 'Ancien', 'Paul', { status: AgentStatus.DEPARTED });
const AGENTS = [PIERRE, MARTINE, GONE, INES, LUCAS, YASMINE, JULIEN];

function grid(
  shifts = [] as ReturnType<typeof shiftOf>[],
  { context = null, ...extra }: Partial<WeekGridInput> & { context?: RosterInput | null } = {},
) {
  return buildWeekGrid({
    monday: MONDAY,
    today: '2026-10-21',
    agents: AGENTS,
    shifts,
    absences: [],
    ...extra,
    // As the WeekStore does: the proposal's coverage by the rules engine run in the browser.
    proposedCoverage: coverageWithProposal(shifts, extra.proposal ?? null, context),
  });
}

const cellOf = (g: ReturnType<typeof grid>, agentId: string, date: string) =>
  g.groups
    .flatMap((group) => group.rows)
    .find((row) => row.agentId === agentId)!
    .cells.find((c) => c.date === date)!;

describe('the week grid', () => {
  it('shows the days Monday to Sunday with their date, today marked', () => {
    const { days } = grid();
    expect(days.map((day) => `${day.weekday} ${day.dayMonth}`)).toEqual([
      'lun. 19/10',
      'mar. 20/10',
      'mer. 21/10',
      'jeu. 22/10',
      'ven. 23/10',
      'sam. 24/10',
      'dim. 25/10',
    ]);
    expect(days.filter((day) => day.today).map((day) => day.long)).toEqual(['Mercredi 21 octobre']);
    expect(days.filter((day) => day.weekend)).toHaveLength(2);
  });

  it('groups agents by brigade, ASVP and administrative staff at the bottom, departed agents hidden', () => {
    const { groups } = grid();
    expect(groups.map((group) => [group.label, group.rows.map((row) => row.name)])).toEqual([
      ['Jour A', ['Haddad Yasmine', 'Lefebvre Julien']],
      ['Nuit', ['Vandewalle Pierre']],
      ['Sans brigade', ['Fontaine Lucas']],
      ['ASVP', ['Lambert Inès']],
      ['Administratifs', ['Dupont Martine']],
    ]);
    expect(groups[2].rows[0].trainee).toBe(true);
    expect(groups[3].rows[0].detail).toBe('ASVP · 80\u00a0%');
  });

  it('puts each shift on the day it starts in Paris, across the change of time', () => {
    const shifts = [
      // Saturday 21:00 CEST → Sunday 05:00 CET: 9 hours, on Saturday.
      shiftOf('s-night', 'NUIT', '2026-10-24T19:00:00.000Z', '2026-10-25T04:00:00.000Z', {
        assignments: [{ agentId: PIERRE.id, agentName: 'Pierre Vandewalle' }],
      }),
      // Sunday 00:30 CEST: still Saturday in UTC.
      shiftOf('s-early', 'MATIN', '2026-10-24T22:30:00.000Z', '2026-10-25T06:00:00.000Z'),
      // Sunday 23:30 CET.
      shiftOf('s-late', 'APREM', '2026-10-25T22:30:00.000Z', '2026-10-26T04:00:00.000Z'),
      // Monday 26 at 00:30 CET: the next week, though still Sunday in UTC.
      shiftOf('s-next', 'MATIN', '2026-10-25T23:30:00.000Z', '2026-10-26T07:00:00.000Z'),
    ];
    const g = grid(shifts);
    const slots = Object.fromEntries(g.days.map((day) => [day.dayMonth, day.slots.map((slot) => slot.id)]));
    expect(slots['24/10']).toEqual(['s-night']);
    expect(slots['25/10']).toEqual(['s-early', 's-late']);
    expect(g.shiftCount).toBe(3);
    expect(g.days[5].slots[0].times).toBe('21:00–05:00');
    expect(g.days[6].slots[1].times).toBe('23:30–05:00');

    const pierre = g.groups[1].rows[0];
    expect(pierre.hours).toBe('9\u00a0h');
    expect(cellOf(g, PIERRE.id, '2026-10-24').shifts).toEqual([
      expect.objectContaining({ shiftId: 's-night', code: 'NUIT', times: '21:00–05:00' }),
    ]);
    expect(cellOf(g, PIERRE.id, '2026-10-25').shifts).toEqual([]);
  });

  it('tells how many agents a shift has and what an uncovered one misses', () => {
    const g = grid([
      shiftOf('s-covered', 'MATIN', '2026-10-19T04:00:00.000Z', '2026-10-19T12:00:00.000Z', {
        assignments: [
          { agentId: JULIEN.id, agentName: 'Julien Lefebvre' },
          { agentId: YASMINE.id, agentName: 'Yasmine Haddad' },
        ],
      }),
      shiftOf('s-night', 'NUIT', '2026-10-19T19:00:00.000Z', '2026-10-20T03:00:00.000Z', {
        assignments: [{ agentId: PIERRE.id, agentName: 'Pierre Vandewalle' }],
        coverage: { covered: false, assigned: 1, missing: [{ kind: QualificationKind.FIREARM, count: 1 }] },
      }),
    ]);
    const [covered, night] = g.days[0].slots;
    expect([covered.badge, covered.covered, covered.missing]).toEqual(['2/2', true, null]);
    expect([night.badge, night.covered, night.missing]).toEqual([
      '1/2',
      false,
      '1 agent manquant, 1 agent armé manquant',
    ]);
  });

  it('shows an approved absence on each day it touches, not a requested one', () => {
    const g = grid([], {
      absences: [
        // Thursday 00:00 to Saturday 00:00, Paris.
        absenceOf('ab-1', JULIEN, '2026-10-21T22:00:00.000Z', '2026-10-23T22:00:00.000Z'),
        absenceOf('ab-2', YASMINE, '2026-10-21T22:00:00.000Z', '2026-10-22T22:00:00.000Z', {
          status: AbsenceStatus.REQUESTED,
        }),
      ],
    });
    const days = (agentId: string) =>
      g.days.map((day) =>
        cellOf(g, agentId, day.date)
          .absences.map((a) => a.label)
          .join(),
      );
    expect(days(JULIEN.id)).toEqual(['', '', '', 'Congé annuel', 'Congé annuel', '', '']);
    expect(days(YASMINE.id)).toEqual(['', '', '', '', '', '', '']);
  });

  it('shows an assignment being sent at once, flagged when the rules refuse it, and hides one being removed', () => {
    const morning = shiftOf('s-m', 'MATIN', '2026-10-20T04:00:00.000Z', '2026-10-20T12:00:00.000Z', {
      assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
    });
    const g = grid([morning], {
      pending: [
        { shiftId: 's-m', agentId: YASMINE.id, kind: 'assign', refused: true },
        { shiftId: 's-m', agentId: JULIEN.id, kind: 'unassign', refused: false },
      ],
    });
    expect(cellOf(g, YASMINE.id, '2026-10-20').shifts).toEqual([
      expect.objectContaining({ shiftId: 's-m', pending: true, refused: true }),
    ]);
    expect(cellOf(g, JULIEN.id, '2026-10-20').shifts).toEqual([]);
  });

  it('keeps a departed agent who still has a shift that week', () => {
    const g = grid([
      shiftOf('s-m', 'MATIN', '2026-10-20T04:00:00.000Z', '2026-10-20T12:00:00.000Z', {
        assignments: [{ agentId: GONE.id, agentName: 'Paul Ancien' }],
      }),
    ]);
    expect(g.groups[0].rows.map((row) => row.name)).toContain('Ancien Paul');
  });

  describe('with a proposal of the planner', () => {
    // Monday night: 2 agents, both armed; Pierre is on it already.
    const night = shiftOf('s-night', 'NUIT', '2026-10-19T19:00:00.000Z', '2026-10-20T03:00:00.000Z', {
      requirements: [{ kind: QualificationKind.FIREARM, count: 2 }],
      assignments: [{ agentId: PIERRE.id, agentName: 'Pierre Vandewalle' }],
      coverage: { covered: false, assigned: 1, missing: [{ kind: QualificationKind.FIREARM, count: 1 }] },
    });
    const morning = shiftOf('s-m', 'MATIN', '2026-10-20T04:00:00.000Z', '2026-10-20T12:00:00.000Z');
    const context = contextOf(AGENTS, [night, morning], MONDAY, '2026-10-25');
    const proposal = {
      assignments: [
        { shiftId: night.id, agentId: JULIEN.id },
        // Already on it: not a ghost.
        { shiftId: night.id, agentId: PIERRE.id },
        { shiftId: morning.id, agentId: YASMINE.id },
        { shiftId: morning.id, agentId: LUCAS.id },
      ],
      uncovered: [{ shiftId: morning.id, missing: [] }],
    };

    it('shows the proposed agents as ghosts, apart from the assignments made, their hours apart too', () => {
      const g = grid([night, morning], { proposal, context });
      expect(cellOf(g, JULIEN.id, '2026-10-19').shifts).toEqual([
        expect.objectContaining({ shiftId: night.id, proposed: true, pending: false }),
      ]);
      expect(cellOf(g, PIERRE.id, '2026-10-19').shifts).toEqual([
        expect.objectContaining({ shiftId: night.id, proposed: false }),
      ]);
      const julien = g.groups[0].rows.find((row) => row.agentId === JULIEN.id)!;
      expect([julien.hours, julien.proposedHours]).toEqual(['0\u00a0h', '+8\u00a0h']);
      const pierre = g.groups[1].rows[0];
      expect([pierre.hours, pierre.proposedHours]).toEqual(['8\u00a0h', null]);
      // The shift's own list of agents stays what is written (the dialogs and the drag rely on it).
      expect(g.days[0].slots[0].assignedIds).toEqual([PIERRE.id]);
    });

    it('counts the proposed agents in the coverage by the API’s rule: qualifications held, trainees not counted', () => {
      const g = grid([night, morning], { proposal, context });
      const [nightSlot] = g.days[0].slots;
      expect([nightSlot.badge, nightSlot.proposed, nightSlot.covered, nightSlot.missing]).toEqual([
        '2/2',
        1,
        true,
        null,
      ]);
      // Yasmine counts, Lucas (a trainee) is proposed but not counted: still one agent short.
      const [morningSlot] = g.days[1].slots;
      expect([morningSlot.badge, morningSlot.proposed, morningSlot.covered, morningSlot.missing]).toEqual([
        '1/2',
        2,
        false,
        '1 agent manquant',
      ]);
    });

    it('tells a shift the grid shows short though the planner counted its trainee as filling a place', () => {
      // The planner lists nothing uncovered: it counts Lucas, a trainee, on the morning.
      const g = grid([night, morning], { proposal: { ...proposal, uncovered: [] }, context });
      expect(shortInGrid(g.days, [], [])).toEqual([
        {
          shiftId: morning.id,
          message: 'Patrouille du matin du 20/10 : 1 agent manquant.',
        },
      ]);
      // Listed by the planner already, or on a published day: not told twice, not told at all.
      expect(shortInGrid(g.days, [{ shiftId: morning.id }], [])).toEqual([]);
      expect(shortInGrid(g.days, [], ['2026-10-20'])).toEqual([]);
    });

    it('before the rules engine has come, takes the planner’s word too (no proposed agent left uncounted)', () => {
      const g = buildWeekGrid({
        monday: MONDAY,
        today: '2026-10-21',
        agents: AGENTS,
        shifts: [night, morning],
        absences: [],
        proposal,
      });
      expect(g.days[0].slots[0]).toMatchObject({ badge: '2/2', covered: true, missing: null });
      expect(g.days[1].slots[0]).toMatchObject({ badge: '2/2', covered: false });
    });

    it('without the rules context, takes the planner’s word for what stays uncovered', () => {
      const g = grid([night, morning], { proposal, context: null });
      expect(g.days[0].slots[0]).toMatchObject({ badge: '2/2', covered: true, missing: null });
      expect(g.days[1].slots[0]).toMatchObject({ badge: '2/2', covered: false });
    });

    it('shows nothing proposed once the proposal is dropped', () => {
      const g = grid([night, morning], { proposal: null, context });
      expect(cellOf(g, JULIEN.id, '2026-10-19').shifts).toEqual([]);
      expect(g.days[0].slots[0]).toMatchObject({ badge: '1/2', proposed: 0, covered: false });
    });
  });
});
