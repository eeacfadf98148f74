import {
  addMonths,
  AgentStatus,
  FIREARM_TRAINING_RULE,
  firearmTraining,
  formatDateFr,
  QUALIFICATION_LABELS,
  QualificationKind,
  type QualificationResponse,
  type ShootingSessionResponse,
} from '@vigie/shared';

import type { PillTone } from '../../shared/ui/status-pill';

/** How an agent record, a qualification or a training reads on screen. Pure, tested. */

export type Tone = 'ok' | 'info' | 'warning' | 'danger' | 'muted';

export const STATUS_TONES: Record<AgentStatus, PillTone> = {
  [AgentStatus.ACTIVE]: 'ok',
  [AgentStatus.IN_TRAINING]: 'info',
  [AgentStatus.LONG_ABSENCE]: 'warning',
  [AgentStatus.DEPARTED]: 'muted',
};

/** A share of a full-time week: 0.8 → « 80 % ». */
export function ratioLabel(ratio: number): string {
  return `${Math.round(ratio * 100)}\u00a0%`;
}

export interface QualificationView {
  id: string;
  kind: QualificationKind;
  label: string;
  /** ok: valid; warning: valid but expiring within 30 days; invalid: does not count today. */
  state: 'ok' | 'warning' | 'invalid';
  /** In a word: « Valide », « Expirée »… */
  status: string;
  /** Why, with the date: the tooltip of a chip. */
  detail: string;
  /** What the record adds to its dates: the training rule when it is not met. */
  hint: string | null;
}

const { windowMonths, minSessions, minRounds } = FIREARM_TRAINING_RULE;
const TRAINING_RULE = $localize`${minSessions} séances et ${minRounds} cartouches sur ${windowMonths} mois requises`;

/** A qualification as the list and the record show it. */
export function qualificationView(q: QualificationResponse): QualificationView {
  const base = { id: q.id, kind: q.kind, label: QUALIFICATION_LABELS[q.kind], hint: null };
  const expires = q.expiresOn ? formatDateFr(q.expiresOn) : null;
  switch (q.issue) {
    case 'EXPIRED':
      return {
        ...base,
        state: 'invalid',
        status: $localize`Expirée`,
        detail: $localize`Expirée depuis le ${expires}`,
      };
    case 'PENDING_APPROVAL':
      return {
        ...base,
        state: 'invalid',
        status: $localize`En attente d’agrément`,
        detail: $localize`En attente d’agrément : ne compte pas encore`,
      };
    case 'TRAINING_MISSING':
      return {
        ...base,
        state: 'invalid',
        status: $localize`Entraînement au tir insuffisant`,
        detail: $localize`Entraînement au tir insuffisant : ${TRAINING_RULE}`,
        hint: TRAINING_RULE,
      };
    case 'NOT_YET_OBTAINED':
      return {
        ...base,
        state: 'invalid',
        status: $localize`Pas encore obtenue`,
        detail: $localize`Valable à partir du ${formatDateFr(q.obtainedOn)}`,
      };
  }
  if (q.expiringSoon) {
    return {
      ...base,
      state: 'warning',
      status: $localize`Expire bientôt`,
      detail: $localize`Expire le ${expires}`,
    };
  }
  return {
    ...base,
    state: 'ok',
    status: $localize`Valide`,
    detail: expires ? $localize`Valide, expire le ${expires}` : $localize`Valide, sans date d’expiration`,
  };
}

/** Shooting sessions of the 12 months up to `today`, the latest first. */
export function sessionsOfLastYear(
  sessions: readonly ShootingSessionResponse[],
  today: string,
): ShootingSessionResponse[] {
  const from = addMonths(today, -windowMonths);
  return sessions
    .filter((session) => session.date > from && session.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/**
 * The firearm training in one line: « 2 séances / 60 cartouches sur 12 mois — port d’arme valide ».
 * The permit part reads the best firearm qualification the agent holds.
 */
export function firearmLine(
  qualifications: readonly QualificationResponse[],
  sessions: readonly ShootingSessionResponse[],
  today: string,
): { text: string; ok: boolean } {
  const training = firearmTraining(sessions, today);
  const counts =
    `${plural(training.sessions, $localize`séance`, $localize`séances`)} / ` +
    `${plural(training.rounds, $localize`cartouche`, $localize`cartouches`)} ` +
    $localize`sur ${windowMonths} mois`;
  const permits = qualifications.filter((q) => q.kind === QualificationKind.FIREARM);
  const permit = permits.find((q) => q.valid) ?? permits.find((q) => q.issue !== 'EXPIRED') ?? permits[0];
  let verdict: string;
  if (!permit) verdict = $localize`pas de port d’arme`;
  else if (permit.valid) verdict = $localize`port d’arme valide`;
  else if (permit.issue === 'PENDING_APPROVAL') verdict = $localize`port d’arme en attente d’agrément`;
  else if (permit.issue === 'EXPIRED') verdict = $localize`port d’arme expiré`;
  else if (permit.issue === 'NOT_YET_OBTAINED') verdict = $localize`port d’arme pas encore obtenu`;
  else verdict = $localize`port d’arme suspendu : ${TRAINING_RULE}`;
  return { text: `${counts} — ${verdict}`, ok: permit?.valid ?? false };
}
