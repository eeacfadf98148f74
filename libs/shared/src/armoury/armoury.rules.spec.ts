import { FirearmDecision, QualificationKind } from '../agents/agent.enum';
import { WeaponKind, WeaponStatus } from './armoury.enum';
import { dutyShift, isOverdue, IssueFacts, issueViolations } from './armoury.rules';

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
