import { QualificationKind } from '../agents/agent.enum';
import { firearmTraining, QualificationFacts, ShootingFacts } from '../agents/qualification.rules';
import { addDays } from '../common/calendar/local-date';
import { QualificationPeriod } from './roster.types';

/**
 * When an agent's qualifications are valid between `from` and `to` (local dates, both included),
 * as the rules engine wants them: a pending one never, an expired one until its expiry, a firearm
 * permit only on the days its shooting training (2 sessions, 50 rounds in 12 months) holds.
 * Periods are `from` <= day < `to`; `to` null when valid past the end of the range.
 */
export function qualificationPeriods(
  records: readonly QualificationFacts[],
  sessions: readonly ShootingFacts[],
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
    if (record.kind !== QualificationKind.FIREARM) {
      periods.push({ kind: record.kind, from: start, to: stop === end ? null : stop });
      continue;
    }
    let runStart: string | null = null;
    for (let day = start; day < stop; day = addDays(day, 1)) {
      const ok = firearmTraining(sessions, day).ok;
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
