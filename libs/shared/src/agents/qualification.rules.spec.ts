import { addDays } from '../common/calendar/local-date';
import { FirearmDecision, QualificationKind } from './agent.enum';
import {
  FIREARM_TRAINING_RULE,
  FIREARM_TRAINING_SOURCE,
  FirearmDecisionFacts,
  firearmDecisionOn,
  firearmFlag,
  firearmTrainingLapse,
  firearmTrainingOfYear,
  firearmTrainingText,
  isExpiringSoon,
  isQualificationValid,
  QualificationFacts,
  qualificationIssue,
  ShootingFacts,
  validKinds,
} from './qualification.rules';

function qualification(overrides: Partial<QualificationFacts> = {}): QualificationFacts {
  return {
    kind: QualificationKind.FIRST_AID,
    obtainedOn: '2024-01-15',
    expiresOn: '2027-01-15',
    pendingApproval: false,
    ...overrides,
  };
}

function firearm(overrides: Partial<QualificationFacts> = {}): QualificationFacts {
  return qualification({ kind: QualificationKind.FIREARM, ...overrides });
}

function session(date: string, rounds = 30): ShootingFacts {
  return { date, rounds };
}

function decision(date: string, kind: FirearmDecision): FirearmDecisionFacts {
  return { date, decision: kind };
}

const SUSPENDED = FirearmDecision.SUSPENDED;
const MAINTAINED = FirearmDecision.MAINTAINED;

describe('qualification rules', () => {
  describe('dates of validity', () => {
    it('counts a qualification from the day it is obtained', () => {
      expect(qualificationIssue(qualification(), '2024-01-15', [])).toBeNull();
      expect(isQualificationValid(qualification(), '2024-01-15', [])).toBe(true);
    });

    it('does not count it the day before it is obtained', () => {
      expect(qualificationIssue(qualification(), '2024-01-14', [])).toBe('NOT_YET_OBTAINED');
      expect(isQualificationValid(qualification(), '2024-01-14', [])).toBe(false);
    });

    it('still counts it the day before its expiry', () => {
      expect(qualificationIssue(qualification(), '2027-01-14', [])).toBeNull();
    });

    it('no longer counts it on the expiry day itself', () => {
      expect(qualificationIssue(qualification(), '2027-01-15', [])).toBe('EXPIRED');
      expect(qualificationIssue(qualification(), '2030-06-01', [])).toBe('EXPIRED');
    });

    it('keeps a qualification without expiry date valid for ever', () => {
      expect(qualificationIssue(qualification({ expiresOn: null }), '2099-12-31', [])).toBeNull();
    });

    it('does not count a qualification awaiting approval', () => {
      expect(qualificationIssue(qualification({ pendingApproval: true }), '2025-06-01', [])).toBe(
        'PENDING_APPROVAL',
      );
      expect(qualificationIssue(firearm({ pendingApproval: true }), '2025-09-01', [])).toBe(
        'PENDING_APPROVAL',
      );
    });

    it("applies a préfet's suspension to the firearm only", () => {
      const suspended = [decision('2025-01-01', SUSPENDED)];
      for (const kind of Object.values(QualificationKind).filter((k) => k !== QualificationKind.FIREARM)) {
        expect(qualificationIssue(qualification({ kind }), '2025-06-01', suspended)).toBeNull();
      }
    });
  });

  describe('order of the issues reported', () => {
    const everythingWrong = firearm({ pendingApproval: true });

    it('reports a qualification not yet obtained before anything else', () => {
      expect(qualificationIssue(everythingWrong, '2024-01-01', [])).toBe('NOT_YET_OBTAINED');
    });

    it('reports the expiry before a pending approval', () => {
      expect(qualificationIssue(everythingWrong, '2027-02-01', [])).toBe('EXPIRED');
    });

    it('reports a pending approval before a suspension', () => {
      expect(qualificationIssue(everythingWrong, '2025-09-01', [decision('2025-01-01', SUSPENDED)])).toBe(
        'PENDING_APPROVAL',
      );
    });

    it('reports the suspension last', () => {
      expect(qualificationIssue(firearm(), '2025-09-01', [decision('2025-01-01', SUSPENDED)])).toBe(
        'SUSPENDED',
      );
    });
  });

  describe('firearm shooting training, per calendar year', () => {
    it('states the rule and its source: two sessions and 50 rounds a year', () => {
      expect(FIREARM_TRAINING_RULE).toEqual({ minSessions: 2, minRounds: 50 });
      expect(FIREARM_TRAINING_SOURCE).toContain('3 août 2007');
    });

    it('meets the year with two sessions totalling 50 rounds', () => {
      const sessions = [session('2025-03-01', 25), session('2025-07-01', 25)];
      expect(firearmTrainingOfYear(sessions, 2025)).toEqual({
        year: 2025,
        sessions: 2,
        rounds: 50,
        ok: true,
      });
    });

    it('falls short with 49 rounds over two sessions', () => {
      const sessions = [session('2025-03-01', 25), session('2025-07-01', 24)];
      expect(firearmTrainingOfYear(sessions, 2025)).toEqual({
        year: 2025,
        sessions: 2,
        rounds: 49,
        ok: false,
      });
    });

    it('falls short with a single session, however many rounds were fired', () => {
      expect(firearmTrainingOfYear([session('2025-07-01', 60)], 2025)).toMatchObject({
        sessions: 1,
        ok: false,
      });
    });

    it('counts 31 December in its year and 1 January in the next', () => {
      const sessions = [session('2025-06-01'), session('2025-12-31'), session('2026-01-01')];
      expect(firearmTrainingOfYear(sessions, 2025)).toEqual({
        year: 2025,
        sessions: 2,
        rounds: 60,
        ok: true,
      });
      expect(firearmTrainingOfYear(sessions, 2026)).toEqual({
        year: 2026,
        sessions: 1,
        rounds: 30,
        ok: false,
      });
    });

    it('does not let a session of 1 January make up for the year before', () => {
      const sessions = [session('2025-06-01'), session('2026-01-01')];
      expect(firearmTrainingLapse(sessions, '2020-01-01', '2026-01-01')).toEqual({
        year: 2025,
        sessions: 1,
        rounds: 30,
        ok: false,
      });
    });

    it('flags no lapse when the session of 31 December completes the year', () => {
      const sessions = [session('2025-06-01'), session('2025-12-31')];
      expect(firearmTrainingLapse(sessions, '2020-01-01', '2026-01-01')).toBeNull();
    });

    it('judges a year only once it has ended: on 31 December the year before is judged', () => {
      const sessions = [session('2024-03-01'), session('2024-09-01')];
      expect(firearmTrainingLapse(sessions, '2020-01-01', '2025-12-31')).toBeNull();
      expect(firearmTrainingLapse(sessions, '2020-01-01', '2026-01-01')).toMatchObject({
        year: 2025,
        sessions: 0,
      });
    });

    it('does not judge the year the permit was granted, unless held from its 1 January', () => {
      expect(firearmTrainingLapse([], '2025-01-02', '2026-01-01')).toBeNull();
      expect(firearmTrainingLapse([], '2025-01-01', '2026-01-01')).toMatchObject({ year: 2025 });
    });

    it('keeps the firearm valid through a lapse: only the préfet takes it away', () => {
      expect(qualificationIssue(firearm(), '2026-01-01', [])).toBeNull();
    });
  });

  describe("the préfet's decisions", () => {
    const decisions = [decision('2026-02-01', SUSPENDED), decision('2026-03-01', MAINTAINED)];

    it("makes the firearm invalid from the suspension's date", () => {
      expect(qualificationIssue(firearm(), '2026-01-31', decisions)).toBeNull();
      expect(qualificationIssue(firearm(), '2026-02-01', decisions)).toBe('SUSPENDED');
      expect(isQualificationValid(firearm(), '2026-02-28', decisions)).toBe(false);
    });

    it('gives it back from a later decision maintaining the permit', () => {
      expect(qualificationIssue(firearm(), '2026-03-01', decisions)).toBeNull();
      expect(firearmDecisionOn(decisions, '2026-06-01')).toEqual(decisions[1]);
    });

    it('takes the one recorded last among decisions of the same day', () => {
      const sameDay = [decision('2026-02-01', MAINTAINED), decision('2026-02-01', SUSPENDED)];
      expect(qualificationIssue(firearm(), '2026-02-01', sameDay)).toBe('SUSPENDED');
      expect(qualificationIssue(firearm(), '2026-02-01', [...sameDay].reverse())).toBeNull();
    });

    it('has no decision in force before the first one', () => {
      expect(firearmDecisionOn(decisions, '2026-01-31')).toBeNull();
    });
  });

  describe('the flag shown to the chief', () => {
    const short = [session('2025-06-01')];

    it("asks for the préfet's decision on a lapse of the year just ended", () => {
      expect(firearmFlag(short, '2020-01-01', [], '2026-01-01')).toEqual({
        lapse: { year: 2025, sessions: 1, rounds: 30, ok: false },
        decision: null,
        suspended: false,
      });
      expect(firearmTrainingText(firearmTrainingOfYear(short, 2025))).toBe(
        '2025 : 1 séance et 30 cartouches (2 séances et 50 cartouches requises par an)',
      );
    });

    it('shows the decision taken since the year ended, and ignores one taken before', () => {
      const maintained = decision('2026-02-01', MAINTAINED);
      expect(firearmFlag(short, '2020-01-01', [maintained], '2026-03-01')?.decision).toEqual(maintained);
      expect(
        firearmFlag(short, '2020-01-01', [decision('2025-12-31', MAINTAINED)], '2026-03-01')?.decision,
      ).toBeNull();
    });

    it('keeps showing a suspension in force, even once the training is back in order', () => {
      const trained = [session('2025-03-01'), session('2025-09-01')];
      const suspended = decision('2025-01-15', SUSPENDED);
      expect(firearmFlag(trained, '2020-01-01', [suspended], '2026-03-01')).toEqual({
        lapse: null,
        decision: suspended,
        suspended: true,
      });
    });

    it('has nothing to show when the year ended in order and no suspension is in force', () => {
      expect(
        firearmFlag([session('2025-03-01'), session('2025-12-31')], '2020-01-01', [], '2026-01-01'),
      ).toBeNull();
    });
  });

  describe('valid kinds', () => {
    it('counts a kind when any of its records is valid', () => {
      const records = [
        qualification({ obtainedOn: '2020-01-01', expiresOn: '2023-01-01' }),
        qualification({ obtainedOn: '2023-01-01', expiresOn: '2026-01-01' }),
      ];
      expect(validKinds(records, '2025-06-01', [])).toEqual(new Set([QualificationKind.FIRST_AID]));
    });

    it('leaves out expired, pending and suspended ones', () => {
      const records = [
        qualification({ kind: QualificationKind.BATON, expiresOn: '2025-01-01' }),
        qualification({ kind: QualificationKind.TASER, pendingApproval: true }),
        firearm(),
        qualification({ kind: QualificationKind.VIDEO_OPERATOR, expiresOn: null }),
      ];
      expect(validKinds(records, '2025-06-01', [decision('2025-02-01', SUSPENDED)])).toEqual(
        new Set([QualificationKind.VIDEO_OPERATOR]),
      );
      expect(validKinds(records, '2025-09-01', [])).toEqual(
        new Set([QualificationKind.FIREARM, QualificationKind.VIDEO_OPERATOR]),
      );
    });

    it('is empty for an agent without qualifications', () => {
      expect(validKinds([], '2025-06-01', []).size).toBe(0);
    });
  });

  describe('expiring soon', () => {
    const expiring = qualification({ expiresOn: '2025-07-01' });

    it('warns when the expiry day is 30 days away or less', () => {
      expect(isExpiringSoon(expiring, addDays('2025-07-01', -30))).toBe(true);
      expect(isExpiringSoon(expiring, '2025-06-30')).toBe(true);
    });

    it('does not warn 31 days ahead', () => {
      expect(isExpiringSoon(expiring, addDays('2025-07-01', -31))).toBe(false);
    });

    it('accepts another notice period', () => {
      expect(isExpiringSoon(expiring, '2025-04-02', 90)).toBe(true);
      expect(isExpiringSoon(expiring, '2025-04-01', 90)).toBe(false);
    });

    it('does not warn once it has expired, before it is obtained, or without expiry', () => {
      expect(isExpiringSoon(expiring, '2025-07-01')).toBe(false);
      expect(
        isExpiringSoon(qualification({ obtainedOn: '2025-06-20', expiresOn: '2025-07-01' }), '2025-06-15'),
      ).toBe(false);
      expect(isExpiringSoon(qualification({ expiresOn: null }), '2025-06-15')).toBe(false);
    });

    it('warns about a firearm permit by its dates alone', () => {
      expect(isExpiringSoon(firearm({ expiresOn: '2025-07-01', pendingApproval: true }), '2025-06-15')).toBe(
        true,
      );
    });
  });
});
