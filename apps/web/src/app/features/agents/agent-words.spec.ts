import { QualificationKind, type QualificationResponse, type ShootingSessionResponse } from '@vigie/shared';

import { firearmLine, qualificationView, ratioLabel, sessionsOfLastYear } from './agent-words';

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
    expect(qualificationView(qualification({ valid: false, issue: 'TRAINING_MISSING' })).detail).toBe(
      'Entraînement au tir insuffisant : 2 séances et 50 cartouches sur 12 mois requises',
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

  it('keeps the sessions of the last 12 months, the latest first', () => {
    const sessions = [
      session('2025-11-25'),
      session('2026-07-28'),
      session('2025-11-26'),
      session('2026-12-01'),
    ];
    expect(sessionsOfLastYear(sessions, TODAY).map((s) => s.date)).toEqual(['2026-07-28', '2025-11-26']);
  });

  it('sums up the firearm training and the permit in one line', () => {
    const sessions = [session('2026-02-08'), session('2026-07-28')];
    expect(firearmLine([qualification()], sessions, TODAY)).toEqual({
      text: '2 séances / 60 cartouches sur 12 mois — port d’arme valide',
      ok: true,
    });
  });

  it('says the permit is suspended when the training falls short', () => {
    const line = firearmLine(
      [qualification({ valid: false, issue: 'TRAINING_MISSING' })],
      [session('2026-03-30', 40)],
      TODAY,
    );
    expect(line.text).toBe(
      '1 séance / 40 cartouches sur 12 mois — port d’arme suspendu : 2 séances et 50 cartouches sur 12 mois requises',
    );
    expect(line.ok).toBe(false);
  });

  it('tells a transferred agent’s permit is awaiting approval', () => {
    const line = firearmLine(
      [qualification({ valid: false, issue: 'PENDING_APPROVAL', pendingApproval: true })],
      [],
      TODAY,
    );
    expect(line.text).toBe('0 séance / 0 cartouche sur 12 mois — port d’arme en attente d’agrément');
  });

  it('says so when the agent holds no firearm permit', () => {
    expect(firearmLine([], [], TODAY).text).toContain('pas de port d’arme');
  });
});
