import { QualificationKind } from '../agents/agent.enum';
import { FirearmDecisionFacts, isFirearmSuspended, QualificationFacts } from '../agents/qualification.rules';
import { addDays } from '../common/calendar/local-date';
import { QualificationPeriod } from './roster.types';

/**
 * When an agent's qualifications are valid between `from` and `to` (local dates, both included),
 * as the rules engine wants them: a pending one never, an expired one until its expiry, a firearm
 * permit except on the days the préfet's suspension is in force (a training lapse alone does not
 * take it away). Periods are `from` <= day < `to`; `to` null when valid past the end of the range.
 */
export function qualificationPeriods(
  records: readonly QualificationFacts[],
  decisions: readonly FirearmDecisionFacts[],
  from: string,
  to: string,
): QualificationPeriod[] {
  const periods: QualificationPeriod[] = [];
  const end = addDays(to, 1);
  for (const record of records) {
    if (record.pendingApproval) continue;
    const start = record.obtainedOn > from ? record.obtainedOn : from;
    const stop = record.expiresOn !== null && record.expiresOn < end ? record.expiresOn : end;
    if (start >= stop) continue;
    if (record.kind !== QualificationKind.FIREARM || decisions.length === 0) {
      periods.push({ kind: record.kind, from: start, to: stop === end ? null : stop });
      continue;
    }
    let runStart: string | null = null;
    for (let day = start; day < stop; day = addDays(day, 1)) {
      const ok = !isFirearmSuspended(decisions, day);
      if (ok && runStart === null) runStart = day;
      if (!ok && runStart !== null) {
        periods.push({ kind: record.kind, from: runStart, to: day });
        runStart = null;
      }
    }
    if (runStart !== null)
      periods.push({ kind: record.kind, from: runStart, to: stop === end ? null : stop });
  }
  return periods;
}
