import {
  type AbsenceResponse,
  AbsenceStatus,
  addDays,
  localDateOf,
  type RosterChangeResponse,
  type ShiftResponse,
  touchesDay,
} from '@vigie/shared';

import { longDay, timeRange } from '../../../shared/time/date-words';
import { absenceKindLabel } from '../words/planning-words';

/** « Mon planning »: an agent's coming days, as a list grouped by day. Pure, tested. */

export interface DayItem {
  kind: 'shift' | 'absence';
  id: string;
  /** « Patrouille du matin », « Congé annuel » */
  title: string;
  /** « 06:00–14:00 »; null for an absence. */
  times: string | null;
  colour: string | null;
}

export interface DayGroup {
  date: string;
  /** « Lundi 30 novembre » */
  label: string;
  /** « Aujourd’hui », « Demain » */
  relative: string | null;
  items: DayItem[];
}

/**
 * The days from `from` to `to` holding a shift or an approved absence of the agent, in order. A
 * shift belongs to the day, in Paris, it starts on (a night shift to the evening it begins).
 */
export function groupByDay(
  shifts: readonly ShiftResponse[],
  absences: readonly AbsenceResponse[],
  from: string,
  to: string,
  today: string,
): DayGroup[] {
  const days: DayGroup[] = [];
  const approved = absences.filter((absence) => absence.status === AbsenceStatus.APPROVED);
  const sorted = [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const items: DayItem[] = [
      ...approved
        .filter((absence) => touchesDay(absence.startsAt, absence.endsAt, date))
        .map((absence) => ({
          kind: 'absence' as const,
          id: absence.id,
          title: absenceKindLabel(absence.kind),
          times: null,
          colour: null,
        })),
      ...sorted
        .filter((shift) => localDateOf(shift.startsAt) === date)
        .map((shift) => ({
          kind: 'shift' as const,
          id: shift.id,
          title: shift.label,
          times: timeRange(shift.startsAt, shift.endsAt),
          colour: shift.colour,
        })),
    ];
    if (items.length === 0) continue;
    const relative =
      date === today ? $localize`Aujourd’hui` : date === addDays(today, 1) ? $localize`Demain` : null;
    days.push({ date, label: longDay(date), relative, items });
  }
  return days;
}

/** The agent's requests, the coming and pending ones first, then the past ones, latest first. */
export function sortRequests(absences: readonly AbsenceResponse[], today: string): AbsenceResponse[] {
  const coming = (absence: AbsenceResponse): boolean => localDateOf(absence.endsAt) >= today;
  return [...absences].sort((a, b) => {
    const rank = (absence: AbsenceResponse): number =>
      absence.status === AbsenceStatus.REQUESTED ? 0 : coming(absence) ? 1 : 2;
    return (
      rank(a) - rank(b) ||
      (rank(a) < 2 ? a.startsAt.localeCompare(b.startsAt) : b.startsAt.localeCompare(a.startsAt))
    );
  });
}

export function unreadCount(changes: readonly RosterChangeResponse[]): number {
  return changes.filter((change) => !change.read).length;
}
