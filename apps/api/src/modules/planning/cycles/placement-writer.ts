import { Inject, Injectable } from '@nestjs/common';
import {
  CycleRolloutResponse,
  CycleSkipResponse,
  CycleSkipRule,
  formatDateFr,
  localDateOf,
} from '@vigie/shared';
import { EntityManager, In } from 'typeorm';

import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { DomainException } from '../../../common/errors/domain.exception';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { Agent } from '../../agents/agents.repository';
import { AssignmentGuard } from '../assignment-guard';
import { publishedDays } from '../roster-period';
import { Shift } from '../shift.entity';
import { shiftOfType } from '../shift-needs';
import { ShiftType } from '../shift-type.entity';
import { CyclesRepository } from './cycles.repository';

/** One agent and the days (local date, shift type) to put him on. */
export interface AgentPlan {
  agent: Agent;
  days: readonly { date: string; shiftTypeId: string }[];
}

export interface WriteOptions {
  from: string;
  to: string;
  actor: AuthenticatedUser;
  /** Who writes, in the published-day message: « un cycle », « une copie de semaine ». */
  what: string;
}

interface Placement {
  date: string;
  shiftTypeId: string;
  type: ShiftType;
}

/** One agent's roll-out: who, by whom, the shifts found or made so far, the report being written. */
interface RolloutRun {
  agent: Agent;
  name: string;
  actor: AuthenticatedUser;
  shifts: Map<string, Shift>;
  report: CycleRolloutResponse;
}

/**
 * Writes planned days into the draft roster (a cycle's roll-out, a copied week): each agent's days
 * through the assignment guard, under savepoints, inside the caller's transaction (which has locked
 * the agents). What is not written is reported with the reason: a rule's own French message, a
 * published day, a type no longer available. Days already in place are counted, not written again.
 */
@Injectable()
export class PlacementWriter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly guard: AssignmentGuard,
    private readonly cycles: CyclesRepository,
  ) {}

  private get zone(): string {
    return this.config.ruleSet.timeZone;
  }

  async write(
    manager: EntityManager,
    plans: readonly AgentPlan[],
    options: WriteOptions,
  ): Promise<CycleRolloutResponse> {
    const { from, to, actor } = options;
    const agents = plans.map((plan) => plan.agent);
    const typeIds = [...new Set(plans.flatMap((plan) => plan.days.map((day) => day.shiftTypeId)))];
    const types = new Map(
      (await manager.findBy(ShiftType, { id: In(typeIds) })).map((type) => [type.id, type]),
    );
    const published = await publishedDays(manager, from, to);
    const shifts = this.shiftByDay(await this.cycles.shiftsOf(manager, typeIds, from, to, this.zone), types);
    const assigned = await this.cycles.assignedPairs(
      manager,
      [...shifts.values()].map((shift) => shift.id),
      agents.map((agent) => agent.id),
    );
    const report: CycleRolloutResponse = { created: 0, alreadyPresent: 0, shiftsCreated: 0, skipped: [] };

    const todo: Placement[] = [];
    for (const { agent, days } of plans) {
      const name = `${agent.firstName} ${agent.lastName}`;
      const skip = (date: string, shiftTypeId: string, violations: CycleSkipResponse['violations']): void => {
        report.skipped.push({ date, agentId: agent.id, agentName: name, shiftTypeId, violations });
      };
      for (const { date, shiftTypeId } of days) {
        const type = types.get(shiftTypeId);
        if (!type?.active) {
          skip(date, shiftTypeId, [
            {
              rule: CycleSkipRule.SHIFT_TYPE_UNAVAILABLE,
              message: `Le ${formatDateFr(date)}, le type de créneau du cycle n’existe plus ou est archivé (${name})`,
            },
          ]);
          continue;
        }
        if (published.has(date)) {
          skip(date, shiftTypeId, [
            {
              rule: CycleSkipRule.PUBLISHED_PERIOD,
              message: `Le ${formatDateFr(date)} est publié : ${options.what} ne modifie pas une période publiée (${name})`,
            },
          ]);
          continue;
        }
        const existing = shifts.get(`${shiftTypeId}|${date}`);
        if (existing && assigned.has(`${existing.id}|${agent.id}`)) {
          report.alreadyPresent += 1;
          continue;
        }
        todo.push({ date, shiftTypeId, type });
      }
      await this.place(manager, { agent, name, actor, shifts, report }, todo);
      todo.length = 0;
    }
    const rank = new Map(agents.map((agent, index) => [agent.id, index]));
    report.skipped.sort(
      (a, b) => rank.get(a.agentId)! - rank.get(b.agentId)! || a.date.localeCompare(b.date),
    );
    return report;
  }

  /**
   * Places the days under a savepoint, all at once; when the guard refuses, the days are split in
   * two halves placed one after the other, down to the single day that is refused and reported.
   * A lawful month costs one rules check instead of one per day; what is written is always what
   * the guard accepted.
   */
  private async place(manager: EntityManager, run: RolloutRun, days: readonly Placement[]): Promise<void> {
    if (days.length === 0) return;
    const savepoint = `cycle_${run.report.created}_${days.length}_${days[0].date.replaceAll('-', '')}`;
    await manager.query(`SAVEPOINT ${savepoint}`);
    const made = new Map<string, Shift>();
    try {
      const chosen: Shift[] = [];
      for (const day of days) {
        const key = `${day.shiftTypeId}|${day.date}`;
        const shift = run.shifts.get(key) ?? (await this.createShift(manager, day.type, day.date));
        if (!run.shifts.has(key)) made.set(key, shift);
        chosen.push(shift);
      }
      const ids = chosen.map((shift) => shift.id);
      const before = await this.guard.findingsOf(manager, [run.agent.id], ids);
      for (const shift of chosen) await this.guard.insert(manager, shift, run.agent.id, run.actor);
      await this.guard.refuseNewViolations(manager, [run.agent.id], ids, before);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      for (const [key, shift] of made) run.shifts.set(key, shift);
      run.report.shiftsCreated += made.size;
      run.report.created += days.length;
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      if (days.length > 1) {
        const half = Math.ceil(days.length / 2);
        await this.place(manager, run, days.slice(0, half));
        await this.place(manager, run, days.slice(half));
        return;
      }
      const violations = error.options.violations ?? [];
      run.report.skipped.push({
        date: days[0].date,
        agentId: run.agent.id,
        agentName: run.name,
        shiftTypeId: days[0].shiftTypeId,
        violations:
          violations.length > 0
            ? violations.map(({ rule, message }) => ({ rule, message }))
            : [{ rule: error.code, message: error.detail }],
      });
    }
  }

  /**
   * The shift each (type, local date) stands for: an unlabelled one first (the generated shift or
   * one made by hand), else an event shift of the type starting at the type's own time.
   */
  private shiftByDay(found: Shift[], types: ReadonlyMap<string, ShiftType>): Map<string, Shift> {
    const byDay = new Map<string, Shift>();
    for (const shift of [...found].sort((a, b) => Number(a.label !== null) - Number(b.label !== null))) {
      const day = localDateOf(shift.startsAt, this.zone);
      const key = `${shift.shiftTypeId}|${day}`;
      if (byDay.has(key)) continue;
      const type = types.get(shift.shiftTypeId);
      if (
        shift.label !== null &&
        type &&
        shift.startsAt.getTime() !== shiftOfType(type, day, this.zone).startsAt.getTime()
      ) {
        continue;
      }
      byDay.set(key, shift);
    }
    return byDay;
  }

  /** The shift « Générer les créneaux » makes for the type that day (same builder). */
  private async createShift(manager: EntityManager, type: ShiftType, date: string): Promise<Shift> {
    return manager.save(manager.create(Shift, shiftOfType(type, date, this.zone)));
  }
}
