import {
  AgentResponse,
  AgentSummaryResponse,
  continuingTraining,
  ContinuingTrainingProgressResponse,
  ContinuingTrainingResponse,
  FirearmDecisionFacts,
  FirearmDecisionResponse,
  GRADE_CATEGORY,
  isExpiringSoon,
  qualificationIssue,
  QualificationResponse,
  ShootingSessionResponse,
  weaponTrainingLapses,
} from '@vigie/shared';

import { Agent } from './agent.entity';
import { ContinuingTrainingRecord } from './continuing-training.entity';
import { FirearmDecisionRecord } from './firearm-decision.entity';
import { Qualification } from './qualification.entity';
import { ShootingSession } from './shooting-session.entity';

export function toQualificationResponse(
  qualification: Qualification,
  decisions: readonly FirearmDecisionFacts[],
  today: string,
): QualificationResponse {
  const issue = qualificationIssue(qualification, today, decisions);
  return {
    id: qualification.id,
    kind: qualification.kind,
    obtainedOn: qualification.obtainedOn,
    expiresOn: qualification.expiresOn,
    pendingApproval: qualification.pendingApproval,
    reference: qualification.reference,
    valid: issue === null,
    issue,
    expiringSoon: issue === null && isExpiringSoon(qualification, today),
  };
}

export function toShootingSessionResponse(session: ShootingSession): ShootingSessionResponse {
  return {
    id: session.id,
    date: session.date,
    weapon: session.weapon,
    rounds: session.rounds,
    note: session.note,
  };
}

export function toFirearmDecisionResponse(record: FirearmDecisionRecord): FirearmDecisionResponse {
  return {
    id: record.id,
    date: record.date,
    decision: record.decision,
    reference: record.reference,
    note: record.note,
    recordedAt: record.createdAt.toISOString(),
  };
}

export function toContinuingTrainingResponse(record: ContinuingTrainingRecord): ContinuingTrainingResponse {
  return { id: record.id, date: record.date, days: record.days, title: record.title };
}

export function toContinuingTrainingProgress(
  agent: Agent,
  trainings: readonly ContinuingTrainingRecord[],
  today: string,
): ContinuingTrainingProgressResponse | null {
  return continuingTraining(agent.grade, agent.hireDate, trainings, today);
}

export interface AgentView {
  /** Phone and e-mail are personal data: left out for AGENT callers. */
  withContact: boolean;
  today: string;
}

export function toAgentSummary(
  agent: Agent,
  qualifications: readonly Qualification[],
  decisions: readonly FirearmDecisionFacts[],
  view: AgentView,
  trainings: readonly ContinuingTrainingRecord[] = [],
  sessions: readonly ShootingSession[] = [],
): AgentSummaryResponse {
  const summary: AgentSummaryResponse = {
    id: agent.id,
    matricule: agent.matricule,
    lastName: agent.lastName,
    firstName: agent.firstName,
    grade: agent.grade,
    category: GRADE_CATEGORY[agent.grade],
    status: agent.status,
    brigade: agent.brigade,
    hireDate: agent.hireDate,
    departureDate: agent.departureDate,
    contractRatio: agent.contractRatio,
    qualifications: [...qualifications]
      .sort((a, b) => a.kind.localeCompare(b.kind) || b.obtainedOn.localeCompare(a.obtainedOn))
      .map((qualification) => toQualificationResponse(qualification, decisions, view.today)),
    continuingTraining: toContinuingTrainingProgress(agent, trainings, view.today),
    version: agent.version,
  };
  if (view.withContact) {
    summary.phone = agent.phone;
    summary.email = agent.email;
    // A flag for those who manage the service and for the agent himself, as his contact data.
    summary.trainingLapses = weaponTrainingLapses(
      qualifications.filter(
        (q) =>
          q.obtainedOn <= view.today &&
          (q.expiresOn === null || view.today < q.expiresOn) &&
          !q.pendingApproval,
      ),
      sessions,
      view.today,
    ).map(({ weapon, year, sessions: count, rounds, minSessions, minRounds }) => ({
      weapon,
      year,
      sessions: count,
      rounds,
      minSessions,
      minRounds,
    }));
  }
  return summary;
}

export function toAgentResponse(
  agent: Agent,
  qualifications: readonly Qualification[],
  sessions: readonly ShootingSession[],
  decisions: readonly FirearmDecisionFacts[],
  view: AgentView,
  trainings: readonly ContinuingTrainingRecord[] = [],
): AgentResponse {
  return {
    ...toAgentSummary(agent, qualifications, decisions, view, trainings, sessions),
    shootingSessions: [...sessions]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(toShootingSessionResponse),
    trainings: [...trainings].sort((a, b) => b.date.localeCompare(a.date)).map(toContinuingTrainingResponse),
    createdAt: agent.createdAt.toISOString(),
    updatedAt: agent.updatedAt.toISOString(),
  };
}
