import { addDays } from '../common/calendar/local-date';
import { QualificationKind } from './agent.enum';
import {
  FIREARM_TRAINING_RULE,
  firearmTraining,
  isExpiringSoon,
  isQualificationValid,
  QualificationFacts,
  qualificationIssue,
  ShootingFacts,
  trainingLapsesOn,
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

/** Two sessions of 30 rounds, enough for any day from 2025-06-01 to 2026-01-09. */
const TRAINED = [session('2025-01-10'), session('2025-06-01')];

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
      expect(qualificationIssue(firearm({ pendingApproval: true }), '2025-09-01', TRAINED)).toBe(
        'PENDING_APPROVAL',
      );
    });

    it('asks no shooting training of qualifications other than the firearm', () => {
      for (const kind of Object.values(QualificationKind).filter((k) => k !== QualificationKind.FIREARM)) {
        expect(qualificationIssue(qualification({ kind }), '2025-06-01', [])).toBeNull();
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

    it('reports a pending approval before the missing training', () => {
      expect(qualificationIssue(everythingWrong, '2025-09-01', [])).toBe('PENDING_APPROVAL');
    });

    it('reports the missing training last', () => {
      expect(qualificationIssue(firearm(), '2025-09-01', [])).toBe('TRAINING_MISSING');
    });
  });

  describe('firearm shooting training', () => {
    it('states the rule: two sessions and 50 rounds within 12 months', () => {
      expect(FIREARM_TRAINING_RULE).toEqual({ windowMonths: 12, minSessions: 2, minRounds: 50 });
    });

    it('keeps the firearm valid with two sessions totalling 50 rounds', () => {
      const sessions = [session('2025-03-01', 25), session('2025-07-01', 25)];
      expect(firearmTraining(sessions, '2025-09-01')).toEqual({ sessions: 2, rounds: 50, ok: true });
      expect(qualificationIssue(firearm(), '2025-09-01', sessions)).toBeNull();
    });

    it('refuses the firearm with 49 rounds over two sessions', () => {
      const sessions = [session('2025-03-01', 25), session('2025-07-01', 24)];
      expect(firearmTraining(sessions, '2025-09-01')).toEqual({ sessions: 2, rounds: 49, ok: false });
      expect(qualificationIssue(firearm(), '2025-09-01', sessions)).toBe('TRAINING_MISSING');
    });

    it('refuses the firearm with a single session, however many rounds were fired', () => {
      const sessions = [session('2025-07-01', 60)];
      expect(firearmTraining(sessions, '2025-09-01')).toEqual({ sessions: 1, rounds: 60, ok: false });
      expect(qualificationIssue(firearm(), '2025-09-01', sessions)).toBe('TRAINING_MISSING');
    });

    it('no longer counts a session held exactly 12 months back', () => {
      const sessions = [session('2024-09-01'), session('2025-07-01')];
      expect(firearmTraining(sessions, '2025-09-01')).toEqual({ sessions: 1, rounds: 30, ok: false });
    });

    it('still counts a session held 12 months minus one day back', () => {
      const sessions = [session('2024-09-02'), session('2025-07-01')];
      expect(firearmTraining(sessions, '2025-09-01')).toEqual({ sessions: 2, rounds: 60, ok: true });
    });

    it('counts a session held on the day itself, but not one planned later', () => {
      expect(firearmTraining([session('2025-07-01'), session('2025-09-01')], '2025-09-01').ok).toBe(true);
      expect(firearmTraining([session('2025-07-01'), session('2025-09-02')], '2025-09-01').ok).toBe(false);
    });

    it('goes back to 28 February of the previous year from 28 February after a leap day', () => {
      // 12 months before 2025-02-28 is 2024-02-28: the leap day still counts, the 28th no longer.
      expect(firearmTraining([session('2024-02-29'), session('2024-12-01')], '2025-02-28').sessions).toBe(2);
      expect(firearmTraining([session('2024-02-28'), session('2024-12-01')], '2025-02-28').sessions).toBe(1);
    });

    it('goes back to 28 February of the previous year from a leap day', () => {
      // 12 months before 2024-02-29 is clamped to 2023-02-28.
      expect(firearmTraining([session('2023-02-28'), session('2023-12-01')], '2024-02-29').sessions).toBe(1);
      expect(firearmTraining([session('2023-03-01'), session('2023-12-01')], '2024-02-29').sessions).toBe(2);
    });

    it('judges the training on the day asked, not today', () => {
      expect(qualificationIssue(firearm(), '2025-09-01', TRAINED)).toBeNull();
      expect(qualificationIssue(firearm(), '2026-01-10', TRAINED)).toBe('TRAINING_MISSING');
    });
  });

  describe('when the firearm training lapses', () => {
    it('gives no date when the training is already missing', () => {
      expect(trainingLapsesOn([], '2025-09-01')).toBeNull();
      expect(trainingLapsesOn([session('2025-07-01', 60)], '2025-09-01')).toBeNull();
    });

    it('lapses the day the older of two sessions is 12 months old', () => {
      expect(trainingLapsesOn(TRAINED, '2025-09-01')).toBe('2026-01-10');
      expect(firearmTraining(TRAINED, '2026-01-09').ok).toBe(true);
      expect(firearmTraining(TRAINED, '2026-01-10').ok).toBe(false);
    });

    it('lapses later when a third session keeps two in the window', () => {
      const sessions = [...TRAINED, session('2025-03-01')];
      expect(trainingLapsesOn(sessions, '2025-09-01')).toBe('2026-03-01');
    });

    it('lapses when the rounds fall below 50, even with two sessions left', () => {
      const sessions = [session('2025-01-10', 40), session('2025-03-01', 5), session('2025-06-01', 5)];
      expect(trainingLapsesOn(sessions, '2025-09-01')).toBe('2026-01-10');
    });

    it('ignores sessions dated after the day asked', () => {
      expect(trainingLapsesOn([...TRAINED, session('2025-12-01')], '2025-09-01')).toBe('2026-01-10');
    });

    it('is always after the day asked', () => {
      expect(trainingLapsesOn(TRAINED, '2026-01-09')).toBe('2026-01-10');
    });

    it('keeps a leap-day session until 28 February inclusive', () => {
      const sessions = [session('2024-02-29'), session('2024-06-01')];
      expect(trainingLapsesOn(sessions, '2024-12-01')).toBe('2025-03-01');
      expect(firearmTraining(sessions, '2025-02-28').ok).toBe(true);
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

    it('leaves out expired, pending and untrained ones', () => {
      const records = [
        qualification({ kind: QualificationKind.BATON, expiresOn: '2025-01-01' }),
        qualification({ kind: QualificationKind.TASER, pendingApproval: true }),
        firearm(),
        qualification({ kind: QualificationKind.VIDEO_OPERATOR, expiresOn: null }),
      ];
      expect(validKinds(records, '2025-06-01', [])).toEqual(new Set([QualificationKind.VIDEO_OPERATOR]));
      expect(validKinds(records, '2025-09-01', TRAINED)).toEqual(
        new Set([QualificationKind.FIREARM, QualificationKind.VIDEO_OPERATOR]),
      );
    });

    it('is empty for an agent without qualifications', () => {
      expect(validKinds([], '2025-06-01', TRAINED).size).toBe(0);
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
