import { QualificationKind } from '../agents/agent.enum';
import { QualificationFacts } from '../agents/qualification.rules';
import { qualificationPeriods } from './qualification-periods.rules';

const record = (
  kind: QualificationKind,
  obtainedOn: string,
  expiresOn: string | null,
  pendingApproval = false,
): QualificationFacts => ({
  kind,
  obtainedOn,
  expiresOn,
  pendingApproval,
});

describe('qualification periods for the rules engine', () => {
  it('keeps a non-expiring qualification valid to the end of the range', () => {
    expect(
      qualificationPeriods(
        [record(QualificationKind.BATON, '2020-01-01', null)],
        [],
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.BATON, from: '2026-06-01', to: null }]);
  });

  it('ends a qualification on its expiry day and starts it on its obtention day', () => {
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIRST_AID, '2026-06-10', '2026-06-20')],
        [],
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.FIRST_AID, from: '2026-06-10', to: '2026-06-20' }]);
  });

  it('never counts a permit pending approval', () => {
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIREARM, '2026-01-01', null, true)],
        [],
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([]);
  });

  it('lets a firearm permit lapse on the day its shooting training falls out of the twelve months', () => {
    const sessions = [
      { date: '2025-06-15', rounds: 30 },
      { date: '2026-01-10', rounds: 30 },
    ];
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIREARM, '2024-01-01', '2029-01-01')],
        sessions,
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.FIREARM, from: '2026-06-01', to: '2026-06-15' }]);
  });

  it('starts a firearm permit on the day a second session completes the training', () => {
    const sessions = [
      { date: '2026-02-01', rounds: 30 },
      { date: '2026-06-12', rounds: 30 },
    ];
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIREARM, '2024-01-01', '2029-01-01')],
        sessions,
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.FIREARM, from: '2026-06-12', to: null }]);
  });
});
