import { QualificationKind } from './agent.enum';
import {
  FIREARM_TRAINING_RULE,
  FIREARM_TRAINING_SOURCE,
  QualificationFacts,
  ShootingFacts,
} from './qualification.rules';

/** The weapons the service may carry, each with its own permit (a qualification of that kind). */
export const TRAINED_WEAPONS = [
  QualificationKind.FIREARM,
  QualificationKind.TASER,
  QualificationKind.LBD,
  QualificationKind.BATON,
  QualificationKind.TEAR_GAS,
] as const;
export type TrainedWeapon = (typeof TRAINED_WEAPONS)[number];

export function isTrainedWeapon(kind: QualificationKind): kind is TrainedWeapon {
  return (TRAINED_WEAPONS as readonly QualificationKind[]).includes(kind);
}

/** The yearly training a weapon's permit calls for, with where the figures come from. */
export interface WeaponTrainingRule {
  minSessions: number;
  /** Cartridges a year (0: the weapon fires none, e.g. a baton). */
  minRounds: number;
  source: string;
}

/**
 * Figures per weapon (CSI R. 511-12 names the weapons: 1° a-b handguns, c LBD, d PIE, e aerosols,
 * 2° a batons). Art. 2 in force since 14 May 2022: at least 2 sessions a year; 50 cartridges for
 * handguns, 4 for the LBD, 2 training + 2 operational for the PIE (counted here as 4); for the
 * aerosols of 1° e and the batons of 2° a the mayor sets the training, « au moins deux séances par an ».
 */
export const WEAPON_TRAINING_SOURCE =
  'Arrêté du 3 août 2007 relatif aux formations à l’armement des agents de police municipale, art. 2 (version du 14 mai 2022)';

export const WEAPON_TRAINING_RULES: Record<TrainedWeapon, WeaponTrainingRule | null> = {
  [QualificationKind.FIREARM]: { ...FIREARM_TRAINING_RULE, source: FIREARM_TRAINING_SOURCE },
  [QualificationKind.TASER]: { minSessions: 2, minRounds: 4, source: WEAPON_TRAINING_SOURCE },
  [QualificationKind.LBD]: { minSessions: 2, minRounds: 4, source: WEAPON_TRAINING_SOURCE },
  [QualificationKind.BATON]: { minSessions: 2, minRounds: 0, source: WEAPON_TRAINING_SOURCE },
  [QualificationKind.TEAR_GAS]: { minSessions: 2, minRounds: 0, source: WEAPON_TRAINING_SOURCE },
};

/** Whether a session with this weapon counts cartridges (a baton's or an aerosol's does not). */
export function weaponFiresCartridges(weapon: TrainedWeapon): boolean {
  return (WEAPON_TRAINING_RULES[weapon]?.minRounds ?? 0) > 0;
}

export interface WeaponTraining {
  weapon: TrainedWeapon;
  year: number;
  sessions: number;
  rounds: number;
  minSessions: number;
  minRounds: number;
  ok: boolean;
}

/** The training with `weapon` in one calendar year (1 January–31 December), or null when none is required. */
export function weaponTrainingOfYear(
  sessions: readonly ShootingFacts[],
  weapon: TrainedWeapon,
  year: number,
): WeaponTraining | null {
  const rule = WEAPON_TRAINING_RULES[weapon];
  if (!rule) return null;
  const counted = sessions.filter(
    (session) =>
      (session.weapon ?? QualificationKind.FIREARM) === weapon && Number(session.date.slice(0, 4)) === year,
  );
  const rounds = counted.reduce((total, session) => total + session.rounds, 0);
  return {
    weapon,
    year,
    sessions: counted.length,
    rounds,
    minSessions: rule.minSessions,
    minRounds: rule.minRounds,
    ok: counted.length >= rule.minSessions && rounds >= rule.minRounds,
  };
}

/**
 * Last completed year's training short for each weapon permit held since that year's 1 January
 * (the year of the permit, the initial training stands in): a flag for the chief, as the
 * firearm's, never an invalidity by itself.
 */
export function weaponTrainingLapses(
  permits: readonly QualificationFacts[],
  sessions: readonly ShootingFacts[],
  date: string,
): WeaponTraining[] {
  const year = Number(date.slice(0, 4)) - 1;
  const lapses: WeaponTraining[] = [];
  for (const weapon of TRAINED_WEAPONS) {
    const held = permits.some(
      (q) =>
        q.kind === weapon && q.obtainedOn <= `${year}-01-01` && (q.expiresOn === null || q.expiresOn > date),
    );
    if (!held) continue;
    const training = weaponTrainingOfYear(sessions, weapon, year);
    if (training && !training.ok) lapses.push(training);
  }
  return lapses;
}

/** « 2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an) »; no cartridges for a baton. */
export function weaponTrainingText(training: WeaponTraining): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n > 1 ? 's' : ''}`;
  const done =
    training.minRounds > 0
      ? `${plural(training.sessions, 'séance')} et ${plural(training.rounds, 'cartouche')}`
      : plural(training.sessions, 'séance');
  const required =
    training.minRounds > 0
      ? `${training.minSessions} séances et ${training.minRounds} cartouches`
      : `${training.minSessions} séances`;
  return `${training.year} : ${done} (${required} requises par an)`;
}
