import { Inject, Injectable } from '@nestjs/common';
import {
  AbsenceKind,
  accountHours,
  addDays,
  AgentStatus,
  balanceToDate,
  BusyInterval,
  calendarOf,
  compareDrift,
  compareFrench,
  countedPeriod,
  cycleHoursPerWeek,
  type DateRange,
  daysInService,
  daysInYear,
  DEFAULT_TIME_ACCOUNT_RULES,
  defaultSchedule,
  defaultTimeBasis,
  describeSchedule,
  hoursDueWithin,
  LEAVE_KIND_OF_ABSENCE,
  leaveBalanceProblem,
  leaveBalances,
  occurrenceOvertime,
  OvertimeByKindResponse,
  overtimeTotal,
  PlannedShift,
  projectedBalance,
  RecordWorkedDto,
  round2,
  scheduleProblem,
  scheduleWeeklyHours,
  SetTimeCountingDto,
  SetTimeOpeningDto,
  TimeAccountListQueryDto,
  TimeAccountOpeningResponse,
  TimeAccountQueryDto,
  TimeAccountResponse,
  TimeAccountRules,
  TimeAccountSummaryPageResponse,
  TimeBasis,
  TimeCountingResponse,
  trainingPeriod,
  WeeklySchedule,
  withinService,
  workedHoursOfMonth,
  workedIntervals,
  workedOverlapProblem,
  WorkedRecord,
  WorkedTimeResponse,
  workedTimesProblem,
} from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser, requireOwnOr } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, encodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Agent } from '../agents/agent.entity';
import { AgentsRepository } from '../agents/agents.repository';
import { publicHolidaysBetween } from '../planning/school-calendar.service';
import { SecondmentsRepository } from '../secondments/secondments.repository';
import { TimeAccountOpening } from './time-account-opening.entity';
import { TimeAccountsRepository, TrainingRow } from './time-accounts.repository';
import { TimeCounting } from './time-counting.entity';
import { WorkedTime } from './worked-time.entity';

/** Absences that count as service done at the standard day (the agent owes nothing for them). */
const CREDITED_KINDS = new Set([AbsenceKind.SICKNESS, AbsenceKind.TRAINING, AbsenceKind.SHOOTING_SESSION]);

/** Everything an agent's account of a year is computed from. */
interface YearData {
  year: number;
  /** The account's period for everybody: see `countedPeriod`. */
  counted: DateRange;
  shifts: Map<string, PlannedShift[]>;
  records: Map<string, WorkedTime[]>;
  absences: Map<string, { kind: AbsenceKind; start: number; end: number }[]>;
  holidays: Set<string>;
  cycleHours: (agent: Agent) => number;
  countings: Map<string, TimeCounting>;
  openings: Map<string, TimeAccountOpening>;
  trainings: Map<string, TrainingRow>;
}

/** How one agent's hours are counted in one year (see `countingOf`). */
interface Counting {
  basis: TimeBasis;
  chosen: boolean;
  schedule: WeeklySchedule;
  /** His FIA within the year and his service, and whether its end is recorded. */
  training: DateRange | null;
  trainingEnded: boolean;
  /** Where the schedule counts: his service by schedule, his FIA by roster, else none. */
  periods: DateRange[];
}

/**
 * The time accounts (issue 22): hours due, planned, worked, overtime by kind and leave balances of
 * an agent for a year, computed by the shared rules from the roster, the worked records and the
 * absences; the worked records a supervisor writes; the month's payroll figures.
 */
@Injectable()
export class TimeAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly repository: TimeAccountsRepository,
    private readonly agents: AgentsRepository,
    private readonly secondments: SecondmentsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, 'ruleSet' | 'annualHours' | 'arttWeeklyHours'>,
  ) {}

  get rules(): TimeAccountRules {
    return {
      ...DEFAULT_TIME_ACCOUNT_RULES,
      timeZone: this.config.ruleSet.timeZone,
      fullTimeWeeklyHours: this.config.ruleSet.fullTimeWeeklyHours,
      annualHours: this.config.annualHours,
    };
  }

  private yearOf(query: TimeAccountQueryDto): number {
    return query.year ?? Number(this.clock.today().slice(0, 4));
  }

  /** One agent's account: the agent himself, or those who may read anybody's (404 otherwise). */
  async account(
    agentId: string,
    query: TimeAccountQueryDto,
    caller: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    requireOwnOr(caller, 'readAnyTimeAccount', agentId);
    const agent = await this.agents.byId(agentId);
    if (!agent) throw DomainException.notFound('Agent');
    const year = this.yearOf(query);
    const data = await this.load(year, [agentId]);
    // Somebody else's hours and leave are personal data: the read is on record, as an agent's file is.
    if (caller.agentId !== agentId) {
      await this.audit.record({ actor: caller, action: 'READ', entity: 'time_account', entityId: agentId });
    }
    return this.compute(agent, data, allowed(caller, 'readDraftRoster'));
  }

  /** Everybody's, those drifting most from their due hours first, in pages (`?limit=&cursor=`). */
  async list(
    query: TimeAccountListQueryDto,
    caller: AuthenticatedUser,
  ): Promise<TimeAccountSummaryPageResponse> {
    const year = this.yearOf(query);
    const limit = pageSize(query.limit);
    const offset = offsetOf(query.cursor);
    const accounts = await this.accounts(year, allowed(caller, 'readDraftRoster'));
    accounts.sort((a, b) => compareDrift(a, b) || compareFrench(a.agentName, b.agentName));
    const page = accounts.slice(offset, offset + limit);
    return {
      year,
      items: page.map((account) => ({
        agentId: account.agentId,
        agentName: account.agentName,
        matricule: account.matricule,
        hoursDue: account.hoursDue,
        hoursPlanned: account.hoursPlanned,
        hoursWorked: account.hoursWorked,
        projectedBalance: account.projectedBalance,
        balanceToDate: account.balanceToDate,
        countedTo: account.countedTo,
        hoursDuePerDay: account.hoursDuePerDay,
        overtimeTotal: overtimeTotal(account.overtime),
        basis: account.countedBy.basis,
        openingHours: account.opening?.hours ?? 0,
      })),
      nextCursor: offset + limit < accounts.length ? encodeCursor([offset + limit]) : null,
    };
  }

  /** The accounts of every agent in the service during the year. */
  async accounts(year: number, withDrafts: boolean): Promise<TimeAccountResponse[]> {
    const agents = (await this.agents.employed()).filter((agent) => daysInService(agent, year) > 0);
    const data = await this.load(year, null);
    return agents.map((agent) => this.compute(agent, data, withDrafts));
  }

  /** The payroll lines of a month (`YYYY-MM`), one per agent in the service that month. */
  async payroll(
    month: string,
  ): Promise<{ agent: Agent; account: TimeAccountResponse; worked: OvertimeByKindResponse }[]> {
    const year = Number(month.slice(0, 4));
    const monthStart = `${month}-01`;
    const agents = (await this.agents.employed()).filter(
      (agent) => agent.hireDate <= `${month}-31` && (agent.departureDate ?? '9999') >= monthStart,
    );
    agents.sort((a, b) => compareFrench(a.lastName, b.lastName) || compareFrench(a.firstName, b.firstName));
    const data = await this.load(year, null);
    return agents.map((agent) => ({
      agent,
      account: this.compute(agent, data, false),
      worked: this.workedByKind(agent, data, month),
    }));
  }

  /**
   * What each agent's account holds of [since, from) (local dates of one year): the hours done or
   * planned — worked (the supervisor's record, else the published roster once past), absences
   * credited as service done, published and draft shifts still to come — and the hours due pro
   * rata of his days in service. The planner evens out hours-to-contract on these counters.
   */
  async yearBefore(
    since: string,
    from: string,
    agentIds: readonly string[],
  ): Promise<Map<string, { hours: number; due: number }>> {
    const result = new Map<string, { hours: number; due: number }>();
    if (agentIds.length === 0 || from <= since) return result;
    const year = Number(since.slice(0, 4));
    const calendar = calendarOf(this.rules.timeZone);
    const start = calendar.dayStart(since);
    const end = calendar.dayStart(from);
    const within = (instant: number): boolean => instant >= start && instant < end;
    const data = await this.load(year, [...agentIds]);
    const agents = await this.agents.byIds([...agentIds]);
    for (const agent of agents) {
      const counting = this.countingOf(agent, data);
      const hours = accountHours({
        scheduled: this.scheduledInput(counting, data.absences.get(agent.id) ?? []),
        counted: { from: since, to: addDays(from, -1) },
        year,
        now: Math.min(this.clock.now().getTime(), end),
        shifts: (data.shifts.get(agent.id) ?? []).filter((shift) => within(shift.start)),
        records: (data.records.get(agent.id) ?? []).map(toRecord).filter((record) => within(record.start)),
        credited: (data.absences.get(agent.id) ?? [])
          .filter((absence) => CREDITED_KINDS.has(absence.kind))
          .map((absence) => ({ start: Math.max(absence.start, start), end: Math.min(absence.end, end) }))
          .filter((absence) => absence.end > absence.start),
        contractRatio: agent.contractRatio,
        holidays: data.holidays,
        rules: this.rules,
      });
      result.set(agent.id, {
        hours: hours.hoursWorked + hours.hoursUpcoming + hours.hoursDraft,
        due: hoursDueWithin(agent, year, { from: since, to: addDays(from, -1) }, this.rules),
      });
    }
    return result;
  }

  private async load(year: number, agentIds: string[] | null): Promise<YearData> {
    const calendar = calendarOf(this.rules.timeZone);
    // A day of margin each side: a shift counts in the year its local start date falls in.
    const from = new Date(calendar.dayStart(`${year - 1}-12-31`));
    const to = new Date(calendar.dayStart(`${year + 1}-01-02`));
    const [assignments, records, absences, published, cycles, span, countings, openings, trainings] =
      await Promise.all([
        this.repository.assignments(agentIds, from, to),
        this.repository.worked(agentIds, from, to),
        this.repository.approvedAbsences(agentIds, from, to),
        this.repository.publishedDays(`${year - 1}-12-31`, `${year + 1}-01-01`),
        this.repository.cycles(),
        this.repository.publishedSpan(year),
        this.repository.countings(agentIds),
        this.repository.openings(year, agentIds),
        this.repository.trainings(agentIds),
      ]);
    const shifts = new Map<string, PlannedShift[]>();
    for (const row of assignments) {
      const start = new Date(row.startsAt).getTime();
      push(shifts, row.agentId, {
        shiftId: row.shiftId,
        start,
        end: new Date(row.endsAt).getTime(),
        published: published.has(calendar.localDate(start)),
      });
    }
    // A seconded agent's hours in his other services are his hours too (CSI L512-1: one agent,
    // one working time): his shifts there, published as that service published them.
    const elsewhere = await this.secondments.dutyElsewhere(
      this.dataSource.manager,
      agentIds,
      from,
      to,
      this.rules.timeZone,
    );
    for (const item of elsewhere) {
      if (item.kind !== 'SHIFT' || calendar.localDate(item.startsAt.getTime()) < `${year - 1}-12-31`)
        continue;
      push(shifts, item.agentId, {
        shiftId: item.itemId,
        start: item.startsAt.getTime(),
        end: item.endsAt.getTime(),
        published: item.published,
      });
    }
    const recordsByAgent = new Map<string, WorkedTime[]>();
    for (const record of records) push(recordsByAgent, record.agentId, record);
    const absencesByAgent = new Map<string, { kind: AbsenceKind; start: number; end: number }[]>();
    for (const absence of absences) {
      push(absencesByAgent, absence.agentId, {
        kind: absence.kind,
        start: absence.startsAt.getTime(),
        end: absence.endsAt.getTime(),
      });
    }
    const protocol = this.config.arttWeeklyHours;
    return {
      year,
      counted: countedPeriod(year, span.first, span.last, this.clock.today()),
      shifts,
      records: recordsByAgent,
      absences: absencesByAgent,
      holidays: publicHolidaysBetween(`${year - 1}-12-01`, `${year + 1}-01-31`),
      cycleHours: (agent) => {
        const cycle = cycles.cycles.find(
          (c) => c.agentIds.includes(agent.id) || (c.brigade !== null && c.brigade === agent.brigade),
        );
        return cycle ? cycleHoursPerWeek(cycle.days, cycles.types) : protocol;
      },
      countings: new Map(countings.map((row) => [row.agentId, row])),
      openings: new Map(openings.map((row) => [row.agentId, row])),
      trainings: new Map(trainings.map((row) => [row.agentId, row])),
    };
  }

  /**
   * How the agent's hours are counted this year: his chosen basis, else his grade's (administrative
   * staff by schedule); his week, else the office week of his contract; and his FIA as his
   * recruitment records it, its training days worked when he is rostered.
   */
  private countingOf(agent: Agent, data: YearData): Counting {
    const row = data.countings.get(agent.id);
    const basis = row?.basis ?? defaultTimeBasis(agent.grade);
    const office = defaultSchedule(agent.contractRatio, this.rules.fullTimeWeeklyHours);
    const schedule = {
      weekdays: row?.weekdays ?? office.weekdays,
      dailyHours: row?.dailyHours ?? office.dailyHours,
    };
    const year = { from: `${data.year}-01-01`, to: `${data.year}-12-31` };
    const service = withinService(year, agent.hireDate, agent.departureDate);
    const recorded = data.trainings.get(agent.id);
    const fia = recorded
      ? trainingPeriod(
          recorded.started,
          recorded.completed,
          agent.status === AgentStatus.IN_TRAINING,
          data.counted.to,
        )
      : null;
    const inYear = fia && fia.from <= year.to && fia.to >= year.from;
    const training =
      fia && inYear
        ? withinService(
            { from: maxDate(fia.from, year.from), to: minDate(fia.to, year.to) },
            agent.hireDate,
            agent.departureDate,
          )
        : null;
    const periods = !service ? [] : basis === TimeBasis.SCHEDULE ? [service] : training ? [training] : [];
    return { basis, chosen: !!row, schedule, training, trainingEnded: !!recorded?.completed, periods };
  }

  /**
   * The full-time weekly hours his RTT follow: his fixed week's when counted by schedule (the office
   * week of 35 h earns none; 37 h earns 12), else his work cycle's or the ARTT protocol's.
   */
  private weeklyHours(agent: Agent, data: YearData, counting: Counting): number {
    if (counting.basis !== TimeBasis.SCHEDULE) return data.cycleHours(agent);
    return scheduleWeeklyHours(counting.schedule) / agent.contractRatio;
  }

  private scheduledInput(
    counting: Counting,
    absences: readonly { start: number; end: number }[],
  ):
    | { schedule: WeeklySchedule; periods: DateRange[]; absences: { start: number; end: number }[] }
    | undefined {
    if (counting.periods.length === 0) return undefined;
    return {
      schedule: counting.schedule,
      periods: counting.periods,
      absences: absences.map((absence) => ({ start: absence.start, end: absence.end })),
    };
  }

  private countingResponse(counting: Counting, hoursScheduled: number): TimeCountingResponse {
    const week = describeSchedule(counting.schedule);
    let label = counting.basis === TimeBasis.SCHEDULE ? `Horaire fixe : ${week}` : 'Planning Vigie';
    if (counting.basis === TimeBasis.ROSTER && counting.training) {
      const span = counting.trainingEnded
        ? `du ${frenchDate(counting.training.from)} au ${frenchDate(counting.training.to)}`
        : `depuis le ${frenchDate(counting.training.from)}`;
      label += ` ; formation initiale (FIA) ${span} : jours de formation comptés travaillés (${week})`;
    }
    return {
      basis: counting.basis,
      chosen: counting.chosen,
      weekdays: [...counting.schedule.weekdays].sort((a, b) => a - b),
      dailyHours: counting.schedule.dailyHours,
      training: counting.training,
      hoursScheduled,
      label,
    };
  }

  private compute(agent: Agent, data: YearData, withDrafts: boolean): TimeAccountResponse {
    const rules = this.rules;
    const now = this.clock.now().getTime();
    const absences = data.absences.get(agent.id) ?? [];
    const records = (data.records.get(agent.id) ?? []).map(toRecord);
    const counting = this.countingOf(agent, data);
    const opening = data.openings.get(agent.id) ?? null;
    const hours = accountHours({
      year: data.year,
      now,
      shifts: data.shifts.get(agent.id) ?? [],
      records,
      credited: absences.filter((absence) => CREDITED_KINDS.has(absence.kind)),
      contractRatio: agent.contractRatio,
      holidays: data.holidays,
      rules,
      counted: data.counted,
      scheduled: this.scheduledInput(counting, absences),
    });
    const carried = opening?.hours ?? 0;
    const { counted } = data;
    const due = hoursDueWithin(agent, data.year, { from: counted.from, to: `${data.year}-12-31` }, rules);
    const dueToDate = hoursDueWithin(agent, data.year, counted, rules);
    const nextDay = addDays(counted.to, 1);
    return {
      agentId: agent.id,
      agentName: nameOf(agent),
      matricule: agent.matricule,
      year: data.year,
      countedFrom: counted.from,
      countedTo: counted.to,
      hoursDue: due,
      hoursDueToDate: dueToDate,
      hoursPlanned: hours.hoursPlanned,
      hoursDraft: withDrafts ? hours.hoursDraft : 0,
      hoursWorked: hours.hoursWorked,
      projectedBalance: projectedBalance(hours, due, carried),
      balanceToDate: balanceToDate(hours, dueToDate, carried),
      hoursDuePerDay: hoursDueWithin(agent, data.year, { from: nextDay, to: nextDay }, rules),
      overtime: hours.overtime,
      overtimeMonths: hours.overtimeMonths,
      leave: leaveBalances({
        year: data.year,
        now,
        contractRatio: agent.contractRatio,
        serviceShare: daysInService(agent, data.year) / daysInYear(data.year),
        cycleWeeklyHours: this.weeklyHours(agent, data, counting),
        restedHours: hours.rested,
        absences: absences.filter((absence) => LEAVE_KIND_OF_ABSENCE[absence.kind]),
        holidays: data.holidays,
        rules,
        carried: opening ? { annualLeave: opening.annualLeaveTaken, rtt: opening.rttTaken } : undefined,
        sickness: absences.filter((absence) => absence.kind === AbsenceKind.SICKNESS),
      }),
      countedBy: this.countingResponse(counting, hours.hoursScheduled),
      opening: opening ? openingResponse(opening) : null,
    };
  }

  /** Hours worked in a month by kind (all of them, not only overtime), as the shared rules read them. */
  private workedByKind(agent: Agent, data: YearData, month: string): OvertimeByKindResponse {
    const intervals = workedIntervals(
      data.shifts.get(agent.id) ?? [],
      (data.records.get(agent.id) ?? []).map(toRecord),
      this.clock.now().getTime(),
    );
    return workedHoursOfMonth(intervals, data.holidays, month, this.rules);
  }

  /** The leave-balance check of an absence (ANNUAL_LEAVE, RTT, RECOVERY): the French problem, or null. */
  async balanceProblem(
    absence: { id: string | null; agentId: string; kind: AbsenceKind; startsAt: Date; endsAt: Date },
    manager: EntityManager,
  ): Promise<string | null> {
    if (!LEAVE_KIND_OF_ABSENCE[absence.kind]) return null;
    const agent = await this.agents.byId(absence.agentId, manager);
    if (!agent) return null;
    const calendar = calendarOf(this.rules.timeZone);
    const year = Number(calendar.localDate(absence.startsAt.getTime()).slice(0, 4));
    const from = new Date(calendar.dayStart(`${year}-01-01`));
    const to = new Date(calendar.dayStart(`${year + 1}-01-01`));
    const others = await this.repository.balanceAbsences(agent.id, from, to, absence.id, manager);
    const now = this.clock.now().getTime();
    let rested = 0;
    if (absence.kind === AbsenceKind.RECOVERY) {
      const data = await this.load(year, [agent.id]);
      rested = accountHours({
        year,
        now,
        shifts: data.shifts.get(agent.id) ?? [],
        records: (data.records.get(agent.id) ?? []).map(toRecord),
        contractRatio: agent.contractRatio,
        holidays: data.holidays,
        rules: this.rules,
      }).rested;
    }
    const cycles = absence.kind === AbsenceKind.RTT ? await this.load(year, [agent.id]) : null;
    const opening = await this.repository.opening(agent.id, year, manager);
    return leaveBalanceProblem(
      { kind: absence.kind, start: absence.startsAt.getTime(), end: absence.endsAt.getTime() },
      {
        year,
        now,
        contractRatio: agent.contractRatio,
        serviceShare: daysInService(agent, year) / daysInYear(year),
        cycleWeeklyHours: cycles
          ? this.weeklyHours(agent, cycles, this.countingOf(agent, cycles))
          : this.config.arttWeeklyHours,
        restedHours: rested,
        absences: others.map((other) => ({
          kind: other.kind,
          start: other.startsAt.getTime(),
          end: other.endsAt.getTime(),
        })),
        holidays: publicHolidaysBetween(`${year}-01-01`, `${year}-12-31`),
        rules: this.rules,
        carried: opening ? { annualLeave: opening.annualLeaveTaken, rtt: opening.rttTaken } : undefined,
        sickness: (cycles?.absences.get(agent.id) ?? []).filter(
          (other) => other.kind === AbsenceKind.SICKNESS,
        ),
      },
    );
  }

  /**
   * How the agent's hours are counted (CHIEF, HR; audited with the reason): the roster or a fixed
   * week. No basis, days nor hours: back to his grade's default. Answers his account of this year.
   */
  async setCounting(
    agentId: string,
    dto: SetTimeCountingDto,
    actor: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    const reason = dto.reason.trim();
    if (reason.length < 3) {
      throw DomainException.invalid([{ field: 'reason', message: 'doit compter au moins 3 caractères' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockAgent(agentId, manager))) throw DomainException.notFound('Agent');
      const agent = (await this.agents.byId(agentId, manager))!;
      const office = defaultSchedule(agent.contractRatio, this.rules.fullTimeWeeklyHours);
      if (dto.dailyHours) dto = { ...dto, dailyHours: round2(dto.dailyHours) };
      const schedule = {
        weekdays: dto.weekdays ?? office.weekdays,
        dailyHours: dto.dailyHours ?? office.dailyHours,
      };
      const problem = scheduleProblem(schedule);
      if (problem) {
        throw DomainException.invalid(
          [{ field: dto.weekdays ? 'weekdays' : 'dailyHours', message: problem }],
          'TIME_SCHEDULE_INVALID',
        );
      }
      const before = await this.repository.counting(agentId, manager);
      const reset = !dto.basis && !dto.weekdays && !dto.dailyHours;
      if (reset) await this.repository.removeCounting(agentId, manager);
      else {
        await this.repository.saveCounting(
          Object.assign(new TimeCounting(), {
            agentId,
            basis: dto.basis ?? null,
            weekdays: dto.weekdays ?? null,
            dailyHours: dto.dailyHours ?? null,
            reason,
            recordedById: actor.id,
            recordedByName: actor.displayName,
            recordedAt: this.clock.now(),
          }),
          manager,
        );
      }
      await this.audit.record(
        {
          actor,
          action: 'SET_TIME_COUNTING',
          entity: 'time_counting',
          entityId: agentId,
          details: {
            before: before
              ? { basis: before.basis, weekdays: before.weekdays, dailyHours: before.dailyHours }
              : null,
            after: reset
              ? null
              : {
                  basis: dto.basis ?? null,
                  weekdays: dto.weekdays ?? null,
                  dailyHours: dto.dailyHours ?? null,
                },
            reason,
          },
        },
        manager,
      );
    });
    return this.account(agentId, {}, actor);
  }

  /**
   * The balance carried into the agent's account of a year (CHIEF, HR; audited with the reason):
   * hours ahead or behind and the leave and RTT days already taken at the opening. Replaces the
   * year's previous one; a `version` that is not the current one is a 409.
   */
  async setOpening(
    agentId: string,
    dto: SetTimeOpeningDto,
    actor: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    const reason = dto.reason.trim();
    if (reason.length < 3) {
      throw DomainException.invalid([{ field: 'reason', message: 'doit compter au moins 3 caractères' }]);
    }
    // The columns keep hundredths of an hour and tenths of a day: a denormal float is 0, not a driver error.
    dto = {
      ...dto,
      hours: round2(dto.hours),
      annualLeaveTaken: Math.round(dto.annualLeaveTaken * 1000) / 1000,
      rttTaken: Math.round(dto.rttTaken * 1000) / 1000,
    };
    for (const field of ['annualLeaveTaken', 'rttTaken'] as const) {
      if (!Number.isInteger(dto[field] * 2)) {
        throw DomainException.invalid(
          [{ field, message: 'en jours ou demi-journées (0,5)' }],
          'TIME_OPENING_INVALID',
        );
      }
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lockAgent(agentId, manager))) throw DomainException.notFound('Agent');
      const agent = (await this.agents.byId(agentId, manager))!;
      if (daysInService(agent, dto.year) === 0) {
        throw DomainException.invalid(
          [{ field: 'year', message: `l’agent n’est pas en service en ${dto.year}` }],
          'TIME_OPENING_INVALID',
        );
      }
      const existing = await this.repository.opening(agentId, dto.year, manager);
      if (existing && dto.version !== undefined && dto.version !== existing.version) {
        throw DomainException.versionConflict();
      }
      const values = {
        hours: dto.hours,
        annualLeaveTaken: dto.annualLeaveTaken,
        rttTaken: dto.rttTaken,
        reason,
        recordedById: actor.id,
        recordedByName: actor.displayName,
        recordedAt: this.clock.now(),
      };
      if (existing) {
        if (!(await this.repository.updateOpening(existing.id, existing.version, values, manager))) {
          throw DomainException.versionConflict();
        }
      } else {
        await this.repository.insertOpening({ agentId, year: dto.year, ...values }, manager);
      }
      await this.audit.record(
        {
          actor,
          action: 'SET_TIME_OPENING',
          entity: 'time_account_opening',
          entityId: agentId,
          details: {
            year: dto.year,
            before: existing
              ? {
                  hours: existing.hours,
                  annualLeaveTaken: existing.annualLeaveTaken,
                  rttTaken: existing.rttTaken,
                }
              : null,
            after: { hours: dto.hours, annualLeaveTaken: dto.annualLeaveTaken, rttTaken: dto.rttTaken },
            reason,
          },
        },
        manager,
      );
    });
    return this.account(agentId, { year: dto.year }, actor);
  }

  /** What the agent worked on a shift, recorded or corrected by a supervisor (audited). */
  async record(
    shiftId: string,
    agentId: string,
    dto: RecordWorkedDto,
    actor: AuthenticatedUser,
  ): Promise<WorkedTimeResponse> {
    const reason = dto.reason.trim();
    if (reason.length < 3) {
      throw DomainException.invalid([{ field: 'reason', message: 'doit compter au moins 3 caractères' }]);
    }
    const worked = { start: Date.parse(dto.startsAt), end: Date.parse(dto.endsAt) };
    return this.dataSource.transaction(async (manager) => {
      const shift = await this.repository.shift(shiftId, manager);
      if (!shift) throw DomainException.notFound('Service');
      if (!(await this.repository.lockAgent(agentId, manager))) throw DomainException.notFound('Agent');
      const problem = workedTimesProblem(
        worked,
        { start: shift.startsAt.getTime(), end: shift.endsAt.getTime() },
        this.clock.now().getTime(),
        this.rules.timeZone,
      );
      if (problem?.code === 'WORKED_IN_FUTURE') throw DomainException.rule(problem.message, [], problem.code);
      if (problem)
        throw DomainException.invalid([{ field: problem.field, message: problem.message }], problem.code);

      const existing = await this.repository.recordOn(shiftId, agentId, manager);
      // PUT stays idempotent for a client that sends no version (API.md's body); one that sends
      // the version it read is protected from a correction made meanwhile.
      if (existing && dto.version !== undefined && dto.version !== existing.version) {
        throw DomainException.versionConflict();
      }
      const overlap = workedOverlapProblem(
        worked,
        await this.busy(agentId, shiftId, worked, manager),
        this.rules.timeZone,
      );
      if (overlap) throw DomainException.rule(overlap, [], 'WORKED_OVERLAP');

      const values = {
        startsAt: new Date(worked.start),
        endsAt: new Date(worked.end),
        reason,
        compensation: dto.compensation ?? 'PAYMENT',
        recordedById: actor.id,
        recordedByName: actor.displayName,
        recordedAt: this.clock.now(),
      } as const;
      let saved: WorkedTime;
      if (existing) {
        const updated = await this.repository.updateRecord(existing.id, existing.version, values, manager);
        if (!updated) throw DomainException.versionConflict();
        saved = updated;
      } else {
        saved = await this.repository.insertRecord({ shiftId, agentId, ...values }, manager);
      }
      await this.audit.record(
        {
          actor,
          action: existing ? 'CORRECT_WORKED' : 'RECORD_WORKED',
          entity: 'worked_time',
          entityId: saved.id,
          details: {
            shiftId,
            agentId,
            startsAt: saved.startsAt.toISOString(),
            endsAt: saved.endsAt.toISOString(),
            compensation: saved.compensation,
            reason,
          },
        },
        manager,
      );
      return (await this.respond([saved], manager))[0];
    });
  }

  /** The worked records of one shift. */
  async ofShift(
    shiftId: string,
    query: { limit?: number; cursor?: string },
  ): Promise<{ items: WorkedTimeResponse[]; nextCursor: string | null }> {
    const shift = await this.repository.shift(shiftId);
    if (!shift) throw DomainException.notFound('Service');
    const limit = pageSize(query.limit);
    const offset = offsetOf(query.cursor);
    const rows = await this.repository.ofShift(shiftId);
    return {
      items: await this.respond(rows.slice(offset, offset + limit)),
      nextCursor: offset + limit < rows.length ? encodeCursor([offset + limit]) : null,
    };
  }

  /** One agent's worked records of a year, latest first, in pages: the agent sees his corrections and their reasons. */
  async ofAgent(
    agentId: string,
    query: TimeAccountListQueryDto,
    caller: AuthenticatedUser,
  ): Promise<{ items: WorkedTimeResponse[]; nextCursor: string | null }> {
    requireOwnOr(caller, 'readAnyTimeAccount', agentId);
    if (!(await this.agents.exists(agentId))) throw DomainException.notFound('Agent');
    const year = this.yearOf(query);
    const limit = pageSize(query.limit);
    let after: { startsAt: string; id: string } | undefined;
    if (query.cursor) {
      const [startsAt, id] = decodeCursor(query.cursor, ['integer', 'uuid']);
      after = { startsAt: new Date(startsAt).toISOString(), id: id as string };
    }
    const calendar = calendarOf(this.rules.timeZone);
    const rows = await this.repository.pageOfAgent(
      agentId,
      new Date(calendar.dayStart(`${year}-01-01`)),
      new Date(calendar.dayStart(`${year + 1}-01-01`)),
      limit,
      after,
    );
    const responses = new Map((await this.respond(rows)).map((response) => [response.id, response]));
    return toPage(
      rows,
      limit,
      (row) => responses.get(row.id)!,
      (row) => [row.startsAt.getTime(), row.id],
    );
  }

  /** The agent's other time around this one: his other shifts (as worked, when recorded) and records. */
  private async busy(
    agentId: string,
    shiftId: string,
    worked: { start: number; end: number },
    manager: EntityManager,
  ): Promise<BusyInterval[]> {
    const day = 86_400_000;
    const from = new Date(worked.start - 2 * day);
    const to = new Date(worked.end + day);
    const [assignments, records] = await Promise.all([
      this.repository.assignments([agentId], from, to, manager),
      this.repository.worked([agentId], from, to, manager),
    ]);
    const recorded = new Set(records.map((record) => record.shiftId));
    const labels = new Map(assignments.map((row) => [row.shiftId, row.label]));
    const busy: BusyInterval[] = assignments
      .filter((row) => row.shiftId !== shiftId && !recorded.has(row.shiftId))
      .map((row) => ({
        label: `le service « ${row.label} »`,
        start: new Date(row.startsAt).getTime(),
        end: new Date(row.endsAt).getTime(),
      }));
    for (const record of records) {
      if (record.shiftId === shiftId) continue;
      const label = labels.get(record.shiftId);
      busy.push({
        label: label ? `le temps travaillé du service « ${label} »` : 'un autre temps travaillé',
        start: record.startsAt.getTime(),
        end: record.endsAt.getTime(),
      });
    }
    return busy;
  }

  private async respond(
    rows: WorkedTime[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkedTimeResponse[]> {
    if (rows.length === 0) return [];
    const agents = new Map(
      (await this.agents.byIds([...new Set(rows.map((row) => row.agentId))], manager)).map((a) => [a.id, a]),
    );
    const holidays = publicHolidaysBetween(
      calendarOf(this.rules.timeZone).localDate(
        Math.min(...rows.map((r) => r.startsAt.getTime())) - 86_400_000,
      ),
      calendarOf(this.rules.timeZone).localDate(
        Math.max(...rows.map((r) => r.endsAt.getTime())) + 86_400_000,
      ),
    );
    const assignments = await this.repository.assignmentsOn(rows, manager);
    const responses: WorkedTimeResponse[] = [];
    for (const row of rows) {
      const planned = assignments.get(`${row.shiftId}|${row.agentId}`) ?? null;
      const plannedInterval = planned
        ? { start: new Date(planned.startsAt).getTime(), end: new Date(planned.endsAt).getTime() }
        : null;
      const agent = agents.get(row.agentId);
      responses.push({
        id: row.id,
        shiftId: row.shiftId,
        agentId: row.agentId,
        agentName: agent ? nameOf(agent) : 'Agent inconnu',
        plannedStartsAt: planned ? new Date(planned.startsAt).toISOString() : null,
        plannedEndsAt: planned ? new Date(planned.endsAt).toISOString() : null,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        reason: row.reason,
        compensation: row.compensation,
        overtime: occurrenceOvertime(
          { start: row.startsAt.getTime(), end: row.endsAt.getTime() },
          plannedInterval,
          holidays,
          this.rules,
        ),
        recordedByName: row.recordedByName,
        recordedAt: row.recordedAt.toISOString(),
        version: row.version,
      });
    }
    return responses;
  }
}

/** The offset a cursor carries (the lists sorted in memory page by position). */
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const [offset] = decodeCursor(cursor, ['integer']) as number[];
  if (offset < 0) throw invalidCursor();
  return offset;
}

function toRecord(record: WorkedTime): WorkedRecord {
  return {
    shiftId: record.shiftId,
    start: record.startsAt.getTime(),
    end: record.endsAt.getTime(),
    compensation: record.compensation,
  };
}

function openingResponse(row: TimeAccountOpening): TimeAccountOpeningResponse {
  return {
    year: row.year,
    hours: row.hours,
    annualLeaveTaken: row.annualLeaveTaken,
    rttTaken: row.rttTaken,
    reason: row.reason,
    recordedByName: row.recordedByName,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}

/** dd/MM/yyyy */
function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function nameOf(agent: Agent): string {
  return `${agent.firstName} ${agent.lastName}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
