import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  checkRoster,
  compareFrench,
  countsTowardCoverage,
  daysInYear,
  findingKeys,
  greedyRoster,
  hasValidQualification,
  introducedFindings,
  localDate,
  PlanResponse,
  PlanRosterDto,
  QualificationKind,
  RosterAssignment,
  RosterInput,
  RosterRule,
  RosterShift,
  startOfLocalDay,
  UncoveredShiftResponse,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../../common/audit/audit.service';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { DomainException } from '../../../common/errors/domain.exception';
import { requireService } from '../../../common/tenancy/tenant';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { TimeAccountsService } from '../../time-accounts/time-accounts.service';
import { AbsencesRepository } from '../absences.repository';
import { AssignmentGuard } from '../assignment-guard';
import { LoadedRoster, RosterRepository } from '../roster.repository';
import { checkPeriod, publishedDays } from '../roster-period';
import { publicHolidaysBetween } from '../school-calendar.service';
import { Shift } from '../shift.entity';
import { planSummary, REASONS, uncoveredMessage } from './plan-summary';
import { loads, PlannerResult, proposeRoster, quality } from './planner';
import { WorkedHistory } from './planning-model';

const MAX_PLAN_DAYS = 42;

/**
 * Automatic planning: a greedy lawful roster, improved by a mixed-integer programme solved by
 * HiGHS off the request thread, re-checked by the rules engine before it is returned, written
 * to the draft through the same guarded path as manual edits when asked. What it answers in
 * words (`summary`, `uncovered[].message`) is written in `plan-summary.ts`, for a chief.
 */
@Injectable()
export class PlannerService {
  private readonly logger = new Logger('Planificateur');

  constructor(
    private readonly dataSource: DataSource,
    private readonly guard: AssignmentGuard,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rosters: RosterRepository,
    private readonly accounts: TimeAccountsService,
    private readonly absences: AbsencesRepository,
  ) {}

  async plan(dto: PlanRosterDto, actor: AuthenticatedUser): Promise<PlanResponse> {
    const { from, to } = checkPeriod(dto, MAX_PLAN_DAYS);
    const manager = this.dataSource.manager;
    const loaded = await this.rosters.load(manager, { from, to });
    const input = loaded.input;
    const published = await publishedDays(manager, from, to);
    const plannable = new Set(
      input.shifts
        .filter((shift) => {
          const day = localDate(shift.startsAt, input.ruleSet);
          return !shift.elsewhere && day >= from && day <= to && !published.has(day);
        })
        .map((shift) => shift.id),
    );
    const planned = dto.assignments
      ? this.reviewed(input, { from, to }, plannable, published, dto.assignments)
      : await proposeRoster({
          input,
          plannable,
          wishes: await this.wishes(manager, from, to),
          history: await this.history(manager, from, loaded.agents),
          publicHolidays: publicHolidaysBetween(from, to),
          timeLimitSeconds: this.config.plannerTimeLimitSeconds,
          onBug: (message) => this.logger.error(message),
        });
    const proposal = planned.proposal;
    const uncovered = this.uncovered(input, plannable, proposal);
    const agents = loads(input, proposal);
    const response: PlanResponse = {
      from,
      to,
      applied: false,
      assignments: this.describe(loaded, proposal),
      uncovered,
      summary: planSummary(planned.stats.solver, uncovered.length, agents),
      stats: { ...planned.stats, agents },
    };
    if (dto.apply) {
      await this.apply(proposal, from, to, actor);
      response.applied = true;
    }
    return response;
  }

  /**
   * The proposal the chief reviewed, given back as it was returned: nothing is searched, so that
   * what is written is what was shown. Refused when the period changed since (a day published,
   * an assignment made meanwhile) or when the rules engine finds it breaks a hard rule now.
   */
  private reviewed(
    input: RosterInput,
    period: { from: string; to: string },
    plannable: ReadonlySet<string>,
    published: ReadonlySet<string>,
    given: readonly { shiftId: string; agentId: string }[],
  ): PlannerResult {
    const started = Date.now();
    const proposal = [
      ...new Map(
        given.map((a) => [`${a.shiftId}|${a.agentId}`, { shiftId: a.shiftId, agentId: a.agentId }]),
      ).values(),
    ];
    const days = new Map(input.shifts.map((shift) => [shift.id, localDate(shift.startsAt, input.ruleSet)]));
    const agents = new Set(input.agents.map((agent) => agent.id));
    const outside = proposal.filter((a) => {
      const day = days.get(a.shiftId);
      return !day || day < period.from || day > period.to || !agents.has(a.agentId);
    });
    if (outside.length > 0) {
      throw DomainException.invalid(
        [
          {
            field: 'assignments',
            message: `${outside.length} affectation(s) hors de la période ou pour un agent inconnu`,
          },
        ],
        'PLAN_ASSIGNMENT_OUTSIDE_PERIOD',
      );
    }
    if (proposal.some((a) => published.has(days.get(a.shiftId)!))) {
      throw new DomainException(
        'PLAN_PERIOD_PUBLISHED',
        'Une partie de la période vient d’être publiée : relancez la proposition.',
      );
    }
    if (
      proposal.some(
        (a) =>
          !plannable.has(a.shiftId) ||
          input.assignments.some((b) => b.shiftId === a.shiftId && b.agentId === a.agentId),
      )
    ) {
      throw new DomainException(
        'PLAN_STALE',
        'Le planning a changé depuis la proposition (affectations faites entre-temps) : relancez-la.',
      );
    }
    const known = findingKeys(checkRoster(input).violations);
    const introduced = introducedFindings(
      known,
      checkRoster({ ...input, assignments: [...input.assignments, ...proposal] }).violations,
    );
    if (introduced.length > 0) {
      throw DomainException.rule(
        `Le planning a changé depuis la proposition, relancez-la : ${introduced[0].message}`,
        introduced.map(({ rule, message, agentId, shiftId }) => ({ rule, message, agentId, shiftId })),
        'PLAN_RULES_VIOLATED',
      );
    }
    const greedy = greedyRoster(input, { shiftIds: [...plannable] });
    return {
      proposal,
      greedy,
      stats: {
        status: 'reviewed',
        mipGap: null,
        solveSeconds: 0,
        firstFeasibleSeconds: null,
        totalSeconds: Math.round(Date.now() - started) / 1000,
        steps: 0,
        timeCapped: false,
        solver: quality(input, plannable, proposal),
        greedy: quality(input, plannable, greedy),
      },
    };
  }

  /** Writes the proposal to the draft in one transaction, through the guarded assignment path. */
  private async apply(
    proposal: RosterAssignment[],
    from: string,
    to: string,
    actor: AuthenticatedUser,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const agentIds = [...new Set(proposal.map((a) => a.agentId))];
      const shiftIds = [...new Set(proposal.map((a) => a.shiftId))];
      await this.guard.lockAgents(manager, agentIds);
      const published = await publishedDays(manager, from, to);
      const shifts = shiftIds.length ? await manager.findBy(Shift, { id: In(shiftIds) }) : [];
      if (
        shifts.some((shift) => published.has(localDate(shift.startsAt.toISOString(), this.config.ruleSet)))
      ) {
        throw new DomainException(
          'PLAN_PERIOD_PUBLISHED',
          'Une partie de la période vient d’être publiée : relancez la proposition.',
        );
      }
      const before = await this.guard.findingsOf(manager, agentIds, shiftIds);
      const byId = new Map(shifts.map((shift) => [shift.id, shift]));
      for (const assignment of proposal)
        await this.guard.insert(manager, byId.get(assignment.shiftId)!, assignment.agentId, actor);
      if (agentIds.length > 0) await this.guard.refuseNewViolations(manager, agentIds, shiftIds, before);
      await this.audit.record(
        {
          actor,
          action: 'APPLY_PLAN',
          entity: 'roster',
          details: { from, to, assignments: proposal.length },
        },
        manager,
      );
    });
  }

  /**
   * The year before the period: nights, weekends and holidays from the roster, hours from the time
   * accounts (worked records, credited absences, hours due pro rata) over the same days.
   */
  private async history(
    manager: EntityManager,
    from: string,
    agents: LoadedRoster['agents'],
  ): Promise<Map<string, WorkedHistory>> {
    const history = await this.rosters.workedBefore(manager, from, agents, publicHolidaysBetween);
    const since = await this.rosters.firstRosterDay(manager, from);
    if (!since || history.size === 0) return history;
    const accounts = await this.accounts.yearBefore(since, from, [...history.keys()]);
    const annualHours = this.accounts.rules.annualHours;
    const yearDays = daysInYear(Number(from.slice(0, 4)));
    const here = requireService();
    for (const agent of agents) {
      const account = accounts.get(agent.id);
      const past = history.get(agent.id);
      // Another service's agent: his account is his whole working time, his load here is his hours
      // on this service's roster against his share of it (`ratioHere`), as the roster reads them.
      if (!account || !past || agent.contractRatio <= 0 || agent.serviceId !== here) continue;
      past.account = {
        hours: account.hours,
        days: (account.due * yearDays) / (annualHours * agent.contractRatio),
      };
    }
    return history;
  }

  private async wishes(
    manager: EntityManager,
    from: string,
    to: string,
  ): Promise<{ agentId: string; startsAt: string; endsAt: string }[]> {
    const zone = this.config.ruleSet.timeZone;
    const requested = await this.absences.requestedBetween(
      manager,
      startOfLocalDay(from, zone),
      startOfLocalDay(addDays(to, 1), zone),
    );
    return requested.map((a) => ({
      agentId: a.agentId,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    }));
  }

  private describe(loaded: LoadedRoster, proposal: RosterAssignment[]): PlanResponse['assignments'] {
    const agents = new Map(loaded.input.agents.map((agent) => [agent.id, agent.name]));
    const shifts = new Map(loaded.input.shifts.map((shift) => [shift.id, shift]));
    return proposal
      .map((a) => {
        const shift = shifts.get(a.shiftId)!;
        return {
          shiftId: a.shiftId,
          agentId: a.agentId,
          agentName: agents.get(a.agentId) ?? '',
          shiftLabel: shift.label,
          startsAt: new Date(shift.startsAt).toISOString(),
          endsAt: new Date(shift.endsAt).toISOString(),
        };
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || compareFrench(a.agentName, b.agentName));
  }

  /** What stays uncovered, and why, in words a chief reads at a glance. */
  private uncovered(
    input: RosterInput,
    plannable: Set<string>,
    proposal: RosterAssignment[],
  ): UncoveredShiftResponse[] {
    const all = [...input.assignments, ...proposal];
    const roster = { ...input, assignments: all };
    const result: UncoveredShiftResponse[] = [];
    for (const shift of input.shifts.filter((s) => plannable.has(s.id))) {
      const day = localDate(shift.startsAt, input.ruleSet);
      const on = all
        .filter((a) => a.shiftId === shift.id)
        .map((a) => input.agents.find((agent) => agent.id === a.agentId)!);
      const places = Math.max(shift.minAgents, ...shift.requirements.map((r) => r.count)) - on.length;
      const missing = shift.requirements
        .map((r) => ({
          kind: r.kind,
          count: r.count - on.filter((agent) => hasValidQualification(agent, r.kind, day)).length,
        }))
        .filter((r) => r.count > 0);
      if (places <= 0 && missing.length === 0) continue;
      const holding = missing[0]
        ? on.filter((agent) => hasValidQualification(agent, missing[0].kind, day)).length
        : on.length;
      const required = missing[0] ? missing[0].count + holding : places + on.length;
      result.push({
        shiftId: shift.id,
        label: shift.label,
        startsAt: new Date(shift.startsAt).toISOString(),
        missingAgents: Math.max(0, places),
        missing,
        message: uncoveredMessage({
          label: shift.label,
          startsAt: new Date(shift.startsAt).toISOString(),
          endsAt: new Date(shift.endsAt).toISOString(),
          zone: input.ruleSet.timeZone,
          kind: missing[0]?.kind,
          required,
          holding,
          reasons: this.reasons(roster, shift, missing[0]?.kind, day),
        }),
      });
    }
    return result;
  }

  /** Why the other agents could not take the shift, counted by cause. */
  private reasons(
    roster: RosterInput,
    shift: RosterShift,
    kind: QualificationKind | undefined,
    day: string,
  ): [string, number][] {
    const counts = new Map<string, number>();
    const add = (reason: string): void => void counts.set(reason, (counts.get(reason) ?? 0) + 1);
    const start = Date.parse(shift.startsAt);
    const end = Date.parse(shift.endsAt);
    for (const agent of roster.agents) {
      if (!countsTowardCoverage(agent)) continue;
      if (shift.categories.length > 0 && !shift.categories.includes(agent.category)) continue;
      if (roster.assignments.some((a) => a.agentId === agent.id && a.shiftId === shift.id)) continue;
      if (
        roster.absences.some(
          (ab) => ab.agentId === agent.id && Date.parse(ab.startsAt) < end && Date.parse(ab.endsAt) > start,
        )
      ) {
        add(REASONS.absent);
        continue;
      }
      const lacking = [...shift.requiredForAll, ...(kind ? [kind] : [])].find(
        (k) => !hasValidQualification(agent, k, day),
      );
      if (lacking) {
        add(REASONS.unqualified(lacking));
        continue;
      }
      const trial = {
        ...roster,
        from: day,
        to: day,
        assignments: [...roster.assignments, { shiftId: shift.id, agentId: agent.id }],
      };
      const rules = new Set(
        checkRoster(trial)
          .violations.filter((f) => f.agentId === agent.id)
          .map((f) => f.rule),
      );
      if (rules.has(RosterRule.OVERLAP)) add(REASONS.busy);
      else if (
        rules.has(RosterRule.DAILY_REST) ||
        rules.has(RosterRule.WEEKLY_REST) ||
        rules.has(RosterRule.DAY_SPAN) ||
        rules.has(RosterRule.DAILY_WORK)
      )
        add(REASONS.resting);
      else if (rules.has(RosterRule.WEEKLY_HOURS) || rules.has(RosterRule.AVERAGE_WEEKLY_HOURS))
        add(REASONS.maxHours);
      else if (rules.size === 0) add(REASONS.elsewhere);
      else add(REASONS.otherRule);
    }
    return [...counts].sort((a, b) => b[1] - a[1]);
  }
}
