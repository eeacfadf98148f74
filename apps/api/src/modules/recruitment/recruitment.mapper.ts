import {
  DurationSettings,
  expectedOperationalDate,
  Milestone,
  MilestoneRecordResponse,
  nextMilestones,
  pendingMilestones,
  RecruitmentExit,
  RecruitmentFacts,
  RecruitmentResponse,
  stalledInfo,
} from '@vigie/shared';

import { Recruitment } from './recruitment.entity';
import { RecruitmentEvent } from './recruitment-event.entity';

const EXITS = new Set<string>(Object.values(RecruitmentExit));

/** The facts the pure milestone rules reason on. */
export function factsOf(recruitment: Recruitment, events: readonly RecruitmentEvent[]): RecruitmentFacts {
  const exit = events.find((event) => EXITS.has(event.milestone));
  return {
    route: recruitment.route,
    grade: recruitment.grade,
    milestones: events
      .filter((event) => !EXITS.has(event.milestone))
      .map((event) => ({ milestone: event.milestone as Milestone, date: event.date })),
    exit: exit ? { kind: exit.milestone as RecruitmentExit, date: exit.date } : null,
  };
}

function byDate(a: RecruitmentEvent, b: RecruitmentEvent): number {
  return a.date.localeCompare(b.date) || a.recordedAt.getTime() - b.recordedAt.getTime();
}

export function toMilestoneRecord(event: RecruitmentEvent): MilestoneRecordResponse {
  return {
    milestone: event.milestone,
    date: event.date,
    note: event.note,
    reason: event.reason,
    recordedBy: event.recordedByLogin,
    recordedAt: event.recordedAt.toISOString(),
  };
}

export function toRecruitmentResponse(
  recruitment: Recruitment,
  events: readonly RecruitmentEvent[],
  durations: DurationSettings,
  today: string,
): RecruitmentResponse {
  const facts = factsOf(recruitment, events);
  const stalled = stalledInfo(facts, durations, today);
  return {
    id: recruitment.id,
    candidateName: recruitment.candidateName,
    route: recruitment.route,
    grade: recruitment.grade,
    note: recruitment.note,
    status: recruitment.status,
    agentId: recruitment.agentId,
    milestones: [...events].sort(byDate).map(toMilestoneRecord),
    pendingMilestones: facts.exit ? [] : pendingMilestones(facts),
    nextMilestones: nextMilestones(facts),
    expectedOperationalDate: expectedOperationalDate(facts, durations, today),
    stalled: stalled.stalled,
    daysWaiting: stalled.daysWaiting,
    version: recruitment.version,
    createdAt: recruitment.createdAt.toISOString(),
  };
}
