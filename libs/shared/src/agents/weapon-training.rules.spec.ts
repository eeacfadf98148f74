import { QualificationKind } from './agent.enum';
import { firearmTrainingOfYear, QualificationFacts, ShootingFacts } from './qualification.rules';
import {
  WEAPON_TRAINING_RULES,
  weaponFiresCartridges,
  weaponTrainingLapses,
  weaponTrainingOfYear,
  weaponTrainingText,
} from './weapon-training.rules';

const { FIREARM, TASER, LBD, BATON, TEAR_GAS } = QualificationKind;

function permit(
  kind: QualificationKind,
  obtainedOn = '2020-03-01',
  expiresOn: string | null = null,
): QualificationFacts {
  return { kind, obtainedOn, expiresOn, pendingApproval: false };
}

function session(weapon: QualificationKind, date: string, rounds = 0): ShootingFacts {
  return { weapon, date, rounds };
}

describe('the yearly training of each weapon', () => {
  it('asks the PIE and the LBD for 2 sessions and 4 cartridges a year, the baton and the aerosol for 2 sessions (arrêté du 3 août 2007 art. 2)', () => {
    expect(WEAPON_TRAINING_RULES[TASER]).toMatchObject({ minSessions: 2, minRounds: 4 });
    expect(WEAPON_TRAINING_RULES[LBD]).toMatchObject({ minSessions: 2, minRounds: 4 });
    expect(WEAPON_TRAINING_RULES[BATON]).toMatchObject({ minSessions: 2, minRounds: 0 });
    expect(WEAPON_TRAINING_RULES[TEAR_GAS]).toMatchObject({ minSessions: 2, minRounds: 0 });
    expect(weaponFiresCartridges(TEAR_GAS)).toBe(false);
    expect(weaponFiresCartridges(BATON)).toBe(false);
    expect(weaponFiresCartridges(TASER)).toBe(true);
  });

  it('counts a weapon’s sessions in their own calendar year only (31/12 and 01/01 apart)', () => {
    const sessions = [
      session(TASER, '2025-12-31', 2),
      session(TASER, '2026-01-01', 2),
      session(TASER, '2025-06-01', 2),
    ];
    expect(weaponTrainingOfYear(sessions, TASER, 2025)).toMatchObject({ sessions: 2, rounds: 4, ok: true });
    expect(weaponTrainingOfYear(sessions, TASER, 2026)).toMatchObject({ sessions: 1, rounds: 2, ok: false });
  });

  it('does not count one weapon’s sessions for another, nor for the firearm', () => {
    const sessions = [session(LBD, '2025-03-01', 2), session(LBD, '2025-09-01', 2)];
    expect(weaponTrainingOfYear(sessions, LBD, 2025)?.ok).toBe(true);
    expect(weaponTrainingOfYear(sessions, TASER, 2025)?.ok).toBe(false);
    expect(firearmTrainingOfYear(sessions, 2025).sessions).toBe(0);
  });

  it('falls short with 2 PIE sessions but 3 cartridges, and passes with 4', () => {
    expect(
      weaponTrainingOfYear([session(TASER, '2025-02-01', 1), session(TASER, '2025-10-01', 2)], TASER, 2025)
        ?.ok,
    ).toBe(false);
    expect(
      weaponTrainingOfYear([session(TASER, '2025-02-01', 2), session(TASER, '2025-10-01', 2)], TASER, 2025)
        ?.ok,
    ).toBe(true);
  });

  it('flags last year’s lapse for each permit held since its 1 January, not for a permit granted during it', () => {
    const permits = [permit(TASER), permit(BATON), permit(LBD, '2025-04-01'), permit(TEAR_GAS)];
    const sessions = [session(BATON, '2025-02-01'), session(BATON, '2025-11-01')];
    const lapses = weaponTrainingLapses(permits, sessions, '2026-01-01');
    // The aerosol's 2 sessions are due like the baton's: none recorded, a lapse.
    expect(lapses.map((lapse) => lapse.weapon)).toEqual([TASER, TEAR_GAS]);
    expect(weaponTrainingLapses(permits, sessions, '2025-12-31').map((lapse) => lapse.weapon)).toEqual([
      TASER,
      BATON,
      TEAR_GAS,
    ]);
  });

  it('ignores an expired permit and the firearm’s sessions recorded without a weapon', () => {
    expect(weaponTrainingLapses([permit(TASER, '2020-01-01', '2026-01-01')], [], '2026-02-01')).toEqual([]);
    const legacy: ShootingFacts[] = [
      { date: '2025-02-01', rounds: 25 },
      { date: '2025-09-01', rounds: 25 },
    ];
    expect(weaponTrainingLapses([permit(FIREARM)], legacy, '2026-02-01')).toEqual([]);
  });

  it('words a lapse in French, with cartridges only where the weapon fires any', () => {
    const taser = weaponTrainingOfYear([session(TASER, '2025-02-01', 2)], TASER, 2025)!;
    expect(weaponTrainingText(taser)).toBe(
      '2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an)',
    );
    const baton = weaponTrainingOfYear([], BATON, 2025)!;
    expect(weaponTrainingText(baton)).toBe('2025 : 0 séance (2 séances requises par an)');
  });
});
