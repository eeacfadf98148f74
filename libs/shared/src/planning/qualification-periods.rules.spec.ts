import { FirearmDecision, QualificationKind } from '../agents/agent.enum';
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

  it('keeps a firearm permit valid whatever the shooting training: a lapse is only a flag', () => {
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIREARM, '2024-01-01', '2029-01-01')],
        [],
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.FIREARM, from: '2026-06-01', to: null }]);
  });

  it("takes a firearm permit away from the préfet's suspension until a decision maintaining it", () => {
    const decisions = [
      { date: '2026-06-10', decision: FirearmDecision.SUSPENDED },
      { date: '2026-06-20', decision: FirearmDecision.MAINTAINED },
    ];
    expect(
      qualificationPeriods(
        [record(QualificationKind.FIREARM, '2024-01-01', '2029-01-01')],
        decisions,
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([
      { kind: QualificationKind.FIREARM, from: '2026-06-01', to: '2026-06-10' },
      { kind: QualificationKind.FIREARM, from: '2026-06-20', to: null },
    ]);
  });

  it('leaves the other qualifications alone when the firearm is suspended', () => {
    expect(
      qualificationPeriods(
        [record(QualificationKind.BATON, '2024-01-01', null)],
        [{ date: '2026-06-10', decision: FirearmDecision.SUSPENDED }],
        '2026-06-01',
        '2026-06-30',
      ),
    ).toEqual([{ kind: QualificationKind.BATON, from: '2026-06-01', to: null }]);
  });
});
