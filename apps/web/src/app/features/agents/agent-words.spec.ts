import {
  FirearmDecision,
  QualificationKind,
  type QualificationResponse,
  type ShootingSessionResponse,
} from '@vigie/shared';

import {
  firearmFlagView,
  firearmLine,
  qualificationView,
  ratioLabel,
  sessionsOfRecentYears,
} from './agent-words';

const TODAY = '2026-11-25';

function qualification(overrides: Partial<QualificationResponse> = {}): QualificationResponse {
  return {
    id: 'q1',
    kind: QualificationKind.FIREARM,
    obtainedOn: '2024-02-29',
    expiresOn: '2029-02-27',
    pendingApproval: false,
    reference: null,
    valid: true,
    issue: null,
    expiringSoon: false,
    ...overrides,
  };
}

function session(date: string, rounds = 30): ShootingSessionResponse {
  return { id: date, date, rounds, note: null };
}

describe('how an agent record reads', () => {
  it('writes the contract ratio as a percentage', () => {
    expect(ratioLabel(0.8)).toBe('80\u00a0%');
    expect(ratioLabel(1)).toBe('100\u00a0%');
  });

  it('says why a qualification does not count', () => {
    expect(
      qualificationView(qualification({ valid: false, issue: 'EXPIRED', expiresOn: '2026-09-26' })),
    ).toMatchObject({
      label: 'Arme à feu',
      state: 'invalid',
      detail: 'Expirée depuis le 26/09/2026',
    });
    expect(qualificationView(qualification({ valid: false, issue: 'PENDING_APPROVAL' })).status).toBe(
      'En attente d’agrément',
    );
    expect(qualificationView(qualification({ valid: false, issue: 'SUSPENDED' })).detail).toBe(
      'Port d’arme suspendu par décision du préfet',
    );
  });

  it('warns of a qualification expiring soon with its date', () => {
    const view = qualificationView(
      qualification({ kind: QualificationKind.TASER, expiresOn: '2026-12-20', expiringSoon: true }),
    );
    expect(view).toMatchObject({
      label: 'Pistolet à impulsion électrique',
      state: 'warning',
      detail: 'Expire le 20/12/2026',
    });
  });

  it('keeps the sessions of this calendar year and the one before, the latest first', () => {
    const sessions = [
      session('2024-12-31'),
      session('2026-07-28'),
      session('2025-01-01'),
      session('2026-12-01'),
    ];
    expect(sessionsOfRecentYears(sessions, TODAY).map((s) => s.date)).toEqual(['2026-07-28', '2025-01-01']);
  });

  it("sums up each calendar year's training and the permit in one line", () => {
    const sessions = [session('2025-12-31'), session('2026-01-01'), session('2026-07-28')];
    expect(firearmLine([qualification()], sessions, TODAY)).toEqual({
      text: '2025 : 1 séance / 30 cartouches · 2026 : 2 séances / 60 cartouches — port d’arme valide',
      ok: true,
    });
  });

  it('says the permit is suspended only when the préfet suspended it', () => {
    const line = firearmLine([qualification({ valid: false, issue: 'SUSPENDED' })], [], TODAY);
    expect(line.text).toBe(
      '2025 : 0 séance / 0 cartouche · 2026 : 0 séance / 0 cartouche — port d’arme suspendu par le préfet',
    );
    expect(line.ok).toBe(false);
  });

  it("asks the chief for the préfet's decision on a lapse, the permit staying valid meanwhile", () => {
    const view = firearmFlagView({
      lapse: { year: 2025, sessions: 1, rounds: 40, ok: false },
      decision: null,
      suspended: false,
    });
    expect(view).toEqual({
      title: 'Décision du préfet à enregistrer',
      text:
        'Entraînement au tir insuffisant en 2025 : 1 séance et 40 cartouches (2 séances et 50 cartouches requises par an). ' +
        'Le port d’arme reste valide tant que le préfet ne l’a pas suspendu.',
      awaited: true,
    });
  });

  it('shows the suspension recorded, with its date and reference', () => {
    const view = firearmFlagView({
      lapse: null,
      decision: {
        id: 'd1',
        date: '2026-02-17',
        decision: FirearmDecision.SUSPENDED,
        reference: 'Arrêté n° 153/S',
        note: null,
        recordedAt: '2026-02-17T10:00:00Z',
      },
      suspended: true,
    });
    expect(view.title).toBe('Port d’arme suspendu par le préfet depuis le 17/02/2026');
    expect(view.text).toContain('Décision : Arrêté n° 153/S.');
    expect(view.awaited).toBe(false);
  });

  it('tells a transferred agent’s permit is awaiting approval', () => {
    const line = firearmLine(
      [qualification({ valid: false, issue: 'PENDING_APPROVAL', pendingApproval: true })],
      [],
      TODAY,
    );
    expect(line.text).toBe(
      '2025 : 0 séance / 0 cartouche · 2026 : 0 séance / 0 cartouche — port d’arme en attente d’agrément',
    );
  });

  it('says so when the agent holds no firearm permit', () => {
    expect(firearmLine([], [], TODAY).text).toContain('pas de port d’arme');
  });
});
