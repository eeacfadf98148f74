import {
  type AbsenceResponse,
  AbsenceStatus,
  AgentStatus,
  type AgentSummaryResponse,
  CATEGORY_LABELS,
  compareFrench,
  type CoverageResponse,
  dayMonth,
  GRADE_LABELS,
  hoursBetween,
  localDateOf,
  type ShiftResponse,
  StaffCategory,
  touchesDay,
  weekDays,
} from '@vigie/shared';

import { longDay, timeRange, weekdayShort } from '../../../shared/time/date-words';
import { absenceKindLabel, missingText } from '../words/planning-words';
import { ghostsByShift, plannerCoverage, type ProposalPreview } from './plan-preview';

/**
 * The week grid of the « Planning » page: agents as rows (grouped by brigade, ASVP and
 * administrative staff at the bottom), days Monday → Sunday as columns, each day's shifts in the
 * « Créneaux » row and each agent's shifts and approved absences in his cells. Shifts belong to
 * the local day, in Paris, they start on. A proposal of the planner shows as ghost assignments,
 * counted in the shifts' coverage. Pure, tested.
 */

/** An assignment being sent to the API (shown at once), `refused` when the rules already say no. */
export interface PendingChange {
  shiftId: string;
  agentId: string;
  kind: 'assign' | 'unassign';
  refused: boolean;
}

/** A shift in the « Créneaux » row. */
export interface SlotView {
  id: string;
  date: string;
  code: string;
  label: string;
  colour: string;
  times: string;
  /** « 2/3 »: agents who count against the minimum, proposed ones included. */
  badge: string;
  /** Agents of the badge only proposed (not yet written). */
  proposed: number;
  covered: boolean;
  /** « 1 agent armé manquant », null when covered. */
  missing: string | null;
  assignedIds: readonly string[];
}

/** A shift in an agent's cell. */
export interface CellShift {
  shiftId: string;
  code: string;
  label: string;
  colour: string;
  times: string;
  pending: boolean;
  refused: boolean;
  /** A ghost: proposed by the planner, not written. */
  proposed: boolean;
}

export interface CellAbsence {
  id: string;
  label: string;
}

export interface GridCell {
  agentId: string;
  date: string;
  shifts: CellShift[];
  absences: CellAbsence[];
}

export interface GridRow {
  agentId: string;
  /** « Lefebvre Julien » */
  name: string;
  /** « Gardien-brigadier · 80 % » */
  detail: string;
  trainee: boolean;
  /** Hours on shifts this week, « 35 h ». */
  hours: string;
  /** Hours the proposal would add, « +16 h »; null without a proposal for him. */
  proposedHours: string | null;
  cells: GridCell[];
}

export interface GridGroup {
  key: string;
  label: string;
  rows: GridRow[];
}

export interface GridDay {
  date: string;
  /** « lun. » */
  weekday: string;
  /** « 30/11 » */
  dayMonth: string;
  /** « Lundi 30 novembre » */
  long: string;
  today: boolean;
  weekend: boolean;
  slots: SlotView[];
}

export interface WeekGrid {
  monday: string;
  days: GridDay[];
  groups: GridGroup[];
  shiftCount: number;
}

export interface WeekGridInput {
  monday: string;
  today: string;
  agents: readonly AgentSummaryResponse[];
  shifts: readonly ShiftResponse[];
  absences: readonly AbsenceResponse[];
  pending?: readonly PendingChange[];
  /** A proposal of the planner to show as ghosts. */
  proposal?: ProposalPreview | null;
  /**
   * The coverage of the shifts the proposal adds agents to, by the rules engine
   * (coverageWithProposal, plan-coverage.ts); without it, the planner's word (plannerCoverage).
   */
  proposedCoverage?: ReadonlyMap<string, CoverageResponse>;
}

const NO_BRIGADE = $localize`Sans brigade`;

/** Police brigades first (alphabetically, « Sans brigade » last), then ASVP, then administrative staff. */
function groupOf(agent: AgentSummaryResponse): { key: string; label: string; rank: number } {
  if (agent.category === StaffCategory.ASVP) {
    return { key: 'ASVP', label: CATEGORY_LABELS[StaffCategory.ASVP], rank: 2 };
  }
  if (agent.category === StaffCategory.ADMINISTRATIVE) {
    return { key: 'ADMIN', label: CATEGORY_LABELS[StaffCategory.ADMINISTRATIVE], rank: 3 };
  }
  return agent.brigade
    ? { key: `B:${agent.brigade}`, label: agent.brigade, rank: 0 }
    : { key: 'NONE', label: NO_BRIGADE, rank: 1 };
}

/** « 35 h », « 7,5 h »: hours to the half hour. */
export function hoursLabel(hours: number): string {
  const rounded = Math.round(hours * 2) / 2;
  return `${rounded.toString().replace('.', ',')}\u00a0h`;
}

function slotOf(
  shift: ShiftResponse,
  date: string,
  proposed: number,
  coverage: CoverageResponse = shift.coverage,
): SlotView {
  return {
    id: shift.id,
    date,
    code: shift.typeCode || shift.label,
    label: shift.label,
    colour: shift.colour,
    times: timeRange(shift.startsAt, shift.endsAt),
    badge: `${coverage.assigned}/${shift.minAgents}`,
    proposed,
    covered: coverage.covered,
    missing: missingText({ minAgents: shift.minAgents, coverage }),
    assignedIds: shift.assignments.map((assignment) => assignment.agentId),
  };
}

/**
 * The agents' rows in the planning's groups: brigades, « Sans brigade », ASVP, administrative
 * staff; rows by name within a group (the week and the month group them alike).
 */
export function groupRows<R extends { name: string }>(
  rows: readonly { agent: AgentSummaryResponse; row: R }[],
): { key: string; label: string; rows: R[] }[] {
  const groups = new Map<string, { key: string; label: string; rank: number; rows: R[] }>();
  for (const { agent, row } of rows) {
    const { key, label, rank } = groupOf(agent);
    let group = groups.get(key);
    if (!group) {
      group = { key, label, rank, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || compareFrench(a.label, b.label))
    .map(({ key, label, rows: groupRows }) => ({
      key,
      label,
      rows: groupRows.sort((a, b) => compareFrench(a.name, b.name)),
    }));
}

/** The agents a roster shows: all but those gone, unless they still hold one of its shifts. */
export function shownAgents(
  agents: readonly AgentSummaryResponse[],
  onRoster: ReadonlySet<string>,
): AgentSummaryResponse[] {
  return agents.filter((agent) => agent.status !== AgentStatus.DEPARTED || onRoster.has(agent.id));
}

/** « Gardien-brigadier · 80 % » */
export function agentDetail(agent: AgentSummaryResponse): string {
  const ratio = agent.contractRatio === 1 ? '' : ` · ${Math.round(agent.contractRatio * 100)}\u00a0%`;
  return `${GRADE_LABELS[agent.grade]}${ratio}`;
}

export function buildWeekGrid(input: WeekGridInput): WeekGrid {
  const dates = weekDays(input.monday);
  const inWeek = new Set(dates);
  const pending = input.pending ?? [];
  const shifts = input.shifts
    .map((shift) => ({ shift, date: localDateOf(shift.startsAt) }))
    .filter(({ date }) => inWeek.has(date))
    .sort(
      (a, b) =>
        a.shift.startsAt.localeCompare(b.shift.startsAt) ||
        a.shift.endsAt.localeCompare(b.shift.endsAt) ||
        a.shift.label.localeCompare(b.shift.label),
    );

  const ghosts = ghostsByShift(input.shifts, input.proposal ?? null);
  const proposedCoverage = input.proposedCoverage ?? plannerCoverage(input.shifts, input.proposal ?? null);

  // Who is on which shift, pending changes applied, then the proposed agents.
  const onShift = new Map<
    string,
    { agentId: string; pending: boolean; refused: boolean; proposed: boolean }[]
  >();
  for (const { shift } of shifts) {
    const removed = new Set(
      pending.filter((c) => c.kind === 'unassign' && c.shiftId === shift.id).map((c) => c.agentId),
    );
    const agents = shift.assignments
      .filter((assignment) => !removed.has(assignment.agentId))
      .map((assignment) => ({
        agentId: assignment.agentId,
        pending: false,
        refused: false,
        proposed: false,
      }));
    for (const change of pending) {
      if (change.kind !== 'assign' || change.shiftId !== shift.id) continue;
      if (agents.some((agent) => agent.agentId === change.agentId)) continue;
      agents.push({ agentId: change.agentId, pending: true, refused: change.refused, proposed: false });
    }
    for (const agentId of ghosts.get(shift.id) ?? []) {
      if (agents.some((agent) => agent.agentId === agentId)) continue;
      agents.push({ agentId, pending: false, refused: false, proposed: true });
    }
    onShift.set(shift.id, agents);
  }

  const assignedThisWeek = new Set([...onShift.values()].flatMap((list) => list.map((a) => a.agentId)));
  const approved = input.absences.filter((absence) => absence.status === AbsenceStatus.APPROVED);

  const rows = shownAgents(input.agents, assignedThisWeek).map((agent) => {
    let hours = 0;
    let proposedHours = 0;
    const cells = dates.map((date): GridCell => {
      const cellShifts: CellShift[] = [];
      for (const { shift, date: day } of shifts) {
        if (day !== date) continue;
        const on = onShift.get(shift.id)?.find((a) => a.agentId === agent.id);
        if (!on) continue;
        if (on.proposed) proposedHours += hoursBetween(shift.startsAt, shift.endsAt);
        else if (!on.pending) hours += hoursBetween(shift.startsAt, shift.endsAt);
        cellShifts.push({
          shiftId: shift.id,
          code: shift.typeCode || shift.label,
          label: shift.label,
          colour: shift.colour,
          times: timeRange(shift.startsAt, shift.endsAt),
          pending: on.pending,
          refused: on.refused,
          proposed: on.proposed,
        });
      }
      const absences = approved
        .filter(
          (absence) => absence.agentId === agent.id && touchesDay(absence.startsAt, absence.endsAt, date),
        )
        .map((absence) => ({ id: absence.id, label: absenceKindLabel(absence.kind) }));
      return { agentId: agent.id, date, shifts: cellShifts, absences };
    });
    return {
      agent,
      row: {
        agentId: agent.id,
        name: `${agent.lastName} ${agent.firstName}`,
        detail: agentDetail(agent),
        trainee: agent.status === AgentStatus.IN_TRAINING,
        hours: hoursLabel(hours),
        proposedHours: proposedHours > 0 ? `+${hoursLabel(proposedHours)}` : null,
        cells,
      } satisfies GridRow,
    };
  });

  const sortedGroups = groupRows(rows);

  return {
    monday: input.monday,
    shiftCount: shifts.length,
    days: dates.map((date, index) => ({
      date,
      weekday: weekdayShort(date),
      dayMonth: dayMonth(date),
      long: longDay(date),
      today: date === input.today,
      weekend: index >= 5,
      slots: shifts
        .filter((s) => s.date === date)
        .map((s) =>
          slotOf(s.shift, date, ghosts.get(s.shift.id)?.length ?? 0, proposedCoverage.get(s.shift.id)),
        ),
    })),
    groups: sortedGroups,
  };
}
