import { calendarOf, isNightShift, isWeekendShift, localDate, RuleSet, shiftHours } from '@vigie/shared';

import type { WorkedHistory } from './planning-model';

export type { WorkedHistory };

interface Span {
  agentId: string;
  startsAt: string;
  endsAt: string;
}

/**
 * The year before `from`, per agent: hours, night, weekend and public-holiday shifts worked, and
 * the days he was available for them (from his arrival, or the year's first roster day `since`,
 * to the day before `from`, his approved absences deducted). Nights, weekends and hours are read by the
 * shared rules, as the rules engine reads them.
 */
export function workedHistory(args: {
  ruleSet: RuleSet;
  from: string;
  /** The first day of the year with a roster (the history starts there). */
  since: string;
  agents: readonly { id: string; hireDate: string; departureDate?: string | null }[];
  worked: readonly Span[];
  absences: readonly Span[];
  holidays: ReadonlySet<string>;
}): Map<string, WorkedHistory> {
  const { ruleSet, from, since, holidays } = args;
  const calendar = calendarOf(ruleSet.timeZone);
  const result = new Map<string, WorkedHistory>();
  for (const agent of args.agents) {
    const first = agent.hireDate > since ? agent.hireDate : since;
    const last = agent.departureDate && agent.departureDate < from ? agent.departureDate : from;
    const start = calendar.dayStart(first);
    const end = calendar.dayStart(last);
    const absentMs = args.absences
      .filter((absence) => absence.agentId === agent.id)
      .reduce(
        (sum, ab) =>
          sum + Math.max(0, Math.min(Date.parse(ab.endsAt), end) - Math.max(Date.parse(ab.startsAt), start)),
        0,
      );
    result.set(agent.id, {
      hours: 0,
      nights: 0,
      weekends: 0,
      holidays: 0,
      availableDays: Math.max(0, (end - start - absentMs) / 86_400_000),
    });
  }
  for (const span of args.worked) {
    const history = result.get(span.agentId);
    if (!history) continue;
    history.hours += shiftHours(span, ruleSet);
    if (isNightShift(span, ruleSet)) history.nights += 1;
    if (isWeekendShift(span, ruleSet)) history.weekends += 1;
    if (holidays.has(localDate(span.startsAt, ruleSet))) history.holidays += 1;
  }
  return result;
}
