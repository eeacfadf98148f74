import {
  AgentStatus,
  FIREARM_TRAINING_RULE,
  FirearmDecision,
  type FirearmDecisionResponse,
  type FirearmFlag,
  firearmTrainingOfYear,
  firearmTrainingText,
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

const { minSessions, minRounds } = FIREARM_TRAINING_RULE;
const TRAINING_RULE = $localize`${minSessions} séances et ${minRounds} cartouches par année civile`;

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
    case 'SUSPENDED':
      return {
        ...base,
        state: 'invalid',
        status: $localize`Suspendu par le préfet`,
        detail: $localize`Port d’arme suspendu par décision du préfet`,
        hint: $localize`Entraînement requis : ${TRAINING_RULE}`,
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

/** Shooting sessions of this calendar year and the one before (the years the rule looks at), the latest first. */
export function sessionsOfRecentYears(
  sessions: readonly ShootingSessionResponse[],
  today: string,
): ShootingSessionResponse[] {
  const from = `${Number(today.slice(0, 4)) - 1}-01-01`;
  return sessions
    .filter((session) => session.date >= from && session.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/**
 * The firearm training in one line, last year's and this year's:
 * « 2025 : 2 séances / 60 cartouches · 2026 : 1 séance / 30 cartouches — port d’arme valide ».
 * The permit part reads the best firearm qualification the agent holds.
 */
export function firearmLine(
  qualifications: readonly QualificationResponse[],
  sessions: readonly ShootingSessionResponse[],
  today: string,
): { text: string; ok: boolean } {
  const year = Number(today.slice(0, 4));
  const counts = [year - 1, year]
    .map((y) => firearmTrainingOfYear(sessions, y))
    .map(
      (t) =>
        `${t.year} : ${plural(t.sessions, $localize`séance`, $localize`séances`)} / ` +
        plural(t.rounds, $localize`cartouche`, $localize`cartouches`),
    )
    .join(' · ');
  const permits = qualifications.filter((q) => q.kind === QualificationKind.FIREARM);
  const permit = permits.find((q) => q.valid) ?? permits.find((q) => q.issue !== 'EXPIRED') ?? permits[0];
  let verdict: string;
  if (!permit) verdict = $localize`pas de port d’arme`;
  else if (permit.valid) verdict = $localize`port d’arme valide`;
  else if (permit.issue === 'PENDING_APPROVAL') verdict = $localize`port d’arme en attente d’agrément`;
  else if (permit.issue === 'EXPIRED') verdict = $localize`port d’arme expiré`;
  else if (permit.issue === 'NOT_YET_OBTAINED') verdict = $localize`port d’arme pas encore obtenu`;
  else verdict = $localize`port d’arme suspendu par le préfet`;
  return { text: `${counts} — ${verdict}`, ok: permit?.valid ?? false };
}

/** The flag the chief acts on, in French: what fell short, and where the préfet's decision stands. */
export function firearmFlagView(flag: FirearmFlag<FirearmDecisionResponse>): {
  title: string;
  text: string;
  awaited: boolean;
} {
  const lapse = flag.lapse
    ? $localize`Entraînement au tir insuffisant en ${firearmTrainingText(flag.lapse)}.`
    : '';
  const decision = flag.decision;
  if (!decision) {
    return {
      title: $localize`Décision du préfet à enregistrer`,
      text: `${lapse} ` + $localize`Le port d’arme reste valide tant que le préfet ne l’a pas suspendu.`,
      awaited: true,
    };
  }
  const on = formatDateFr(decision.date);
  const title =
    decision.decision === FirearmDecision.SUSPENDED
      ? $localize`Port d’arme suspendu par le préfet depuis le ${on}`
      : $localize`Port d’arme maintenu par le préfet le ${on}`;
  return { title, text: `${lapse} ` + $localize`Décision : ${decision.reference}.`, awaited: false };
}
