import {
  FirearmDecision,
  QualificationKind,
  type QualificationResponse,
  type ShootingSessionResponse,
} from '@vigie/shared';

import {
  continuingTrainingView,
  firearmFlagView,
  firearmLine,
  qualificationView,
  ratioLabel,
  sessionsOfRecentYears,
  trainingFlags,
  weaponTrainingRows,
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

describe('each weapon’s training and the continuing training on the record', () => {
  const taser = (date: string, rounds: number): ShootingSessionResponse => ({
    id: `t-${date}`,
    date,
    rounds,
    note: null,
    weapon: QualificationKind.TASER,
  });

  it('counts this calendar year’s sessions against each held weapon’s rule, and says last year’s shortfall', () => {
    const rows = weaponTrainingRows(
      [
        // Obtained mid-2025: its initial training stands in for that year.
        qualification({ obtainedOn: '2025-06-01' }),
        qualification({ id: 'q2', kind: QualificationKind.TASER, obtainedOn: '2023-01-10', expiresOn: null }),
      ],
      [
        { ...session('2026-03-01'), weapon: QualificationKind.FIREARM },
        { ...session('2026-09-01', 20), weapon: QualificationKind.FIREARM },
        taser('2026-04-02', 2),
        taser('2025-12-31', 2),
        taser('2027-01-01', 2),
      ],
      TODAY,
    );
    expect(rows.map((row) => [row.label, row.thisYear, row.done, row.lastYearShort])).toEqual([
      ['Arme à feu', '2026 : 2 séances et 50 cartouches sur 2 séances et 50 cartouches requises', true, null],
      [
        'Pistolet à impulsion électrique',
        '2026 : 1 séance et 2 cartouches sur 2 séances et 4 cartouches requises',
        false,
        '2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an)',
      ],
    ]);
  });

  it('leaves out a weapon whose permit expired; an aerosol’s permit asks for its 2 sessions a year', () => {
    const rows = weaponTrainingRows(
      [
        qualification({ kind: QualificationKind.LBD, issue: 'EXPIRED', valid: false }),
        qualification({ id: 'q3', kind: QualificationKind.TEAR_GAS }),
      ],
      [],
      TODAY,
    );
    expect(rows.map((row) => [row.label, row.thisYear, row.done])).toEqual([
      ['Aérosol lacrymogène', '2026 : 0 séance sur 2 séances requises', false],
    ]);
  });

  it('shows the continuing training’s days done against those due and the deadline', () => {
    const view = continuingTrainingView({
      periodStart: '2022-09-01',
      deadline: '2027-08-31',
      days: 4,
      minDays: 10,
      status: 'BEHIND',
      previousShortfall: null,
    });
    expect(view).toEqual({
      days: '4 jours sur 10 depuis le 01/09/2022',
      deadline: 'Échéance le 31/08/2027',
      status: 'En retard',
      tone: 'warning',
      percent: 40,
      previous: null,
    });
    expect(continuingTraining({ days: 12, status: 'DONE' }).percent).toBe(100);
  });

  it('flags in the list continuing training behind or lapsed, and each weapon’s lapse', () => {
    expect(
      trainingFlags({
        continuingTraining: {
          periodStart: '2022-09-01',
          deadline: '2027-08-31',
          days: 4,
          minDays: 10,
          status: 'BEHIND',
          previousShortfall: null,
        },
        trainingLapses: [
          {
            weapon: QualificationKind.TASER,
            year: 2025,
            sessions: 1,
            rounds: 2,
            minSessions: 2,
            minRounds: 4,
          },
        ],
      }),
    ).toEqual([
      { text: 'Formation continue : 4 j sur 10', tone: 'warning' },
      { text: 'Pistolet à impulsion électrique : entraînement 2025 insuffisant', tone: 'warning' },
    ]);
    expect(trainingFlags({ continuingTraining: null })).toEqual([]);
  });
});

function continuingTraining(over: { days: number; status: 'DONE' | 'ON_TRACK' | 'BEHIND' | 'LAPSED' }) {
  return continuingTrainingView({
    periodStart: '2022-09-01',
    deadline: '2027-08-31',
    minDays: 10,
    previousShortfall: null,
    ...over,
  });
}
