import {
  AgentStatus,
  type AgentSummaryResponse,
  CONTINUING_TRAINING_STATUS_LABELS,
  type ContinuingTrainingProgressResponse,
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
  TRAINED_WEAPONS,
  type TrainedWeapon,
  WEAPON_TRAINING_RULES,
  weaponTrainingOfYear,
  weaponTrainingText,
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

/** One weapon's training this calendar year against its rule, and last year's when it fell short. */
export interface WeaponTrainingRow {
  weapon: TrainedWeapon;
  label: string;
  /** « 1 séance et 2 cartouches sur 2 séances et 4 cartouches requises ». */
  thisYear: string;
  done: boolean;
  /** « 2025 : 1 séance… (… requises par an) » when last year fell short; null otherwise. */
  lastYearShort: string | null;
}

const plural2 = (n: number, word: string): string => plural(n, word, `${word}s`);

/**
 * Each weapon the agent holds a permit for (in force today), with a yearly rule: this year's
 * sessions against it, and last year's shortfall — the chief's flag — if any.
 */
export function weaponTrainingRows(
  qualifications: readonly QualificationResponse[],
  sessions: readonly ShootingSessionResponse[],
  today: string,
): WeaponTrainingRow[] {
  const year = Number(today.slice(0, 4));
  return TRAINED_WEAPONS.flatMap((weapon): WeaponTrainingRow[] => {
    const held = qualifications.some(
      (q) => q.kind === weapon && q.issue !== 'EXPIRED' && q.obtainedOn <= today,
    );
    const training = weaponTrainingOfYear(sessions, weapon, year);
    if (!held || !training) return [];
    const rule = WEAPON_TRAINING_RULES[weapon]!;
    const done =
      rule.minRounds > 0
        ? `${plural2(training.sessions, 'séance')} et ${plural2(training.rounds, 'cartouche')}`
        : plural2(training.sessions, 'séance');
    const required =
      rule.minRounds > 0
        ? `${rule.minSessions} séances et ${rule.minRounds} cartouches`
        : `${rule.minSessions} séances`;
    const last = weaponTrainingOfYear(sessions, weapon, year - 1);
    const heldLastYear = qualifications.some(
      (q) => q.kind === weapon && q.obtainedOn <= `${year - 1}-01-01` && q.issue !== 'EXPIRED',
    );
    return [
      {
        weapon,
        label: QUALIFICATION_LABELS[weapon],
        thisYear: $localize`${year} : ${done} sur ${required} requises`,
        done: training.ok,
        lastYearShort: last && heldLastYear && !last.ok ? weaponTrainingText(last) : null,
      },
    ];
  });
}

/** Continuing training on the record: days done against those due, the deadline, the status. */
export function continuingTrainingView(progress: ContinuingTrainingProgressResponse): {
  days: string;
  deadline: string;
  status: string;
  tone: Tone;
  /** Share of the period's days done, 0 to 100. */
  percent: number;
  previous: string | null;
} {
  const tone: Tone =
    progress.status === 'LAPSED' ? 'danger' : progress.status === 'BEHIND' ? 'warning' : 'ok';
  return {
    days: $localize`${plural2(progress.days, 'jour')} sur ${progress.minDays} depuis le ${formatDateFr(progress.periodStart)}`,
    deadline: $localize`Échéance le ${formatDateFr(progress.deadline)}`,
    status: CONTINUING_TRAINING_STATUS_LABELS[progress.status],
    tone,
    percent: Math.min(100, Math.round((progress.days / progress.minDays) * 100)),
    previous: progress.previousShortfall
      ? $localize`Période précédente close le ${formatDateFr(progress.previousShortfall.deadline)} avec ${plural2(progress.previousShortfall.days, 'jour')} sur ${progress.minDays}`
      : null,
  };
}

/** What the agents list flags beside the qualifications: continuing training behind, a weapon's lapse. */
export function trainingFlags(
  agent: Pick<AgentSummaryResponse, 'continuingTraining' | 'trainingLapses'>,
): { text: string; tone: Tone }[] {
  const flags: { text: string; tone: Tone }[] = [];
  const progress = agent.continuingTraining;
  if (progress?.status === 'LAPSED') {
    flags.push({ text: $localize`Formation continue échue`, tone: 'danger' });
  } else if (progress?.status === 'BEHIND') {
    flags.push({
      text: $localize`Formation continue : ${progress.days} j sur ${progress.minDays}`,
      tone: 'warning',
    });
  }
  for (const lapse of agent.trainingLapses ?? []) {
    flags.push({
      text: $localize`${QUALIFICATION_LABELS[lapse.weapon]} : entraînement ${lapse.year} insuffisant`,
      tone: 'warning',
    });
  }
  return flags;
}
