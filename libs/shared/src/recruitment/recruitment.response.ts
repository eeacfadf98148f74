import { Grade } from '../agents/agent.enum';
import { Milestone, RecruitmentExit, RecruitmentRoute, RecruitmentStatus } from './recruitment.enum';

export class MilestoneRecordResponse {
  milestone!: Milestone | RecruitmentExit;
  date!: string;
  note!: string | null;
  reason!: string | null;
  recordedBy!: string | null;
  recordedAt!: string;
}

export class RecruitmentResponse {
  id!: string;
  candidateName!: string;
  route!: RecruitmentRoute;
  grade!: Grade;
  note!: string | null;
  status!: RecruitmentStatus;
  /** The agent record created at APPOINTED. */
  agentId!: string | null;
  /** History, in date order. */
  milestones!: MilestoneRecordResponse[];
  /** The route's milestones not recorded yet, in order. */
  pendingMilestones!: Milestone[];
  /** Those that may be recorded now (prerequisites met). */
  nextMilestones!: Milestone[];
  /** From the recorded milestones and the typical durations; null once closed. */
  expectedOperationalDate!: string | null;
  /** Waiting longer than the typical duration toward a next milestone. */
  stalled!: boolean;
  /** Days since the last recorded milestone. */
  daysWaiting!: number;
  version!: number;
  createdAt!: string;
}

export class RecruitmentPageResponse {
  items!: RecruitmentResponse[];
  nextCursor!: string | null;
}
