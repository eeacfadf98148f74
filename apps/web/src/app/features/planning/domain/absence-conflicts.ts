import { type AbsenceResponse, addDays, dayMonth, localDateOf, weekStart } from '@vigie/shared';

export interface ConflictWeek {
  monday: string;
  label: string;
}

/** The planning weeks an absence spans, to revisit the assignments it conflicts with. */
export function conflictWeeks(absence: Pick<AbsenceResponse, 'startsAt' | 'endsAt'>): ConflictWeek[] {
  const first = weekStart(localDateOf(absence.startsAt));
  const last = weekStart(localDateOf(new Date(absence.endsAt).getTime() - 1));
  const weeks: ConflictWeek[] = [];
  for (let monday = first; monday <= last && weeks.length < 8; monday = addDays(monday, 7)) {
    weeks.push({ monday, label: $localize`Voir le planning de la semaine du ${dayMonth(monday)}` });
  }
  return weeks;
}
