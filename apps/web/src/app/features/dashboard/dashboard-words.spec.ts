import {
  CameraKind,
  FirearmDecision,
  FootageStatus,
  Milestone,
  QualificationKind,
  RecruitmentStatus,
} from '@vigie/shared';

import {
  countdownTone,
  deploymentLines,
  moreText,
  pipelineView,
  qualificationAlerts,
  shiftWhen,
  timeLeft,
} from './dashboard-words';
import { expiringOf, qualificationsOf, recruitmentOf } from './testing/dashboard.builders';

const NOW = new Date('2026-11-25T20:00:00Z');
const inHours = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

describe('the dashboard in words', () => {
  it('counts down to the overwrite in days and hours, then hours and minutes', () => {
    expect(timeLeft(inHours(41.5), NOW)).toBe('1 j 17 h');
    expect(timeLeft(inHours(5 + 7 / 60), NOW)).toBe('5 h 07 min');
    expect(timeLeft(inHours(0.2), NOW)).toBe('12 min');
    expect(timeLeft(inHours(-1), NOW)).toBeNull();
  });

  it('turns a request red under 72 hours before its images are overwritten, unless extracted', () => {
    expect(countdownTone(FootageStatus.REQUESTED, inHours(71), NOW)).toBe('red');
    expect(countdownTone(FootageStatus.REQUESTED, inHours(73), NOW)).toBe('amber');
    expect(countdownTone(FootageStatus.REQUESTED, inHours(24 * 8), NOW)).toBe('calm');
    expect(countdownTone(FootageStatus.REQUESTED, inHours(-2), NOW)).toBe('overdue');
    expect(countdownTone(FootageStatus.EXTRACTED, inHours(10), NOW)).toBe('safe');
  });

  it('says how many lines a short list leaves out', () => {
    expect(moreText(1)).toBe('et 1 autre');
    expect(moreText(4)).toBe('et 4 autres');
  });

  it('dates a shift on the evening it starts, in Paris', () => {
    expect(shiftWhen('2026-11-25T20:00:00Z', '2026-11-26T04:00:00Z')).toBe('mer. 25/11, 21:00–05:00');
  });

  it('measures the cameras installed and in service against the plan, nomad first', () => {
    const row = (year: number, kind: CameraKind, planned: number, installed: number, active: number) => ({
      year,
      kind,
      planned,
      registered: planned,
      installed,
      active,
      connected: active,
    });
    const lines = deploymentLines({
      rows: [row(2025, CameraKind.NOMAD, 6, 6, 5), row(2026, CameraKind.FIXED, 14, 7, 0)],
      totals: [row(0, CameraKind.FIXED, 30, 7, 0), row(0, CameraKind.NOMAD, 6, 6, 5)],
    });
    expect(lines.totals.map((line) => line.label)).toEqual(['Nomade', 'Fixe']);
    expect(lines.years[1]).toMatchObject({ label: 'Fixe 2026', installedWidth: 50, activeWidth: 0 });
    expect(lines.years[0].description).toBe('Nomade 2025 : 6 installées sur 6 prévues, 5 en service');
  });

  it('counts HR’s candidates in each phase of the board, the longest stalled first', () => {
    const today = '2026-11-25';
    const view = pipelineView(
      [
        recruitmentOf('r-1', 'Léa Martin', [Milestone.APPLICATION]),
        recruitmentOf('r-2', 'Sarah Lemaire', [Milestone.APPLICATION, Milestone.INTERVIEW], {
          stalled: true,
          daysWaiting: 40,
          nextMilestones: [Milestone.APPOINTED],
        }),
        recruitmentOf(
          'r-3',
          'Kevin Dumont',
          [Milestone.APPLICATION, Milestone.INTERVIEW, Milestone.APPOINTED],
          {
            stalled: true,
            daysWaiting: 150,
            nextMilestones: [Milestone.PROSECUTOR_APPROVAL],
          },
        ),
        recruitmentOf('r-4', 'Paul Durand', [Milestone.APPLICATION], { status: RecruitmentStatus.WITHDRAWN }),
      ],
      today,
    );
    expect(view.open).toBe(3);
    expect(view.phases.map((phase) => [phase.label, phase.count])).toEqual([
      ['Candidature', 1],
      ['Nomination', 1],
      ['Formation et agréments', 1],
      ['Opérationnel', 0],
    ]);
    expect(view.stalled.map((stalled) => [stalled.name, stalled.next])).toEqual([
      ['Kevin Dumont', 'Agrément du procureur'],
      ['Sarah Lemaire', 'Arrêté de nomination'],
    ]);
  });
});

describe('« Habilitations »: one line per person, the worst first', () => {
  const firearm = (agentId: string, agentName: string, decision: FirearmDecision | null) => ({
    agentId,
    agentName,
    year: 2025,
    reason: '2025 : 1 séance et 30 cartouches (2 séances et 50 cartouches requises par an)',
    decision,
    decisionDate: decision ? '2026-02-01' : null,
  });
  const training = (agentId: string, agentName: string, status: 'LAPSED' | 'BEHIND') => ({
    agentId,
    agentName,
    status,
    days: 4,
    minDays: 10,
    deadline: '2027-08-31',
  });
  const taser = (agentId: string, agentName: string) => ({
    agentId,
    agentName,
    kind: QualificationKind.TASER,
    kindLabel: 'Pistolet à impulsion électrique',
    year: 2025,
    reason: '2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an)',
  });

  it('merges a person’s concerns into one line led by the worst, the others counted', () => {
    const data = {
      ...qualificationsOf(
        [expiringOf('a-1', 'Antoine Leclercq', 20, '2026-12-26')],
        [firearm('a-1', 'Antoine Leclercq', null)],
      ),
      training: [training('a-1', 'Antoine Leclercq', 'BEHIND')],
    };
    const [leclercq, ...rest] = qualificationAlerts(data);
    expect(rest).toEqual([]);
    expect(leclercq).toMatchObject({
      agentName: 'Antoine Leclercq',
      kind: 'firearm-lapse',
      tone: 'danger',
      pill: 'décision à enregistrer',
    });
    expect(leclercq.others).toEqual([
      'Formation continue : 4 j sur 10, échéance le 31/08/2027',
      'Secourisme · expire le 26/12/2026',
    ]);
  });

  it('ranks a decision awaited, a suspension, lapsed training, an expiry within a week, a weapon’s lapse, training behind, a later expiry, a permit maintained', () => {
    const data = {
      expiring: [
        expiringOf('e7', 'Emma Sept', 7, '2026-12-13'),
        expiringOf('e8', 'Eric Huit', 8, '2026-12-14'),
      ],
      firearm: [
        firearm('m', 'Marc Maintenu', FirearmDecision.MAINTAINED),
        firearm('s', 'Sam Suspendu', FirearmDecision.SUSPENDED),
        firearm('w', 'Wanda Attente', null),
      ],
      weapons: [taser('t', 'Tom Taser')],
      training: [training('b', 'Bea Retard', 'BEHIND'), training('l', 'Léa Échue', 'LAPSED')],
    };
    expect(qualificationAlerts(data).map((alert) => [alert.agentName, alert.pill])).toEqual([
      ['Wanda Attente', 'décision à enregistrer'],
      ['Sam Suspendu', 'suspendu'],
      ['Léa Échue', 'formation échue'],
      ['Emma Sept', '7 jours'],
      ['Tom Taser', 'entraînement insuffisant'],
      ['Bea Retard', 'formation en retard'],
      ['Eric Huit', '8 jours'],
      ['Marc Maintenu', 'maintenu'],
    ]);
  });

  it('is empty when nothing needs looking at', () => {
    expect(qualificationAlerts(qualificationsOf())).toEqual([]);
  });
});
