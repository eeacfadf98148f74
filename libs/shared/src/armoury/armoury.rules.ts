import { QUALIFICATION_LABELS } from '../agents/agent.enum';
import type { FirearmDecisionFacts, QualificationFacts } from '../agents/qualification.rules';
import { qualificationIssue } from '../agents/qualification.rules';
import type { RuleViolation } from '../common/problem.types';
import { WEAPON_PERMIT, WeaponKind, WeaponStatus } from './armoury.enum';
import type { ArmouryErrorCode } from './armoury.errors';

/**
 * The register of the service's weapons and the daily state of their issues and returns (« état
 * journalier retraçant les sorties et les réintégrations »): CSI R. 511-30 to R. 511-34 as
 * codified by décret n° 2013-1113 du 4 décembre 2013 (article numbers not checked one by one).
 */
export const ARMOURY_REGISTER_SOURCE =
  'CSI art. R. 511-30 et suivants (décret n° 2013-1113 du 4 décembre 2013) : registre d’inventaire et état journalier des armes';

/** A shift of the agent, as the issue rule needs it (ISO instants). */
export interface DutyFacts {
  shiftId: string;
  startsAt: string;
  endsAt: string;
}

export interface IssueFacts {
  weaponKind: WeaponKind;
  weaponStatus: WeaponStatus;
  /** An issue of this weapon not returned yet. */
  weaponOut: boolean;
  /** The agent's permits of every kind, and the préfet's decisions on his firearm permit. */
  permits: readonly QualificationFacts[];
  decisions: readonly FirearmDecisionFacts[];
  /** The agent's shifts that start on `today` or are in progress at `now`. */
  shifts: readonly DutyFacts[];
  today: string;
  now: string;
}

export interface IssueViolation extends RuleViolation {
  rule: ArmouryErrorCode;
}

const ISSUE_WORDS: Record<string, string> = {
  NOT_YET_OBTAINED: 'pas encore obtenue',
  EXPIRED: 'expirée',
  PENDING_APPROVAL: 'en attente d’agrément',
  SUSPENDED: 'suspendue par le préfet',
};

/**
 * The shift a weapon is issued for: the one in progress at `now`, else the next one starting
 * today; null when the agent is not on duty that day.
 */
export function dutyShift(shifts: readonly DutyFacts[], now: string): DutyFacts | null {
  const instant = Date.parse(now);
  const inProgress = shifts.find((s) => Date.parse(s.startsAt) <= instant && instant < Date.parse(s.endsAt));
  if (inProgress) return inProgress;
  return (
    [...shifts]
      .filter((s) => Date.parse(s.startsAt) > instant)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null
  );
}

/**
 * Why the weapon may not be handed to the agent, every rule broken (none: it may). A training
 * lapse alone does not refuse: like the firearm's, it is a flag for the chief, the préfet
 * deciding on the permit (his suspension does refuse).
 */
export function issueViolations(facts: IssueFacts): IssueViolation[] {
  const violations: IssueViolation[] = [];
  if (facts.weaponStatus !== WeaponStatus.IN_SERVICE) {
    violations.push({
      rule: 'WEAPON_NOT_IN_SERVICE',
      message: 'Cette arme n’est pas en service (réparation ou réforme).',
    });
  }
  if (facts.weaponOut) {
    violations.push({
      rule: 'WEAPON_ALREADY_OUT',
      message: 'Cette arme est déjà sortie et n’a pas été réintégrée.',
    });
  }
  const kind = WEAPON_PERMIT[facts.weaponKind];
  const held = facts.permits.filter((q) => q.kind === kind);
  const issues = held.map((q) => qualificationIssue(q, facts.today, facts.decisions));
  if (!issues.includes(null)) {
    const why =
      issues.length === 0
        ? 'aucune autorisation'
        : `autorisation ${ISSUE_WORDS[issues[0]!] ?? 'non valable'}`;
    violations.push({
      rule: 'WEAPON_PERMIT_INVALID',
      message: `${QUALIFICATION_LABELS[kind]} : ${why} ce jour.`,
    });
  }
  if (dutyShift(facts.shifts, facts.now) === null) {
    violations.push({ rule: 'AGENT_NOT_ON_DUTY', message: 'L’agent n’est pas de service aujourd’hui.' });
  }
  return violations;
}

/** The French detail of a refused issue. */
export function issueRefusalText(violations: readonly IssueViolation[]): string {
  return `Remise refusée : ${violations.map((v) => v.message.replace(/\.$/, '')).join(' ; ')}.`;
}

/** An issue not returned whose shift has ended: flagged on the dashboard. */
export function isOverdue(issue: { returnedAt: string | null; dueBy: string }, now: string): boolean {
  return issue.returnedAt === null && Date.parse(issue.dueBy) <= Date.parse(now);
}

/**
 * How long the daily log (issues, returns, their corrections) is kept: no text read states it.
 * The CSI articles on the commune's register and état journalier (R. 511-30 ff., décret
 * n° 2013-1113) as quoted set no duration; the nearest one, R. 511-22-2, keeps the CNFPT's
 * monthly ammunition states 3 years. 5 years from the issue is a prudent choice (longer than that
 * analogue, within the archives' usual retention for police municipale files), configurable
 * (RETENTION_ARMOURY_LOG_YEARS). The inventory register itself is kept while the weapon is.
 */
export const ARMOURY_LOG_RETENTION_YEARS = 5;
export const ARMOURY_LOG_RETENTION_SOURCE =
  'Aucune durée trouvée dans les textes (CSI art. R. 511-30 et suivants) : choix prudent de 5 ans, par analogie avec CSI art. R. 511-22-2 (états mensuels des munitions du CNFPT : 3 ans)';

/**
 * A weapon's status change: a weapon out must come back first; a retired weapon (réformée) never
 * returns to service. None: it may.
 */
export function weaponStatusRefusal(
  current: WeaponStatus,
  next: WeaponStatus,
  out: boolean,
): IssueViolation | null {
  if (current === WeaponStatus.RETIRED) {
    return { rule: 'WEAPON_RETIRED', message: 'Une arme réformée ne change plus de statut.' };
  }
  if (out && next !== WeaponStatus.IN_SERVICE) {
    return {
      rule: 'WEAPON_ALREADY_OUT',
      message: 'L’arme est remise à un agent : réintégrez-la avant de changer son statut.',
    };
  }
  return null;
}

/** The counts of a line of the log as recorded, and the corrections made to it (oldest first). */
export interface CorrectableLine {
  ammunition: number;
  ammunitionReturned: number | null;
}

export interface CorrectionFacts {
  ammunition: number | null;
  ammunitionReturned: number | null;
}

/** The counts in force: the last correction of each count wins over what was recorded. */
export function correctedCounts(
  line: CorrectableLine,
  corrections: readonly CorrectionFacts[],
): CorrectableLine {
  let { ammunition, ammunitionReturned } = line;
  for (const correction of corrections) {
    if (correction.ammunition !== null) ammunition = correction.ammunition;
    if (correction.ammunitionReturned !== null) ammunitionReturned = correction.ammunitionReturned;
  }
  return { ammunition, ammunitionReturned };
}

/**
 * Why a correction may not be written (none: it may): it must change a count; the cartridges
 * returned cannot be corrected before the weapon came back, nor exceed those issued.
 */
export function correctionProblems(
  current: CorrectableLine,
  returned: boolean,
  correction: CorrectionFacts,
): { field: string; message: string; code: ArmouryErrorCode }[] {
  const problems: { field: string; message: string; code: ArmouryErrorCode }[] = [];
  if (correction.ammunitionReturned !== null && !returned) {
    problems.push({
      field: 'ammunitionReturned',
      message: 'ne peut être corrigé avant la réintégration de l’arme',
      code: 'WEAPON_NOT_RETURNED',
    });
  }
  const next = correctedCounts(current, [correction]);
  const changes =
    (correction.ammunition !== null && correction.ammunition !== current.ammunition) ||
    (correction.ammunitionReturned !== null && correction.ammunitionReturned !== current.ammunitionReturned);
  if (!changes && problems.length === 0) {
    problems.push({
      field: 'ammunition',
      message: 'la correction doit changer au moins un des nombres de cartouches',
      code: 'CORRECTION_CHANGES_NOTHING',
    });
  }
  if (returned && next.ammunitionReturned !== null && next.ammunitionReturned > next.ammunition) {
    problems.push({
      field: correction.ammunitionReturned !== null ? 'ammunitionReturned' : 'ammunition',
      message: `cartouches réintégrées (${next.ammunitionReturned}) supérieures aux cartouches remises (${next.ammunition})`,
      code: 'AMMUNITION_RETURNED_EXCEEDS',
    });
  }
  return problems;
}
