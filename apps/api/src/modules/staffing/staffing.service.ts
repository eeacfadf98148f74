import { Inject, Injectable } from '@nestjs/common';
import {
  AgentStatus,
  CategoryHeadcountResponse,
  chooseTarget,
  expectedOperationalDate,
  forecast,
  ForecastResponse,
  GRADE_CATEGORY,
  HeadcountResponse,
  isIsoDate,
  PageQueryDto,
  STAFF_CATEGORIES,
  StaffCategory,
  StaffingTargetDto,
  StaffingTargetPageResponse,
  StaffingTargetResponse,
  TargetPoint,
} from '@vigie/shared';
import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeTextCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { type Agent, AgentsRepository } from '../agents/agents.repository';
import { factsOf } from '../recruitment/recruitment.mapper';
import { RecruitmentRepository } from '../recruitment/recruitment.repository';
import { StaffingRepository } from './staffing.repository';
import type { StaffingTarget } from './staffing-target.entity';

function toTargetPoint(target: StaffingTarget): TargetPoint {
  const byCategory: Partial<Record<StaffCategory, number>> = {};
  if (target.police !== null) byCategory.POLICE = target.police;
  if (target.asvp !== null) byCategory.ASVP = target.asvp;
  if (target.administrative !== null) byCategory.ADMINISTRATIVE = target.administrative;
  return {
    effectiveDate: target.effectiveDate,
    headcount: target.headcount,
    byCategory: Object.keys(byCategory).length > 0 ? byCategory : null,
  };
}

/** On `at`: hired, not gone. */
function presentOn(agent: Agent, at: string): boolean {
  return agent.hireDate <= at && (agent.departureDate === null || agent.departureDate > at);
}

/**
 * Operational on a past `date`: present then and operational since (a recruited agent from his
 * OPERATIONAL milestone, anyone else from his hire date). Statuses are not dated, so an agent in
 * training or on long absence today is not counted either.
 */
function operationalOn(agent: Agent, date: string, since: ReadonlyMap<string, string>): boolean {
  if (agent.status === AgentStatus.IN_TRAINING || agent.status === AgentStatus.LONG_ABSENCE) return false;
  return presentOn(agent, date) && (since.get(agent.id) ?? agent.hireDate) <= date;
}

@Injectable()
export class StaffingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly agents: AgentsRepository,
    private readonly recruitments: RecruitmentRepository,
    private readonly targetSeries: StaffingRepository,
  ) {}

  /** By date (unique), keyset-paginated. */
  async targets(query: PageQueryDto): Promise<StaffingTargetPageResponse> {
    const limit = pageSize(query.limit);
    const after = decodeTextCursor(query.cursor);
    if (after !== undefined && !isIsoDate(after)) throw invalidCursor();
    const targets = await this.targetSeries.page(limit + 1, after);
    return toPage(targets, limit, toTargetResponse, (target) => [target.effectiveDate]);
  }

  /** Replaces the whole series. Dates unique, categories within the headcount. */
  async replaceTargets(
    series: StaffingTargetDto[],
    actor: AuthenticatedUser,
  ): Promise<StaffingTargetResponse[]> {
    const errors = series.flatMap((target, index) => {
      const problems: { field: string; message: string }[] = [];
      if (series.findIndex((other) => other.effectiveDate === target.effectiveDate) !== index) {
        problems.push({ field: `[${index}].effectiveDate`, message: 'date déjà présente dans la série' });
      }
      const { POLICE = 0, ASVP = 0, ADMINISTRATIVE = 0 } = target.byCategory ?? {};
      const split = POLICE + ASVP + ADMINISTRATIVE;
      if (split > target.headcount) {
        problems.push({
          field: `[${index}].byCategory`,
          message: 'la somme des catégories dépasse l’effectif cible',
        });
      }
      return problems;
    });
    if (errors.length > 0) throw DomainException.invalid(errors, 'STAFFING_TARGETS_INVALID');
    await this.dataSource.transaction(async (manager) => {
      await this.targetSeries.replace(
        manager,
        series.map((target) => ({
          effectiveDate: target.effectiveDate,
          headcount: target.headcount,
          police: target.byCategory?.POLICE ?? null,
          asvp: target.byCategory?.ASVP ?? null,
          administrative: target.byCategory?.ADMINISTRATIVE ?? null,
        })),
      );
      await this.audit.record(
        { actor, action: 'REPLACE_TARGETS', entity: 'staffing_target', details: { series } },
        manager,
      );
    });
    // The series written (100 points at most), whole: the answer of a PUT is what it replaced.
    const targets = await this.targetSeries.all(true);
    return targets.map(toTargetResponse);
  }

  /**
   * Headcount on a date: operational (ACTIVE), in training (appointed, IN_TRAINING), in the
   * pipeline (open recruitments not appointed yet), against the target in force — also by category.
   */
  async headcount(at = this.clock.today()): Promise<HeadcountResponse> {
    const [agents, recruitments, targets] = await Promise.all([
      this.agents.employed(),
      this.recruitments.open(),
      this.targetSeries.all(),
    ]);
    const operationalSince = await this.recruitments.operationalSince();
    const { target, missed } = chooseTarget(
      targets.map(toTargetPoint),
      at,
      (date) => agents.filter((agent) => operationalOn(agent, date, operationalSince)).length,
    );
    const empty = (): CategoryHeadcountResponse => ({
      operational: 0,
      inTraining: 0,
      inPipeline: 0,
      target: null,
    });
    const byCategory = Object.fromEntries(STAFF_CATEGORIES.map((category) => [category, empty()])) as Record<
      StaffCategory,
      CategoryHeadcountResponse
    >;
    for (const agent of agents) {
      if (!presentOn(agent, at)) continue;
      const counts = byCategory[GRADE_CATEGORY[agent.grade]];
      if (agent.status === AgentStatus.ACTIVE) counts.operational++;
      if (agent.status === AgentStatus.IN_TRAINING) counts.inTraining++;
    }
    for (const { recruitment, events } of recruitments) {
      const applied = events.some((event) => event.date <= at);
      if (recruitment.agentId === null && applied) byCategory[GRADE_CATEGORY[recruitment.grade]].inPipeline++;
    }
    for (const category of STAFF_CATEGORIES)
      byCategory[category].target = target?.byCategory?.[category] ?? null;
    const total = (key: 'operational' | 'inTraining' | 'inPipeline'): number =>
      STAFF_CATEGORIES.reduce((sum, category) => sum + byCategory[category][key], 0);
    return {
      at,
      target: target?.headcount ?? null,
      targetDate: target?.effectiveDate ?? null,
      missedTarget: missed,
      operational: total('operational'),
      inTraining: total('inTraining'),
      inPipeline: total('inPipeline'),
      byCategory,
    };
  }

  /** Month by month: today's operational + expected arrivals − known departures, against the target. */
  async forecast(months = 18): Promise<ForecastResponse> {
    const today = this.clock.today();
    const [agents, recruitments, targets] = await Promise.all([
      this.agents.employed(),
      this.recruitments.open(),
      this.targetSeries.all(),
    ]);
    const operational = agents.filter(
      (agent) => agent.status === AgentStatus.ACTIVE && presentOn(agent, today),
    );
    const operationalIds = new Set(operational.map((agent) => agent.id));
    const arrivals = recruitments
      // A transferred officer is operational from his appointment: already counted.
      .filter(({ recruitment }) => recruitment.agentId === null || !operationalIds.has(recruitment.agentId))
      .map(({ recruitment, events }) =>
        expectedOperationalDate(factsOf(recruitment, events), this.config.recruitmentDurations, today),
      )
      .filter((date): date is string => date !== null);
    return forecast({
      today,
      months,
      operationalNow: operational.length,
      arrivals,
      departures: operational.flatMap((agent) => (agent.departureDate ? [agent.departureDate] : [])),
      targets: targets.map(toTargetPoint),
    });
  }
}

function toTargetResponse(target: StaffingTarget): StaffingTargetResponse {
  const point = toTargetPoint(target);
  return {
    effectiveDate: point.effectiveDate,
    headcount: point.headcount,
    byCategory: point.byCategory ?? null,
  };
}
