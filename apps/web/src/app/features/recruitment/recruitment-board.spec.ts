import {
  Grade,
  Milestone,
  RecruitmentExit,
  type RecruitmentResponse,
  RecruitmentRoute,
  RecruitmentStatus,
} from '@vigie/shared';

import { checklist, groupByPhase, phaseOf, stepLabel } from './recruitment-board';

const TODAY = '2026-11-25';

/** A recruitment that went through `steps` (milestone → date). */
function recruitment(
  name: string,
  steps: [Milestone | RecruitmentExit, string][],
  overrides: Partial<RecruitmentResponse> = {},
): RecruitmentResponse {
  const exit = steps.find(([step]) => step in RecruitmentExit)?.[0];
  const operational = steps.some(([step]) => step === Milestone.OPERATIONAL);
  return {
    id: name,
    candidateName: name,
    route: RecruitmentRoute.COMPETITIVE_EXAM,
    grade: Grade.GARDIEN_BRIGADIER,
    note: null,
    status:
      exit === RecruitmentExit.WITHDRAWN
        ? RecruitmentStatus.WITHDRAWN
        : exit === RecruitmentExit.REJECTED
          ? RecruitmentStatus.REJECTED
          : operational
            ? RecruitmentStatus.COMPLETED
            : RecruitmentStatus.OPEN,
    agentId: null,
    milestones: steps.map(([milestone, date]) => ({
      milestone,
      date,
      note: null,
      reason: null,
      recordedBy: 'rh',
      recordedAt: `${date}T10:00:00Z`,
    })),
    pendingMilestones: [],
    nextMilestones: [],
    expectedOperationalDate: null,
    stalled: false,
    daysWaiting: 0,
    version: 1,
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

const APPLIED: [Milestone, string] = [Milestone.APPLICATION, '2026-10-01'];
const INTERVIEWED: [Milestone, string] = [Milestone.INTERVIEW, '2026-10-20'];
const APPOINTED: [Milestone, string] = [Milestone.APPOINTED, '2026-11-10'];

describe('the recruitment board', () => {
  it('keeps a candidate not interviewed yet under « Candidature »', () => {
    expect(phaseOf(recruitment('Manon', [APPLIED]), TODAY)).toBe('APPLICATION');
  });

  it('moves an interviewed candidate to « Nomination », waiting for the arrêté', () => {
    expect(phaseOf(recruitment('Sarah', [APPLIED, INTERVIEWED]), TODAY)).toBe('APPOINTMENT');
  });

  it('moves an appointed candidate to « Formation et agréments » until he is operational', () => {
    const inTraining = recruitment('Lucas', [
      APPLIED,
      INTERVIEWED,
      APPOINTED,
      [Milestone.PREFECT_APPROVAL, '2026-11-20'],
    ]);
    expect(phaseOf(inTraining, TODAY)).toBe('TRAINING');
  });

  it('shows an agent operational within the last 90 days under « Opérationnel », older ones as closed', () => {
    const recent = recruitment('Recent', [
      APPLIED,
      INTERVIEWED,
      APPOINTED,
      [Milestone.OPERATIONAL, '2026-09-01'],
    ]);
    const old = recruitment('Old', [APPLIED, INTERVIEWED, APPOINTED, [Milestone.OPERATIONAL, '2026-08-01']]);
    expect(phaseOf(recent, TODAY)).toBe('OPERATIONAL');
    expect(phaseOf(old, TODAY)).toBe('CLOSED');
  });

  it('files withdrawn and rejected candidates as closed, whatever they had reached', () => {
    expect(phaseOf(recruitment('Julie', [APPLIED, [RecruitmentExit.REJECTED, '2026-10-02']]), TODAY)).toBe(
      'CLOSED',
    );
    expect(
      phaseOf(
        recruitment('Paul', [APPLIED, INTERVIEWED, APPOINTED, [RecruitmentExit.WITHDRAWN, '2026-11-12']]),
        TODAY,
      ),
    ).toBe('CLOSED');
  });

  it('groups the board by phase, stalled candidates first, then the soonest operational', () => {
    const board = groupByPhase(
      [
        recruitment('Later', [APPLIED, INTERVIEWED, APPOINTED], { expectedOperationalDate: '2027-06-01' }),
        recruitment('Sooner', [APPLIED, INTERVIEWED, APPOINTED], { expectedOperationalDate: '2027-01-04' }),
        recruitment('Stalled', [APPLIED, INTERVIEWED, APPOINTED], {
          expectedOperationalDate: '2027-09-01',
          stalled: true,
        }),
        recruitment('Manon', [APPLIED]),
        recruitment('Sarah', [APPLIED, INTERVIEWED]),
        recruitment('Julie', [APPLIED, [RecruitmentExit.REJECTED, '2026-10-02']]),
      ],
      TODAY,
    );
    const names = (phase: keyof typeof board) => board[phase].map((r) => r.candidateName);
    expect(names('APPLICATION')).toEqual(['Manon']);
    expect(names('APPOINTMENT')).toEqual(['Sarah']);
    expect(names('TRAINING')).toEqual(['Stalled', 'Sooner', 'Later']);
    expect(names('OPERATIONAL')).toEqual([]);
    expect(names('CLOSED')).toEqual(['Julie']);
  });

  it('lists the milestones of the route, done with their date or pending', () => {
    const transfer = recruitment('Sarah', [APPLIED, INTERVIEWED], {
      route: RecruitmentRoute.TRANSFER,
      nextMilestones: [Milestone.APPOINTED],
    });
    expect(checklist(transfer)).toEqual([
      { milestone: Milestone.APPLICATION, label: 'Candidature reçue', date: '2026-10-01', next: false },
      { milestone: Milestone.INTERVIEW, label: 'Jury / entretien', date: '2026-10-20', next: false },
      { milestone: Milestone.APPOINTED, label: 'Arrêté de nomination', date: null, next: true },
      { milestone: Milestone.OPERATIONAL, label: 'Opérationnel', date: null, next: false },
    ]);
  });

  it("lists an ASVP's milestones (prosecutor, oath) and an administrative agent's, not a police officer's", () => {
    const labels = (grade: Grade): string[] =>
      checklist(recruitment('Inès', [APPLIED, INTERVIEWED, APPOINTED], { grade })).map((item) => item.label);
    expect(labels(Grade.ASVP)).toEqual([
      'Candidature reçue',
      'Jury / entretien',
      'Arrêté de nomination',
      'Agrément du procureur',
      'Assermentation',
      'Opérationnel',
    ]);
    expect(labels(Grade.ADMINISTRATIVE)).toEqual([
      'Candidature reçue',
      'Jury / entretien',
      'Arrêté de nomination',
      'Opérationnel',
    ]);
    expect(labels(Grade.GARDIEN_BRIGADIER)).toContain('Agrément du préfet');
    expect(labels(Grade.GARDIEN_BRIGADIER)).toContain('Fin de formation (FIA)');
  });

  it('names exits and milestones alike', () => {
    expect(stepLabel(RecruitmentExit.WITHDRAWN)).toBe('Désistement');
    expect(stepLabel(Milestone.SWORN_IN)).toBe('Assermentation');
  });
});
