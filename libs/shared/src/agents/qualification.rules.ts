import { addDays } from '../common/calendar/local-date';
import { FirearmDecision, QualificationKind } from './agent.enum';
import { QualificationIssue } from './agent.response';

/**
 * The shooting training a firearm carry permit calls for, per calendar year (1 January to
 * 31 December): at least two sessions and at least 50 cartridges a year for handguns (revolvers
 * and pistols, CSI art. R. 511-12 1° a and b). A lapse does not void the permit: the préfet may
 * suspend it (CSI art. R. 511-21 as commentaries cite it; its text not checked here), and the
 * chief records that decision.
 */
export const FIREARM_TRAINING_SOURCE =
  'Arrêté du 3 août 2007 relatif aux formations à l’armement des agents de police municipale, art. 2';
export const FIREARM_TRAINING_RULE = { minSessions: 2, minRounds: 50 } as const;

/** What the rules need to know of a qualification record. Dates are `YYYY-MM-DD`. */
export interface QualificationFacts {
  kind: QualificationKind;
  obtainedOn: string;
  /** First day it no longer counts; null when it never expires. */
  expiresOn: string | null;
  /** Awaiting an approval (e.g. a transferred agent's firearm permit, requested again from the préfet). */
  pendingApproval: boolean;
}

/** A training session with a weapon: its date and the cartridges fired (0 for a baton). */
export interface ShootingFacts {
  date: string;
  rounds: number;
  /** The weapon trained with; absent: the firearm (sessions recorded before other weapons were). */
  weapon?: QualificationKind;
}

export interface FirearmTraining {
  /** The calendar year counted. */
  year: number;
  /** Sessions held in that year. */
  sessions: number;
  /** Rounds fired in those sessions. */
  rounds: number;
  ok: boolean;
}

/** What the rules need to know of a préfet's decision on a firearm permit. */
export interface FirearmDecisionFacts {
  /** The day it takes effect. */
  date: string;
  decision: FirearmDecision;
}

/** The shooting training of one calendar year (sessions from 1 January to 31 December included). */
export function firearmTrainingOfYear(sessions: readonly ShootingFacts[], year: number): FirearmTraining {
  const counted = sessions.filter(
    (session) =>
      (session.weapon ?? QualificationKind.FIREARM) === QualificationKind.FIREARM &&
      yearOf(session.date) === year,
  );
  const rounds = counted.reduce((total, session) => total + session.rounds, 0);
  return {
    year,
    sessions: counted.length,
    rounds,
    ok: counted.length >= FIREARM_TRAINING_RULE.minSessions && rounds >= FIREARM_TRAINING_RULE.minRounds,
  };
}

/**
 * The lapse the chief must bring to the préfet on `date`: the last completed calendar year's
 * training when it fell short, or null. A year counts only when the permit was held from its
 * 1 January: the year a permit is granted, the initial training (hundreds of rounds) stands in.
 */
export function firearmTrainingLapse(
  sessions: readonly ShootingFacts[],
  permitObtainedOn: string,
  date: string,
): FirearmTraining | null {
  const year = yearOf(date) - 1;
  if (permitObtainedOn > `${year}-01-01`) return null;
  const training = firearmTrainingOfYear(sessions, year);
  return training.ok ? null : training;
}

/**
 * The préfet's decision in force on `date`: the latest taking effect on or before it (on the same
 * day, the one given last, so callers pass them in recording order). Null: none yet.
 */
export function firearmDecisionOn<T extends FirearmDecisionFacts>(
  decisions: readonly T[],
  date: string,
): T | null {
  let found: T | null = null;
  for (const decision of decisions) {
    if (decision.date <= date && (found === null || decision.date >= found.date)) found = decision;
  }
  return found;
}

/** True when the préfet's suspension of the permit is in force on `date` (not lifted by a later decision). */
export function isFirearmSuspended(decisions: readonly FirearmDecisionFacts[], date: string): boolean {
  return firearmDecisionOn(decisions, date)?.decision === FirearmDecision.SUSPENDED;
}

/** What the chief sees of a firearm permit on a day: a lapse to bring to the préfet, or a suspension. */
export interface FirearmFlag<T extends FirearmDecisionFacts> {
  /** The last completed year's training, when it fell short. */
  lapse: FirearmTraining | null;
  /** The suspension in force, or the decision taken since the lapsed year ended; null: awaited. */
  decision: T | null;
  suspended: boolean;
}

/** The flag on an agent's firearm permit on `date`, or null when there is nothing to act on. */
export function firearmFlag<T extends FirearmDecisionFacts>(
  sessions: readonly ShootingFacts[],
  permitObtainedOn: string,
  decisions: readonly T[],
  date: string,
): FirearmFlag<T> | null {
  const lapse = firearmTrainingLapse(sessions, permitObtainedOn, date);
  const inForce = firearmDecisionOn(decisions, date);
  const suspended = inForce?.decision === FirearmDecision.SUSPENDED;
  if (lapse === null && !suspended) return null;
  const decided = suspended || (lapse !== null && inForce !== null && inForce.date > `${lapse.year}-12-31`);
  return { lapse, decision: decided ? inForce : null, suspended };
}

/** In French: « 2025 : 1 séance et 30 cartouches (2 séances et 50 cartouches requises par an) ». */
export function firearmTrainingText(training: FirearmTraining): string {
  const { minSessions, minRounds } = FIREARM_TRAINING_RULE;
  const s = training.sessions > 1 ? 's' : '';
  return (
    `${training.year} : ${training.sessions} séance${s} et ${training.rounds} cartouche${training.rounds > 1 ? 's' : ''}` +
    ` (${minSessions} séances et ${minRounds} cartouches requises par an)`
  );
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Why the qualification does not count on `date`, or null when it does. The first issue found, in
 * this order: not yet obtained, expired (the expiry day itself no longer counts), pending approval,
 * and for FIREARM only, suspended by the préfet. A training lapse alone is not an issue: it is a
 * flag for the chief (`firearmTrainingLapse`), the préfet deciding on the permit.
 */
export function qualificationIssue(
  q: QualificationFacts,
  date: string,
  decisions: readonly FirearmDecisionFacts[] = [],
): QualificationIssue | null {
  if (date < q.obtainedOn) return 'NOT_YET_OBTAINED';
  if (q.expiresOn !== null && date >= q.expiresOn) return 'EXPIRED';
  if (q.pendingApproval) return 'PENDING_APPROVAL';
  if (q.kind === QualificationKind.FIREARM && isFirearmSuspended(decisions, date)) return 'SUSPENDED';
  return null;
}

export function isQualificationValid(
  q: QualificationFacts,
  date: string,
  decisions: readonly FirearmDecisionFacts[] = [],
): boolean {
  return qualificationIssue(q, date, decisions) === null;
}

/** The kinds an agent holds on `date`: a kind counts when any of its records is valid. */
export function validKinds(
  qualifications: readonly QualificationFacts[],
  date: string,
  decisions: readonly FirearmDecisionFacts[] = [],
): Set<QualificationKind> {
  return new Set(qualifications.filter((q) => isQualificationValid(q, date, decisions)).map((q) => q.kind));
}

/**
 * True when the qualification is in force by its dates on `date` and expires within `days` days
 * (the expiry day being at most `date` + `days`). Approval and decisions are not looked at.
 */
export function isExpiringSoon(q: QualificationFacts, date: string, days = 30): boolean {
  if (q.expiresOn === null) return false;
  return q.obtainedOn <= date && date < q.expiresOn && q.expiresOn <= addDays(date, days);
}
