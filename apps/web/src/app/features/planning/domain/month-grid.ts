import {
  type AbsenceResponse,
  AbsenceStatus,
  type AgentSummaryResponse,
  eachDay,
  endOfMonth,
  frenchMonthTitle,
  hoursBetween,
  isoWeekday,
  localDateOf,
  type ShiftResponse,
  touchesDay,
} from '@vigie/shared';

import { timeRange } from '../../../shared/time/date-words';
import { ABSENCE_SHORT_LABELS, absenceKindLabel } from '../words/planning-words';
import { agentDetail, groupRows, hoursLabel, shownAgents } from './week-grid';

/**
 * The month of the « Planning » page: agents × days, compact, to see a month at a glance and pin
 * it on the wall. Each cell holds the codes of the agent's shifts that day (coloured like their
 * type) or his absence; each row ends with his hours of the month; the last row says, per day,
 * how many places are filled of those needed. Agents grouped as the week groups them; a shift
 * belongs to the local day, in Paris, it starts on. Pure, tested.
 */

/** A shift in an agent's cell: its type's code. */
export interface MonthShift {
  shiftId: string;
  code: string;
  label: string;
  colour: string;
  times: string;
}

export interface MonthCell {
  date: string;
  shifts: MonthShift[];
  /** « CA », « MAL »: the approved absence touching the day, null when none. */
  absence: string | null;
  /** « Congé annuel », for the cell's title and the screen readers. */
  absenceLabel: string | null;
}

export interface MonthRow {
  agentId: string;
  /** « Lefebvre Julien » */
  name: string;
  /** « Gardien-brigadier · 80 % » */
  detail: string;
  /** Hours on shifts of the month, « 151,5 h ». */
  hours: string;
  cells: MonthCell[];
}

export interface MonthGroup {
  key: string;
  label: string;
  rows: MonthRow[];
}

/** Places of a day: agents on its shifts (up to each shift's minimum) of the minimum asked. */
export interface DayCoverage {
  filled: number;
  needed: number;
  /** « 7/8 » */
  label: string;
  /** A shift of the day is not covered (too few agents, or a qualification missing). */
  short: boolean;
}

export interface MonthDay {
  date: string;
  /** « 15 » */
  day: string;
  /** « M » (mardi) */
  initial: string;
  weekend: boolean;
  /** « Noël » on a public holiday, else null. */
  holiday: string | null;
  today: boolean;
  /** Null on a day without shifts. */
  coverage: DayCoverage | null;
}

export interface MonthLegendEntry {
  code: string;
  label: string;
  colour: string;
  times: string;
}

export interface MonthGrid {
  /** `YYYY-MM` */
  month: string;
  first: string;
  last: string;
  /** « Décembre 2026 » */
  title: string;
  days: MonthDay[];
  groups: MonthGroup[];
  shiftCount: number;
  /** Each shift code once, in the order of the day, for the printed legend. */
  legend: MonthLegendEntry[];
}

export interface MonthGridInput {
  /** `YYYY-MM` */
  month: string;
  today: string;
  agents: readonly AgentSummaryResponse[];
  shifts: readonly ShiftResponse[];
  absences: readonly AbsenceResponse[];
  /** The French public holidays known (the API's school calendar), any years. */
  publicHolidays: readonly { date: string; label: string }[];
}

const INITIALS = [
  $localize`L`,
  $localize`M`,
  $localize`M`,
  $localize`J`,
  $localize`V`,
  $localize`S`,
  $localize`D`,
];

/** The month `delta` months after `month` (`YYYY-MM`). */
export function monthAfter(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + number - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function buildMonthGrid(input: MonthGridInput): MonthGrid {
  const first = `${input.month}-01`;
  const last = endOfMonth(first);
  const dates = eachDay(first, last);
  const holidays = new Map(input.publicHolidays.map((holiday) => [holiday.date, holiday.label]));
  const shifts = input.shifts
    .map((shift) => ({ shift, date: localDateOf(shift.startsAt) }))
    .filter(({ date }) => date >= first && date <= last)
    .sort(
      (a, b) =>
        a.shift.startsAt.localeCompare(b.shift.startsAt) ||
        a.shift.endsAt.localeCompare(b.shift.endsAt) ||
        a.shift.label.localeCompare(b.shift.label),
    );

  // Agent → date → his shifts that day, in the order of the day.
  const held = new Map<string, Map<string, MonthShift[]>>();
  const hours = new Map<string, number>();
  for (const { shift, date } of shifts) {
    const view: MonthShift = {
      shiftId: shift.id,
      code: shift.typeCode || shift.label,
      label: shift.label,
      colour: shift.colour,
      times: timeRange(shift.startsAt, shift.endsAt),
    };
    for (const { agentId } of shift.assignments) {
      let days = held.get(agentId);
      if (!days) {
        days = new Map<string, MonthShift[]>();
        held.set(agentId, days);
      }
      days.set(date, [...(days.get(date) ?? []), view]);
      hours.set(agentId, (hours.get(agentId) ?? 0) + hoursBetween(shift.startsAt, shift.endsAt));
    }
  }

  const approved = input.absences.filter((absence) => absence.status === AbsenceStatus.APPROVED);
  const rows = shownAgents(input.agents, new Set(held.keys())).map((agent) => {
    const own = approved.filter((absence) => absence.agentId === agent.id);
    const days = held.get(agent.id);
    const cells = dates.map((date): MonthCell => {
      const absence = own.find((a) => touchesDay(a.startsAt, a.endsAt, date));
      return {
        date,
        shifts: days?.get(date) ?? [],
        absence: absence ? ABSENCE_SHORT_LABELS[absence.kind] : null,
        absenceLabel: absence ? absenceKindLabel(absence.kind) : null,
      };
    });
    return {
      agent,
      row: {
        agentId: agent.id,
        name: `${agent.lastName} ${agent.firstName}`,
        detail: agentDetail(agent),
        hours: hoursLabel(hours.get(agent.id) ?? 0),
        cells,
      } satisfies MonthRow,
    };
  });

  const legend = new Map<string, MonthLegendEntry>();
  for (const { shift } of shifts) {
    const code = shift.typeCode || shift.label;
    if (!legend.has(code)) {
      legend.set(code, {
        code,
        label: shift.label,
        colour: shift.colour,
        times: timeRange(shift.startsAt, shift.endsAt),
      });
    }
  }

  return {
    month: input.month,
    first,
    last,
    title: frenchMonthTitle(input.month),
    days: dates.map((date) => {
      const weekday = isoWeekday(date);
      return {
        date,
        day: String(Number(date.slice(8))),
        initial: INITIALS[weekday - 1],
        weekend: weekday >= 6,
        holiday: holidays.get(date) ?? null,
        today: date === input.today,
        coverage: dayCoverage(shifts.filter((s) => s.date === date).map((s) => s.shift)),
      };
    }),
    groups: groupRows(rows),
    shiftCount: shifts.length,
    legend: [...legend.values()],
  };
}

/**
 * A day's places: each shift counts its agents up to its minimum (a fourth agent on a morning
 * does not fill the night's missing place); short when any shift is not covered.
 */
export function dayCoverage(shifts: readonly ShiftResponse[]): DayCoverage | null {
  if (shifts.length === 0) return null;
  let filled = 0;
  let needed = 0;
  for (const shift of shifts) {
    filled += Math.min(shift.coverage.assigned, shift.minAgents);
    needed += shift.minAgents;
  }
  return {
    filled,
    needed,
    label: `${filled}/${needed}`,
    short: shifts.some((shift) => !shift.coverage.covered),
  };
}
