import { FirearmDecision, QualificationKind } from '../agents/agent.enum';
import type { ContinuingTrainingStatus } from '../agents/continuing-training.rules';
import { WeaponIssueResponse } from '../armoury/armoury.response';
import { IncidentSummaryResponse } from '../incidents/incident.response';
import { IncidentStatus } from '../incidents/incident.taxonomy';
import { RosterRule } from '../planning/planning.enum';
import { Milestone } from '../recruitment/recruitment.enum';
import { ForecastResponse, HeadcountResponse } from '../staffing/staffing.response';

/** « Effectif » tile: headcount against the target, and the forecast line. */
export class DashboardStaffingResponse {
  headcount!: HeadcountResponse;
  forecast!: ForecastResponse;
}

export class DashboardShiftIssueResponse {
  shiftId!: string;
  label!: string;
  startsAt!: string;
  endsAt!: string;
  /** The Monday of the shift's week (to open the planning there). */
  week!: string;
  rule!: RosterRule;
  agentId!: string | null;
  message!: string;
}

/** « Cette semaine » tile: what the roster of the current week lacks or breaks. */
export class DashboardWeekResponse {
  from!: string;
  to!: string;
  /** Days of the week published so far (0 to 7). */
  publishedDays!: number;
  uncovered!: DashboardShiftIssueResponse[];
  violations!: DashboardShiftIssueResponse[];
  /** Weapons still out after the end of their agent's shift (the armoury's daily log). */
  unreturnedWeapons!: WeaponIssueResponse[];
}

export class IncidentStatusCountResponse {
  status!: IncidentStatus;
  label!: string;
  count!: number;
}

/** « Main courante » tile. */
export class DashboardIncidentsResponse {
  byStatus!: IncidentStatusCountResponse[];
  /** Entries not closed. */
  open!: number;
  /** Entries of the last 24 hours (most recent first, at most 8) and their number. */
  last24hCount!: number;
  last24h!: IncidentSummaryResponse[];
}

export class ExpiringQualificationResponse {
  agentId!: string;
  agentName!: string;
  kind!: QualificationKind;
  kindLabel!: string;
  expiresOn!: string;
  daysLeft!: number;
}

/** A firearm permit the chief must look at: last year's training short, or suspended by the préfet. */
export class FirearmLapseResponse {
  agentId!: string;
  agentName!: string;
  /** The completed calendar year whose training fell short; null when the training is in order. */
  year!: number | null;
  /** In French: « 2025 : 1 séance et 30 cartouches (2 et 50 requises par an) », or the suspension. */
  reason!: string;
  /** The préfet's decision taken since that year ended (or in force, for a suspension); null: awaited. */
  decision!: FirearmDecision | null;
  decisionDate!: string | null;
}

/** Another weapon's permit (PIE, LBD, baton) whose last calendar year's training fell short: a flag. */
export class WeaponLapseResponse {
  agentId!: string;
  agentName!: string;
  kind!: QualificationKind;
  kindLabel!: string;
  year!: number;
  /** In French: « 2025 : 1 séance et 2 cartouches (2 séances et 4 cartouches requises par an) ». */
  reason!: string;
}

/** An agent behind on his continuing training (décret n° 2000-51), those behind first. */
export class TrainingBehindResponse {
  agentId!: string;
  agentName!: string;
  /** LAPSED (the previous period ended short) or BEHIND (fewer days than the time elapsed calls for). */
  status!: ContinuingTrainingStatus;
  days!: number;
  minDays!: number;
  deadline!: string;
}

/** « Habilitations » tile: what expires within 30 days, and firearm permits to bring to the préfet. */
export class DashboardQualificationsResponse {
  expiring!: ExpiringQualificationResponse[];
  firearm!: FirearmLapseResponse[];
  /** The other weapons' training lapses, by name. */
  weapons!: WeaponLapseResponse[];
  /** Continuing training: lapsed first, then behind, the nearest deadline first. */
  training!: TrainingBehindResponse[];
}

export class StalledRecruitmentResponse {
  id!: string;
  candidateName!: string;
  /** The last milestone recorded. */
  lastMilestone!: Milestone;
  lastMilestoneLabel!: string;
  daysWaiting!: number;
  expectedOperationalDate!: string | null;
}

/** « Recrutements » tile: those waiting longer than usual. */
export class DashboardRecruitmentResponse {
  inProgress!: number;
  stalled!: StalledRecruitmentResponse[];
}
