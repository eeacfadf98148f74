import {
  Grade,
  Milestone,
  type RecruitmentResponse,
  RecruitmentRoute,
  RecruitmentStatus,
} from '@vigie/shared';

/** Test data of the recruitment specs. */

/** Sarah Lemaire, transferred, interviewed: the arrêté de nomination is next. */
export function sarah(overrides: Partial<RecruitmentResponse> = {}): RecruitmentResponse {
  return {
    id: 'r-sarah',
    candidateName: 'Sarah Lemaire',
    route: RecruitmentRoute.TRANSFER,
    grade: Grade.BRIGADIER_CHEF_PRINCIPAL,
    note: null,
    status: RecruitmentStatus.OPEN,
    agentId: null,
    milestones: [
      {
        milestone: Milestone.APPLICATION,
        date: '2026-10-16',
        note: null,
        reason: null,
        recordedBy: 'rh',
        recordedAt: '2026-10-16T08:00:00Z',
      },
      {
        milestone: Milestone.INTERVIEW,
        date: '2026-11-05',
        note: null,
        reason: null,
        recordedBy: 'rh',
        recordedAt: '2026-11-05T08:00:00Z',
      },
    ],
    pendingMilestones: [Milestone.APPOINTED, Milestone.OPERATIONAL],
    nextMilestones: [Milestone.APPOINTED],
    expectedOperationalDate: '2026-12-12',
    stalled: false,
    daysWaiting: 20,
    version: 3,
    createdAt: '2026-10-16T08:00:00Z',
    ...overrides,
  };
}
