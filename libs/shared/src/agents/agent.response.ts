import { AgentStatus, FirearmDecision, Grade, QualificationKind, StaffCategory } from './agent.enum';
import type { ContinuingTrainingStatus } from './continuing-training.rules';

/** Why a qualification does not count on the day asked. */
export type QualificationIssue = 'NOT_YET_OBTAINED' | 'EXPIRED' | 'PENDING_APPROVAL' | 'SUSPENDED';

export class QualificationResponse {
  id!: string;
  kind!: QualificationKind;
  obtainedOn!: string;
  expiresOn!: string | null;
  pendingApproval!: boolean;
  reference!: string | null;
  /** Valid today (for FIREARM: also not suspended by the préfet; a training lapse alone does not invalidate it). */
  valid!: boolean;
  /** Why it is not valid today, when it is not. */
  issue!: QualificationIssue | null;
  /** Expires within 30 days. */
  expiringSoon!: boolean;
}

export class ShootingSessionResponse {
  id!: string;
  date!: string;
  /** The weapon trained with (FIREARM for the sessions recorded before other weapons were). */
  weapon!: QualificationKind;
  rounds!: number;
  note!: string | null;
}

/** A completed continuing-training course. */
export class ContinuingTrainingResponse {
  id!: string;
  date!: string;
  days!: number;
  title!: string;
}

/** The previous period of continuing training, when it ended short. */
export class TrainingShortfallResponse {
  periodStart!: string;
  deadline!: string;
  days!: number;
}

/** Progress of the continuing training in the current period (décret n° 2000-51). */
export class ContinuingTrainingProgressResponse {
  periodStart!: string;
  /** Last day of the period. */
  deadline!: string;
  /** Days done in the period. */
  days!: number;
  minDays!: number;
  status!: ContinuingTrainingStatus;
  previousShortfall!: TrainingShortfallResponse | null;
}

/** A weapon's yearly training short in the last completed calendar year: a flag, not an invalidity. */
export class TrainingLapseResponse {
  weapon!: QualificationKind;
  year!: number;
  sessions!: number;
  rounds!: number;
  minSessions!: number;
  minRounds!: number;
}

/** An agent as the list shows him. `phone` and `email` are left out for AGENT callers. */
export class AgentSummaryResponse {
  id!: string;
  matricule!: string;
  lastName!: string;
  firstName!: string;
  grade!: Grade;
  category!: StaffCategory;
  status!: AgentStatus;
  brigade!: string | null;
  hireDate!: string;
  departureDate!: string | null;
  contractRatio!: number;
  /** For an agent another service put at this one's disposal: that service's name (his record is kept there). */
  homeServiceName?: string;
  qualifications!: QualificationResponse[];
  /** Continuing training of the current period; null for grades without the obligation. */
  continuingTraining!: ContinuingTrainingProgressResponse | null;
  /** Each weapon permit in force whose last calendar year's training fell short (left out for another agent). */
  trainingLapses?: TrainingLapseResponse[];
  phone?: string | null;
  email?: string | null;
  version!: number;
}

/** The full record, with the shooting sessions of the last two years. */
export class AgentResponse extends AgentSummaryResponse {
  shootingSessions!: ShootingSessionResponse[];
  /** Completed continuing-training courses, the latest first. */
  trainings!: ContinuingTrainingResponse[];
  createdAt!: string;
  updatedAt!: string;
}

export class AgentPageResponse {
  items!: AgentSummaryResponse[];
  nextCursor!: string | null;
}

/** A préfet's decision on an agent's firearm permit, as the chief recorded it. */
export class FirearmDecisionResponse {
  id!: string;
  /** The day it takes effect. */
  date!: string;
  decision!: FirearmDecision;
  reference!: string;
  note!: string | null;
  recordedAt!: string;
}

/** The préfet's decisions on an agent's permit, the latest first (API.md's list contract). */
export class FirearmDecisionPageResponse {
  items!: FirearmDecisionResponse[];
  nextCursor!: string | null;
}
