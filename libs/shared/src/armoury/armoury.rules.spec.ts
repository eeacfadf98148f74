import { FirearmDecision, QualificationKind } from '../agents/agent.enum';
import { WeaponKind, WeaponStatus } from './armoury.enum';
import {
  correctedCounts,
  correctionProblems,
  dutyShift,
  isOverdue,
  IssueFacts,
  issueViolations,
  weaponStatusRefusal,
} from './armoury.rules';

const NOW = '2026-12-06T09:00:00.000Z';
const MORNING = { shiftId: 'm', startsAt: '2026-12-06T05:00:00.000Z', endsAt: '2026-12-06T13:00:00.000Z' };

function facts(over: Partial<IssueFacts> = {}): IssueFacts {
  return {
    weaponKind: WeaponKind.HANDGUN,
    weaponStatus: WeaponStatus.IN_SERVICE,
    weaponOut: false,
    permits: [
      { kind: QualificationKind.FIREARM, obtainedOn: '2020-01-01', expiresOn: null, pendingApproval: false },
    ],
    decisions: [],
    shifts: [MORNING],
    today: '2026-12-06',
    now: NOW,
    ...over,
  };
}

const rules = (f: IssueFacts) => issueViolations(f).map((v) => v.rule);

describe('handing a weapon out', () => {
  it('lets a handgun go to an agent on duty with a valid permit', () => {
    expect(rules(facts())).toEqual([]);
  });

  it('refuses a permit suspended by the préfet, an expired one (its expiry day included) and none of that kind', () => {
    const suspended = facts({ decisions: [{ date: '2026-11-01', decision: FirearmDecision.SUSPENDED }] });
    expect(issueViolations(suspended)[0]).toMatchObject({
      rule: 'WEAPON_PERMIT_INVALID',
      message: 'Arme à feu : autorisation suspendue par le préfet ce jour.',
    });
    const expired = facts({
      permits: [
        {
          kind: QualificationKind.FIREARM,
          obtainedOn: '2020-01-01',
          expiresOn: '2026-12-06',
          pendingApproval: false,
        },
      ],
    });
    expect(rules(expired)).toEqual(['WEAPON_PERMIT_INVALID']);
    expect(issueViolations(facts({ weaponKind: WeaponKind.TASER }))[0].message).toBe(
      'Pistolet à impulsion électrique : aucune autorisation ce jour.',
    );
  });

  it('refuses an agent whose shift ended, takes one starting later today, and one in progress since last night', () => {
    expect(rules(facts({ now: '2026-12-06T13:00:00.000Z' }))).toEqual(['AGENT_NOT_ON_DUTY']);
    expect(dutyShift([MORNING], '2026-12-06T04:30:00.000Z')).toBe(MORNING);
    const night = { shiftId: 'n', startsAt: '2026-12-05T20:00:00.000Z', endsAt: '2026-12-06T04:00:00.000Z' };
    expect(dutyShift([night, MORNING], '2026-12-06T03:00:00.000Z')).toBe(night);
    expect(rules(facts({ shifts: [] }))).toEqual(['AGENT_NOT_ON_DUTY']);
  });

  it('names every rule broken at once: out, not in service, no permit, off duty', () => {
    expect(
      rules(facts({ weaponOut: true, weaponStatus: WeaponStatus.UNDER_REPAIR, permits: [], shifts: [] })),
    ).toEqual(['WEAPON_NOT_IN_SERVICE', 'WEAPON_ALREADY_OUT', 'WEAPON_PERMIT_INVALID', 'AGENT_NOT_ON_DUTY']);
  });

  it('flags a weapon not returned from the end of its shift on, not a returned one', () => {
    expect(isOverdue({ returnedAt: null, dueBy: MORNING.endsAt }, '2026-12-06T12:59:59.000Z')).toBe(false);
    expect(isOverdue({ returnedAt: null, dueBy: MORNING.endsAt }, MORNING.endsAt)).toBe(true);
    expect(
      isOverdue(
        { returnedAt: '2026-12-06T13:30:00.000Z', dueBy: MORNING.endsAt },
        '2026-12-06T14:00:00.000Z',
      ),
    ).toBe(false);
  });
});

describe('status changes and corrections of the log', () => {
  it('refuses to change a retired weapon, or to take a weapon out of service while it is issued', () => {
    expect(weaponStatusRefusal(WeaponStatus.IN_SERVICE, WeaponStatus.UNDER_REPAIR, false)).toBeNull();
    expect(weaponStatusRefusal(WeaponStatus.UNDER_REPAIR, WeaponStatus.IN_SERVICE, false)).toBeNull();
    expect(weaponStatusRefusal(WeaponStatus.IN_SERVICE, WeaponStatus.RETIRED, true)?.rule).toBe(
      'WEAPON_ALREADY_OUT',
    );
    expect(weaponStatusRefusal(WeaponStatus.RETIRED, WeaponStatus.IN_SERVICE, false)?.rule).toBe(
      'WEAPON_RETIRED',
    );
  });

  it('reads the counts in force: the last correction of each count wins', () => {
    const line = { ammunition: 30, ammunitionReturned: 3 };
    expect(correctedCounts(line, [])).toEqual(line);
    expect(
      correctedCounts(line, [
        { ammunition: null, ammunitionReturned: 30 },
        { ammunition: 32, ammunitionReturned: null },
        { ammunition: null, ammunitionReturned: 29 },
      ]),
    ).toEqual({ ammunition: 32, ammunitionReturned: 29 });
  });

  it('refuses a correction that changes nothing, corrects a return not made, or leaves more back than out', () => {
    const returned = { ammunition: 30, ammunitionReturned: 3 };
    expect(correctionProblems(returned, true, { ammunition: null, ammunitionReturned: 30 })).toEqual([]);
    // At the edge: as many back as out is fine, one more is not.
    expect(correctionProblems(returned, true, { ammunition: 3, ammunitionReturned: null })).toEqual([]);
    expect(
      correctionProblems(returned, true, { ammunition: 2, ammunitionReturned: null }).map((p) => p.code),
    ).toEqual(['AMMUNITION_RETURNED_EXCEEDS']);
    expect(
      correctionProblems(returned, true, { ammunition: 30, ammunitionReturned: 3 }).map((p) => p.code),
    ).toEqual(['CORRECTION_CHANGES_NOTHING']);
    expect(
      correctionProblems({ ammunition: 10, ammunitionReturned: null }, false, {
        ammunition: null,
        ammunitionReturned: 5,
      }).map((p) => p.code),
    ).toEqual(['WEAPON_NOT_RETURNED']);
    expect(
      correctionProblems({ ammunition: 10, ammunitionReturned: null }, false, {
        ammunition: 0,
        ammunitionReturned: null,
      }),
    ).toEqual([]);
  });
});
