import { addDays, addMonths } from '../common/calendar/local-date';
import { QualificationKind } from './agent.enum';
import { QualificationIssue } from './agent.response';

/**
 * A firearm carry permit stays valid only with at least two shooting-training sessions and 50 rounds
 * fired in the last 12 months.
 */
export const FIREARM_TRAINING_RULE = { windowMonths: 12, minSessions: 2, minRounds: 50 } as const;

/** What the rules need to know of a qualification record. Dates are `YYYY-MM-DD`. */
export interface QualificationFacts {
  kind: QualificationKind;
  obtainedOn: string;
  /** First day it no longer counts; null when it never expires. */
  expiresOn: string | null;
  /** Awaiting an approval (e.g. a transferred agent's firearm permit, requested again from the préfet). */
  pendingApproval: boolean;
}

/** A shooting-training session: its date and the rounds fired. */
export interface ShootingFacts {
  date: string;
  rounds: number;
}

export interface FirearmTraining {
  /** Sessions within the 12 months up to the date. */
  sessions: number;
  /** Rounds fired in those sessions. */
  rounds: number;
  ok: boolean;
}

/** True when a session dated `sessionDate` counts in the 12-month window ending on `windowEnd`. */
function inWindow(sessionDate: string, windowEnd: string): boolean {
  return sessionDate > addMonths(windowEnd, -FIREARM_TRAINING_RULE.windowMonths) && sessionDate <= windowEnd;
}

/** The shooting training of the 12 months up to `date` (a session exactly 12 months back no longer counts). */
export function firearmTraining(sessions: readonly ShootingFacts[], date: string): FirearmTraining {
  const counted = sessions.filter((session) => inWindow(session.date, date));
  const rounds = counted.reduce((total, session) => total + session.rounds, 0);
  return {
    sessions: counted.length,
    rounds,
    ok: counted.length >= FIREARM_TRAINING_RULE.minSessions && rounds >= FIREARM_TRAINING_RULE.minRounds,
  };
}

/** The first day a session dated `sessionDate` no longer counts in the 12-month window. */
function leavesWindowOn(sessionDate: string): string {
  let day = addMonths(sessionDate, FIREARM_TRAINING_RULE.windowMonths);
  // addMonths clamps (2024-02-29 + 12 months = 2025-02-28, when the session still counts): step on.
  while (inWindow(sessionDate, day)) day = addDays(day, 1);
  return day;
}

/**
 * The first day after `date` on which, with no new session, the firearm training requirement stops
 * being met; null when it is not met on `date` already. Sessions dated after `date` are ignored.
 */
export function trainingLapsesOn(sessions: readonly ShootingFacts[], date: string): string | null {
  const past = sessions.filter((session) => session.date <= date);
  if (!firearmTraining(past, date).ok) return null;
  const exits = [
    ...new Set(past.filter((s) => inWindow(s.date, date)).map((s) => leavesWindowOn(s.date))),
  ].sort();
  // The requirement can only stop being met on a day a session leaves the window.
  for (const day of exits) {
    if (!firearmTraining(past, day).ok) return day;
  }
  return null; // not reached: once every session has left the window, the requirement is not met
}

/**
 * Why the qualification does not count on `date`, or null when it does. The first issue found, in
 * this order: not yet obtained, expired (the expiry day itself no longer counts), pending approval,
 * and for FIREARM only, the shooting training of the last 12 months missing.
 */
export function qualificationIssue(
  q: QualificationFacts,
  date: string,
  sessions: readonly ShootingFacts[],
): QualificationIssue | null {
  if (date < q.obtainedOn) return 'NOT_YET_OBTAINED';
  if (q.expiresOn !== null && date >= q.expiresOn) return 'EXPIRED';
  if (q.pendingApproval) return 'PENDING_APPROVAL';
  if (q.kind === QualificationKind.FIREARM && !firearmTraining(sessions, date).ok) return 'TRAINING_MISSING';
  return null;
}

export function isQualificationValid(
  q: QualificationFacts,
  date: string,
  sessions: readonly ShootingFacts[],
): boolean {
  return qualificationIssue(q, date, sessions) === null;
}

/** The kinds an agent holds on `date`: a kind counts when any of its records is valid. */
export function validKinds(
  qualifications: readonly QualificationFacts[],
  date: string,
  sessions: readonly ShootingFacts[],
): Set<QualificationKind> {
  return new Set(qualifications.filter((q) => isQualificationValid(q, date, sessions)).map((q) => q.kind));
}

/**
 * True when the qualification is in force by its dates on `date` and expires within `days` days
 * (the expiry day being at most `date` + `days`). Approval and training are not looked at.
 */
export function isExpiringSoon(q: QualificationFacts, date: string, days = 30): boolean {
  if (q.expiresOn === null) return false;
  return q.obtainedOn <= date && date < q.expiresOn && q.expiresOn <= addDays(date, days);
}
