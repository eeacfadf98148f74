import { AuditEvent } from '../common/audit/audit-event.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { JobRun } from '../common/jobs/job-run.entity';
import { Agent } from '../modules/agents/agent.entity';
import { ContinuingTrainingRecord } from '../modules/agents/continuing-training.entity';
import { FirearmDecisionRecord } from '../modules/agents/firearm-decision.entity';
import { Qualification } from '../modules/agents/qualification.entity';
import { ShootingSession } from '../modules/agents/shooting-session.entity';
import { Weapon } from '../modules/armoury/weapon.entity';
import { WeaponIssue } from '../modules/armoury/weapon-issue.entity';
import { WeaponIssueCorrection } from '../modules/armoury/weapon-issue-correction.entity';
import { WeaponReturn } from '../modules/armoury/weapon-return.entity';
import { Account } from '../modules/auth/account.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { BackupRun } from '../modules/backup/backup-run.entity';
import { Incident } from '../modules/incidents/incident.entity';
import { IncidentAgent } from '../modules/incidents/incident-agent.entity';
import { IncidentAmendment } from '../modules/incidents/incident-amendment.entity';
import { IncidentChainAnchor } from '../modules/incidents/incident-chain-anchor.entity';
import { IncidentCounter } from '../modules/incidents/incident-counter.entity';
import { IncidentLink } from '../modules/incidents/incident-link.entity';
import { IncidentPhoto } from '../modules/incidents/incident-photo.entity';
import { IncidentStatusChange } from '../modules/incidents/incident-status-change.entity';
import { PhotoObject } from '../modules/incidents/photo-object.entity';
import { Absence } from '../modules/planning/absence.entity';
import { Assignment } from '../modules/planning/assignment.entity';
import { CalendarToken } from '../modules/planning/calendar-token.entity';
import { WorkCycle } from '../modules/planning/cycles/work-cycle.entity';
import { Derogation } from '../modules/planning/derogation.entity';
import { RosterChange } from '../modules/planning/roster-change.entity';
import { RosterPublication } from '../modules/planning/roster-publication.entity';
import { SchoolHoliday } from '../modules/planning/school-holiday.entity';
import { Shift } from '../modules/planning/shift.entity';
import { ShiftType } from '../modules/planning/shift-type.entity';
import { Recruitment } from '../modules/recruitment/recruitment.entity';
import { RecruitmentEvent } from '../modules/recruitment/recruitment-event.entity';
import { Secondment } from '../modules/secondments/secondment.entity';
import { PoliceService } from '../modules/services/police-service.entity';
import { ServiceQuartier } from '../modules/services/service-quartier.entity';
import { StaffingTarget } from '../modules/staffing/staffing-target.entity';
import { TimeAccountOpening } from '../modules/time-accounts/time-account-opening.entity';
import { TimeCounting } from '../modules/time-accounts/time-counting.entity';
import { WorkedTime } from '../modules/time-accounts/worked-time.entity';
import { Camera } from '../modules/video/camera.entity';
import { CameraPlanLine } from '../modules/video/camera-plan-line.entity';
import { CameraStatusChange } from '../modules/video/camera-status-change.entity';
import { FootageRequest } from '../modules/video/footage-request.entity';
import { FootageRequestEvent } from '../modules/video/footage-request-event.entity';
import { DemoSeed } from './seed/demo-seed.entity';

/** Every entity, listed explicitly (no globs). */
export const ENTITIES = [
  Absence,
  Account,
  PoliceService,
  ServiceQuartier,
  Agent,
  ContinuingTrainingRecord,
  Assignment,
  AuditEvent,
  BackupRun,
  CalendarToken,
  Camera,
  CameraPlanLine,
  CameraStatusChange,
  DemoSeed,
  FootageRequest,
  FootageRequestEvent,
  IdempotencyKey,
  JobRun,
  LoginFailure,
  Incident,
  IncidentAgent,
  IncidentAmendment,
  IncidentChainAnchor,
  IncidentCounter,
  IncidentLink,
  IncidentPhoto,
  PhotoObject,
  IncidentStatusChange,
  Qualification,
  Recruitment,
  RecruitmentEvent,
  RefreshToken,
  RosterChange,
  RosterPublication,
  SchoolHoliday,
  Session,
  Shift,
  ShiftType,
  ShootingSession,
  FirearmDecisionRecord,
  StaffingTarget,
  User,
  WorkCycle,
  Derogation,
  WorkedTime,
  TimeCounting,
  TimeAccountOpening,
  Weapon,
  WeaponIssue,
  WeaponIssueCorrection,
  WeaponReturn,
  Secondment,
];
