import {
  type ShiftResponse,
  type WeaponIssueResponse,
  WeaponKind,
  type WeaponResponse,
  WeaponStatus,
} from '@vigie/shared';

import { agentsOnDuty, correctionLine, issueLine, weaponsInSafe, weaponWhereabouts } from './armoury-words';

function shift(label: string, startsAt: string, endsAt: string, agents: [string, string][]): ShiftResponse {
  return {
    label,
    startsAt,
    endsAt,
    assignments: agents.map(([agentId, agentName]) => ({ agentId, agentName })),
  } as ShiftResponse;
}

const NOW = new Date('2026-12-06T09:00:00Z'); // 10:00 in Paris

describe('the agents a weapon may be handed to', () => {
  it('takes those on a shift in progress or starting later today, not those whose shift ended nor tomorrow’s', () => {
    const shifts = [
      shift('Nuit', '2026-12-05T20:00:00Z', '2026-12-06T04:00:00Z', [['n', 'Nora Nuit']]),
      shift('Matin', '2026-12-06T05:00:00Z', '2026-12-06T13:00:00Z', [['m', 'Marc Matin']]),
      shift('Après-midi', '2026-12-06T13:00:00Z', '2026-12-06T21:00:00Z', [['a', 'Anne Aprem']]),
      shift('Demain', '2026-12-07T05:00:00Z', '2026-12-07T13:00:00Z', [['d', 'Denis Demain']]),
    ];
    expect(agentsOnDuty(shifts, NOW, '2026-12-06')).toEqual([
      { agentId: 'a', agentName: 'Anne Aprem', shift: 'Après-midi 14:00–22:00' },
      { agentId: 'm', agentName: 'Marc Matin', shift: 'Matin 06:00–14:00' },
    ]);
  });
});

describe('the words of the armoury', () => {
  const weapon = (over: Partial<WeaponResponse>): WeaponResponse => ({
    id: 'w',
    kind: WeaponKind.HANDGUN,
    model: 'Glock 17',
    serialNumber: 'BDUX-0101',
    status: WeaponStatus.IN_SERVICE,
    issuedTo: null,
    createdAt: '',
    ...over,
  });

  it('says where a weapon is, and offers only those in the safe', () => {
    const out = weapon({
      id: 'o',
      issuedTo: {
        issueId: 'i',
        agentId: 'a',
        agentName: 'Julien Lefebvre',
        issuedAt: '2026-12-06T06:02:00Z',
      },
    });
    const repair = weapon({ id: 'r', status: WeaponStatus.UNDER_REPAIR });
    expect(weaponWhereabouts(out)).toBe('Remise à Julien Lefebvre à 07:02');
    expect(weaponWhereabouts(repair)).toBe('En réparation');
    expect(weaponWhereabouts(weapon({}))).toBe('Au coffre');
    expect(weaponsInSafe([out, repair, weapon({})]).map((w) => w.id)).toEqual(['w']);
  });

  it('words an issue in 24-hour times, with the cartridges out and back', () => {
    const issue = {
      issuedAt: '2026-12-06T06:02:00Z',
      issuedBy: 'Karim Benali',
      ammunition: 30,
      dueBy: '2026-12-06T13:00:00Z',
      returnedAt: null,
      ammunitionReturned: null,
    } as WeaponIssueResponse;
    expect(issueLine(issue)).toBe(
      'Remise à 07:02 par Karim Benali · 30 cartouches · à réintégrer avant 14:00',
    );
    expect(issueLine({ ...issue, returnedAt: '2026-12-06T13:05:00Z', ammunitionReturned: 28 })).toBe(
      'Remise à 07:02 par Karim Benali · 30 cartouches · réintégrée à 14:05, 28 cartouches rendues',
    );
  });
});

describe('a correction of the log', () => {
  const base = {
    id: 'c1',
    ammunitionBefore: 30,
    ammunitionAfter: 30,
    ammunitionReturnedBefore: 3,
    ammunitionReturnedAfter: 30,
    reason: 'Saisie de 3 au lieu de 30',
    correctedAt: '2026-12-06T09:12:00Z',
    correctedBy: 'Karim Benali',
  };

  it('says what changed, when (Paris time), by whom and why', () => {
    expect(correctionLine(base)).toBe(
      'Corrigé le 06/12/2026 à 10:12 par Karim Benali : cartouches rendues 3 → 30 — Saisie de 3 au lieu de 30',
    );
  });

  it('names both counts when both changed', () => {
    expect(correctionLine({ ...base, ammunitionAfter: 32, ammunitionReturnedAfter: 32 })).toContain(
      'cartouches remises 30 → 32, cartouches rendues 3 → 32',
    );
  });
});
