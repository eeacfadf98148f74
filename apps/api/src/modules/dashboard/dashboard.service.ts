import { Injectable } from '@nestjs/common';
import {
  addDays,
  compareContinuingTraining,
  compareFrench,
  continuingTraining,
  DashboardIncidentsResponse,
  DashboardQualificationsResponse,
  DashboardRecruitmentResponse,
  DashboardShiftIssueResponse,
  DashboardStaffingResponse,
  DashboardWeekResponse,
  daysBetween,
  FIREARM_DECISION_LABELS,
  firearmFlag,
  FirearmLapseResponse,
  firearmTrainingText,
  formatDateFr,
  INCIDENT_STATUS_LABELS,
  IncidentStatus,
  isExpiringSoon,
  Milestone,
  MILESTONE_LABELS,
  QUALIFICATION_LABELS,
  QualificationKind,
  RecruitmentStatus,
  RosterFindingResponse,
  RosterRule,
  WeaponLapseResponse,
  weaponTrainingLapses,
  weaponTrainingText,
  weekStart,
} from '@vigie/shared';

import { Clock } from '../../common/clock';
import { AgentsRepository, type Qualification } from '../agents/agents.repository';
import { ArmouryService } from '../armoury/armoury.service';
import { IncidentsService } from '../incidents/incidents.service';
import { RosterService } from '../planning/roster.service';
import { RecruitmentService } from '../recruitment/recruitment.service';
import { StaffingService } from '../staffing/staffing.service';

const COVERAGE_RULES: readonly RosterRule[] = [RosterRule.UNDERSTAFFED, RosterRule.REQUIREMENT_UNMET];
const LAST_24H_SHOWN = 8;

/** One call per tile of the chief's dashboard and the homes, each answered from a few queries. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly clock: Clock,
    private readonly staffing: StaffingService,
    private readonly roster: RosterService,
    private readonly incidents: IncidentsService,
    private readonly recruitments: RecruitmentService,
    private readonly agents: AgentsRepository,
    private readonly armoury: ArmouryService,
  ) {}

  async staffingTile(): Promise<DashboardStaffingResponse> {
    return { headcount: await this.staffing.headcount(), forecast: await this.staffing.forecast(18) };
  }

  /** The current week (Monday to Sunday): its uncovered shifts and its violations. */
  async week(): Promise<DashboardWeekResponse> {
    const from = weekStart(this.clock.today());
    const to = addDays(from, 6);
    const check = await this.roster.check({ from, to });
    const findings = [...check.violations, ...check.warnings.filter((w) => COVERAGE_RULES.includes(w.rule))];
    const shiftIds = [...new Set(findings.map((f) => f.shiftId).filter((id): id is string => !!id))];
    const shifts = new Map((await this.roster.labelledShifts(shiftIds)).map((s) => [s.shift.id, s]));
    const issue = (finding: RosterFindingResponse): DashboardShiftIssueResponse | null => {
      const found = finding.shiftId ? shifts.get(finding.shiftId) : undefined;
      if (!found) return null;
      const { shift, label } = found;
      return {
        shiftId: shift.id,
        label,
        startsAt: shift.startsAt.toISOString(),
        endsAt: shift.endsAt.toISOString(),
        week: from,
        rule: finding.rule,
        agentId: finding.agentId ?? null,
        message: finding.message,
      };
    };
    const byStart = (a: DashboardShiftIssueResponse, b: DashboardShiftIssueResponse): number =>
      a.startsAt.localeCompare(b.startsAt);
    return {
      from,
      to,
      publishedDays: await this.roster.publishedDayCount(from, to),
      uncovered: check.warnings
        .filter((w) => COVERAGE_RULES.includes(w.rule))
        .map(issue)
        .filter((i): i is DashboardShiftIssueResponse => i !== null)
        .sort(byStart),
      violations: check.violations
        .map(issue)
        .filter((i): i is DashboardShiftIssueResponse => i !== null)
        .sort(byStart),
      // A weapon still out after its agent's shift ended: the day's most pressing finding.
      unreturnedWeapons: await this.armoury.overdue(),
    };
  }

  async incidentsTile(): Promise<DashboardIncidentsResponse> {
    const since = new Date(this.clock.now().getTime() - 24 * 3_600_000);
    const tally = await this.incidents.tally(since);
    const count = (status: IncidentStatus): number => tally.byStatus.get(status) ?? 0;
    const recent = tally.since;
    const page = await this.incidents.list({ from: addDays(this.clock.today(), -1), limit: 50 });
    return {
      byStatus: Object.values(IncidentStatus).map((status) => ({
        status,
        label: INCIDENT_STATUS_LABELS[status],
        count: count(status),
      })),
      open: count(IncidentStatus.OPEN) + count(IncidentStatus.IN_PROGRESS),
      last24hCount: recent,
      last24h: page.items
        .filter((item) => Date.parse(item.occurredAt) >= since.getTime())
        .slice(0, LAST_24H_SHOWN),
    };
  }

  /**
   * Qualifications of serving agents expiring within 30 days; firearm permits to bring to the
   * préfet (last calendar year's training short, his decision awaited or taken) or suspended.
   */
  async qualifications(): Promise<DashboardQualificationsResponse> {
    const today = this.clock.today();
    const agents = await this.agents.serving();
    const ids = agents.map((agent) => agent.id);
    const qualifications = await this.agents.qualificationsOf(ids);
    const sessions = await this.agents.shootingSessionsOf(ids);
    const decisions = await this.agents.firearmDecisionsOf(ids);
    const name = new Map(agents.map((agent) => [agent.id, `${agent.firstName} ${agent.lastName}`]));
    const expiring = qualifications
      .filter((q) => isExpiringSoon(q, today) && inForce(q, today))
      .map((q) => ({
        agentId: q.agentId,
        agentName: name.get(q.agentId) ?? '—',
        kind: q.kind,
        kindLabel: QUALIFICATION_LABELS[q.kind],
        expiresOn: q.expiresOn!,
        daysLeft: daysBetween(today, q.expiresOn!),
      }))
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || compareFrench(a.agentName, b.agentName));
    // One line per agent: his earliest permit in force decides which years are judged.
    const permits = new Map<string, Qualification>();
    for (const q of qualifications.filter((q) => q.kind === QualificationKind.FIREARM && inForce(q, today))) {
      const known = permits.get(q.agentId);
      if (!known || q.obtainedOn < known.obtainedOn) permits.set(q.agentId, q);
    }
    const firearm = [...permits.values()]
      .flatMap((q): FirearmLapseResponse[] => {
        const flag = firearmFlag(
          sessions.filter((s) => s.agentId === q.agentId),
          q.obtainedOn,
          decisions.filter((d) => d.agentId === q.agentId),
          today,
        );
        if (!flag) return [];
        const reason = flag.lapse
          ? firearmTrainingText(flag.lapse)
          : `${FIREARM_DECISION_LABELS[flag.decision!.decision]} depuis le ${formatDateFr(flag.decision!.date)}`;
        return [
          {
            agentId: q.agentId,
            agentName: name.get(q.agentId) ?? '—',
            year: flag.lapse?.year ?? null,
            reason,
            decision: flag.decision?.decision ?? null,
            decisionDate: flag.decision?.date ?? null,
          },
        ];
      })
      // Decisions awaited first: they are the chief's to act on.
      .sort(
        (a, b) =>
          Number(a.decision !== null) - Number(b.decision !== null) ||
          compareFrench(a.agentName, b.agentName),
      );
    const weapons = agents
      .flatMap((agent): WeaponLapseResponse[] =>
        weaponTrainingLapses(
          qualifications.filter(
            (q) => q.agentId === agent.id && q.kind !== QualificationKind.FIREARM && inForce(q, today),
          ),
          sessions.filter((s) => s.agentId === agent.id),
          today,
        ).map((lapse) => ({
          agentId: agent.id,
          agentName: name.get(agent.id) ?? '—',
          kind: lapse.weapon,
          kindLabel: QUALIFICATION_LABELS[lapse.weapon],
          year: lapse.year,
          reason: weaponTrainingText(lapse),
        })),
      )
      .sort((a, b) => compareFrench(a.agentName, b.agentName) || a.kind.localeCompare(b.kind));
    const trainings = await this.agents.continuingTrainingsOf(ids);
    const training = agents
      .flatMap((agent) => {
        const progress = continuingTraining(
          agent.grade,
          agent.hireDate,
          trainings.filter((record) => record.agentId === agent.id),
          today,
        );
        return progress && (progress.status === 'LAPSED' || progress.status === 'BEHIND')
          ? [{ agent, progress }]
          : [];
      })
      .sort(
        (a, b) =>
          compareContinuingTraining(a.progress, b.progress) ||
          compareFrench(name.get(a.agent.id) ?? '', name.get(b.agent.id) ?? ''),
      )
      .map(({ agent, progress }) => ({
        agentId: agent.id,
        agentName: name.get(agent.id) ?? '—',
        status: progress.status,
        days: progress.days,
        minDays: progress.minDays,
        deadline: progress.deadline,
      }));
    return { expiring, firearm, weapons, training };
  }

  async recruitment(): Promise<DashboardRecruitmentResponse> {
    const page = await this.recruitments.list({ status: RecruitmentStatus.OPEN, limit: 200 });
    return {
      inProgress: page.items.length,
      stalled: page.items
        .filter((r) => r.stalled)
        .map((r) => {
          const last = r.milestones.at(-1)!.milestone as Milestone;
          return {
            id: r.id,
            candidateName: r.candidateName,
            lastMilestone: last,
            lastMilestoneLabel: MILESTONE_LABELS[last] ?? last,
            daysWaiting: r.daysWaiting,
            expectedOperationalDate: r.expectedOperationalDate,
          };
        })
        .sort((a, b) => b.daysWaiting - a.daysWaiting),
    };
  }
}

/** In force by its dates and approved (the shooting training aside). */
function inForce(q: Qualification, today: string): boolean {
  return q.obtainedOn <= today && (q.expiresOn === null || today < q.expiresOn) && !q.pendingApproval;
}
