import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  cancelledSummary,
  confirmationDetail,
  CreateShiftDto,
  defaultBreakMinutes,
  eachDay,
  formatDateFr,
  GenerateShiftsDto,
  GenerateShiftsResponse,
  localDateOf,
  localTimeOf,
  RosterFinding,
  schoolCalendarSpan,
  SHIFT_HAS_AGENTS_RULE,
  ShiftChangeKind,
  ShiftPageResponse,
  ShiftQueryDto,
  ShiftResponse,
  shiftTypeRunsOn,
  startOfLocalDay,
  UpdateShiftDto,
} from '@vigie/shared';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser } from '../../common/auth/authenticated-user';
import { updateVersioned } from '../../common/db/versioned-update';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, pageSize, toPage } from '../../common/http/cursor';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { Assignment } from './assignment.entity';
import { AssignmentGuard } from './assignment-guard';
import { toShiftResponse } from './planning.mapper';
import { RosterRepository } from './roster.repository';
import { RosterChange } from './roster-change.entity';
import { checkPeriod, publishedDays } from './roster-period';
import { SchoolCalendarService } from './school-calendar.service';
import { Shift } from './shift.entity';
import { shiftOfType } from './shift-needs';
import { ShiftType } from './shift-type.entity';
import { checkBreak, checkRequirements } from './shift-types.service';
import { ShiftsRepository } from './shifts.repository';

const MAX_SHIFT_HOURS = 24;

@Injectable()
export class ShiftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly guard: AssignmentGuard,
    private readonly calendar: SchoolCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rosters: RosterRepository,
    private readonly shifts: ShiftsRepository,
    private readonly agents: AgentsRepository,
  ) {}

  private get zone(): string {
    return this.config.ruleSet.timeZone;
  }

  /** Shifts starting on the local dates of the period; an AGENT sees published days only. */
  async list(query: ShiftQueryDto, caller: AuthenticatedUser): Promise<ShiftPageResponse> {
    const { from, to } = checkPeriod(query);
    const limit = pageSize(query.limit);
    const after = query.cursor ? (decodeCursor(query.cursor, ['integer', 'uuid']) as [number, string]) : null;
    // The period (92 days at most) is loaded whole for the coverage rules; the page is cut from it
    // by key, so a shift added or removed meanwhile never shifts the pages after it.
    const period = await this.period(this.dataSource.manager, from, to, !allowed(caller, 'readDraftRoster'));
    const rows = after
      ? period.shifts.filter((shift) => compareShiftKeys(keyOf(shift), after) > 0)
      : period.shifts;
    return toPage(rows.slice(0, limit + 1), limit, period.respond, keyOf);
  }

  async create(dto: CreateShiftDto, actor: AuthenticatedUser): Promise<ShiftResponse> {
    const { startsAt, endsAt } = checkTimes(dto.startsAt, dto.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOneBy(ShiftType, { id: dto.shiftTypeId });
      if (!type) throw unknownReference('shiftTypeId', 'type de créneau inconnu');
      if (!type.active) throw archivedType('shiftTypeId', type.label);
      const minAgents = dto.minAgents ?? type.minAgents;
      const requirements = dto.requirements ?? type.requirements;
      checkRequirements(minAgents, requirements);
      const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
      const breakMinutes = dto.breakMinutes ?? defaultBreakMinutes(minutes, this.config.ruleSet);
      checkBreak(breakMinutes, minutes);
      const shift = await manager.save(
        manager.create(Shift, {
          shiftTypeId: type.id,
          label: dto.label?.trim() || null,
          startsAt,
          endsAt,
          minAgents,
          breakMinutes,
          requirements,
          requiredForAll: dto.requiredForAll ?? type.requiredForAll,
          categories: dto.categories ?? type.categories,
          grades: type.grades,
          allowsTrainees: dto.allowsTrainees ?? type.allowsTrainees,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'CREATE',
          entity: 'shift',
          entityId: shift.id,
          details: { type: type.code, startsAt: dto.startsAt },
        },
        manager,
      );
      return this.respondOne(manager, shift.id);
    });
  }

  /**
   * Creates the shifts of the active types (or the ones listed) on the days of the period their
   * pattern runs (weekdays, public holidays, school days) and says what it did: `created` counts the rows this call inserted (`ON CONFLICT DO NOTHING
   * RETURNING` on `uq_shift_type_start`, so a concurrent call or an existing shift is never
   * counted twice), `alreadyPresent` the others. Refused (409) on a published day: agents see
   * those, and new empty shifts would show up in their planning unannounced.
   */
  async generate(dto: GenerateShiftsDto, actor: AuthenticatedUser): Promise<GenerateShiftsResponse> {
    const { from, to } = checkPeriod(dto, 42);
    return this.dataSource.transaction(async (manager) => {
      const types = await manager.findBy(
        ShiftType,
        dto.shiftTypeIds ? { id: In(dto.shiftTypeIds) } : { active: true },
      );
      if (dto.shiftTypeIds && types.length !== new Set(dto.shiftTypeIds).size) {
        throw unknownReference('shiftTypeIds', 'type de créneau inconnu');
      }
      const archived = types.find((type) => !type.active);
      if (archived) throw archivedType('shiftTypeIds', archived.label);
      const published = [...(await publishedDays(manager, from, to))].sort();
      if (published.length > 0) throw publishedPeriod(published);
      // An event shift of the type at that start (its own label) stands for the generated one.
      const events = await this.shifts.eventsStartingBetween(
        manager,
        startOfLocalDay(from, this.zone),
        startOfLocalDay(addDays(to, 1), this.zone),
      );
      const taken = new Set(events.map((shift) => `${shift.shiftTypeId}|${shift.startsAt.toISOString()}`));
      const calendar = await this.calendar.dayCalendar(manager, from, to);
      const wanted = eachDay(from, to).flatMap((day) =>
        types
          .filter((type) => shiftTypeRunsOn(type, day, calendar))
          .map((type) => shiftOfType(type, day, this.zone)),
      );
      const missing = wanted.filter(
        (shift) => !taken.has(`${shift.shiftTypeId}|${shift.startsAt.toISOString()}`),
      );
      const created = await this.shifts.insertMissing(manager, missing);
      await this.audit.record(
        { actor, action: 'GENERATE', entity: 'shift', details: { from, to, created } },
        manager,
      );
      return {
        created,
        alreadyPresent: wanted.length - created,
        shifts: await this.respond(manager, from, to, false),
        notices: unknownSchoolDays(types, calendar, from, to),
      };
    });
  }

  /**
   * Changes a shift. New times move its assignments with it: each assigned agent is checked
   * again and a new hard violation refuses the change (422). A move that touches agents needs
   * `confirm` (else 409 SHIFT_HAS_AGENTS naming them, nothing written), and each of them is told.
   */
  async update(
    id: string,
    dto: UpdateShiftDto,
    actor: AuthenticatedUser,
    confirm = false,
  ): Promise<ShiftResponse> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Shift, { id });
      if (!current) throw DomainException.notFound('Créneau');
      const { version, ...changes } = dto;
      const times = checkTimes(
        dto.startsAt ?? current.startsAt.toISOString(),
        dto.endsAt ?? current.endsAt.toISOString(),
      );
      checkRequirements(changes.minAgents ?? current.minAgents, changes.requirements ?? current.requirements);
      checkBreak(
        changes.breakMinutes ?? current.breakMinutes,
        (times.endsAt.getTime() - times.startsAt.getTime()) / 60_000,
      );
      const assignments = await manager.findBy(Assignment, { shiftId: id });
      const agentIds = assignments.map((assignment) => assignment.agentId);
      await this.guard.lockAgents(manager, agentIds);
      const moved =
        times.startsAt.getTime() !== current.startsAt.getTime() ||
        times.endsAt.getTime() !== current.endsAt.getTime();
      // A shorter break is checked for the agents on the shift like new times (the break rule).
      const rechecked =
        moved || (changes.breakMinutes !== undefined && changes.breakMinutes !== current.breakMinutes);
      const before = rechecked ? await this.guard.findingsOf(manager, agentIds, [id]) : null;
      const { startsAt: _s, endsAt: _e, label, ...rest } = changes;
      await updateVersioned(
        manager,
        Shift,
        id,
        version,
        {
          ...rest,
          ...(label !== undefined ? { label: label.trim() || null } : {}),
          startsAt: times.startsAt,
          endsAt: times.endsAt,
        },
        'Créneau',
      );
      if (rechecked) {
        // The rules first: a move no confirmation could allow says so at once.
        await this.guard.refuseNewViolations(
          manager,
          agentIds,
          [id],
          before ?? new Map<string, RosterFinding[]>(),
        );
      }
      if (moved) {
        if (!confirm && agentIds.length > 0) await this.refuseUnconfirmed(manager, id, agentIds, 'move');
        await this.recordChanges(manager, current, agentIds, 'SHIFT_MOVED', actor, times);
      }
      await this.audit.record(
        { actor, action: 'UPDATE', entity: 'shift', entityId: id, details: { fields: Object.keys(changes) } },
        manager,
      );
      return this.respondOne(manager, id);
    });
  }

  /**
   * Deletes a shift. One agents are on needs `confirm` (else 409 SHIFT_HAS_AGENTS naming them,
   * nothing written); each of them is then told it is cancelled, published period or not, as of
   * any change there.
   */
  async remove(id: string, actor: AuthenticatedUser, confirm = false): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const shift = await manager.findOne(Shift, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!shift) throw DomainException.notFound('Créneau');
      const assignments = await manager.findBy(Assignment, { shiftId: id });
      const agentIds = assignments.map((assignment) => assignment.agentId);
      if (agentIds.length > 0 && !confirm) await this.refuseUnconfirmed(manager, id, agentIds, 'delete');
      await this.recordChanges(manager, shift, agentIds, 'SHIFT_CANCELLED', actor);
      await manager.delete(Shift, { id });
      await this.audit.record(
        {
          actor,
          action: 'DELETE',
          entity: 'shift',
          entityId: id,
          details: { startsAt: shift.startsAt.toISOString(), assigned: assignments.length },
        },
        manager,
      );
    });
  }

  /** 409 SHIFT_HAS_AGENTS: the agents the change would touch, by name, one violation each. */
  private async refuseUnconfirmed(
    manager: EntityManager,
    shiftId: string,
    agentIds: string[],
    kind: ShiftChangeKind,
  ): Promise<never> {
    const agents = await this.agents.byName(agentIds, manager);
    const names = agents.map((agent) => `${agent.firstName} ${agent.lastName}`);
    throw new DomainException('SHIFT_HAS_AGENTS', confirmationDetail(kind, names), {
      violations: agents.map((agent, index) => ({
        rule: SHIFT_HAS_AGENTS_RULE,
        message: `${names[index]} est affecté à ce créneau`,
        agentId: agent.id,
        shiftId,
      })),
    });
  }

  /**
   * Puts an agent on a shift, under the working-time rules. In one transaction: the agent's row
   * is locked (his assignments are serialized: two requests each valid alone cannot together
   * break the 11 h rest or the 48 h week), the assignment is inserted (the exclusion constraint
   * refuses an overlap), his neighbourhood is checked by the rules engine and any new hard
   * violation rolls everything back with a 422.
   */
  async assign(shiftId: string, agentId: string, actor: AuthenticatedUser): Promise<ShiftResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.guard.lockAgents(manager, [agentId], 'Agent');
      const shift = await manager.findOneBy(Shift, { id: shiftId });
      if (!shift) throw DomainException.notFound('Créneau');
      if (await manager.existsBy(Assignment, { shiftId, agentId })) return this.respondOne(manager, shiftId);
      const before = await this.guard.findingsOf(manager, [agentId], [shiftId]);
      await this.guard.insert(manager, shift, agentId, actor);
      await this.guard.refuseNewViolations(manager, [agentId], [shiftId], before);
      await this.recordChanges(manager, shift, [agentId], 'ASSIGNED', actor);
      await this.audit.record(
        { actor, action: 'ASSIGN', entity: 'shift', entityId: shiftId, details: { agentId } },
        manager,
      );
      return this.respondOne(manager, shiftId);
    });
  }

  async unassign(shiftId: string, agentId: string, actor: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.guard.lockAgents(manager, [agentId], 'Agent');
      const shift = await manager.findOneBy(Shift, { id: shiftId });
      if (!shift) throw DomainException.notFound('Créneau');
      const result = await manager.delete(Assignment, { shiftId, agentId });
      if (!result.affected) throw DomainException.notFound('Affectation');
      await this.recordChanges(manager, shift, [agentId], 'UNASSIGNED', actor);
      await this.audit.record(
        { actor, action: 'UNASSIGN', entity: 'shift', entityId: shiftId, details: { agentId } },
        manager,
      );
    });
  }

  /**
   * A change to a published day is recorded and shown to each agent it touches. A shift agents
   * are on that is moved or cancelled (a confirmed change) is told them whatever the period: they
   * may have been told of it already, an event's especially.
   */
  private async recordChanges(
    manager: EntityManager,
    shift: Shift,
    agentIds: string[],
    action: 'ASSIGNED' | 'UNASSIGNED' | 'SHIFT_MOVED' | 'SHIFT_CANCELLED',
    actor: AuthenticatedUser,
    moved?: { startsAt: Date; endsAt: Date },
  ): Promise<void> {
    if (agentIds.length === 0) return;
    const day = localDateOf(shift.startsAt, this.zone);
    const newDay = moved ? localDateOf(moved.startsAt, this.zone) : day;
    const always = action === 'SHIFT_MOVED' || action === 'SHIFT_CANCELLED';
    if (!always) {
      const published = await publishedDays(manager, day, newDay);
      if (!published.has(day) && !published.has(newDay)) return;
    }
    const type = await manager.findOneBy(ShiftType, { id: shift.shiftTypeId });
    const label = shift.label ?? type?.label ?? 'Créneau';
    const when = (start: Date, end: Date): string =>
      `${formatDateFr(localDateOf(start, this.zone))} ${this.time(start)}–${this.time(end)}`;
    const summary = {
      ASSIGNED: `Ajouté à ${label} du ${when(shift.startsAt, shift.endsAt)}`,
      UNASSIGNED: `Retiré de ${label} du ${when(shift.startsAt, shift.endsAt)}`,
      SHIFT_MOVED: `${label} du ${when(shift.startsAt, shift.endsAt)} déplacé au ${moved ? when(moved.startsAt, moved.endsAt) : ''}`,
      SHIFT_CANCELLED: cancelledSummary(label, when(shift.startsAt, shift.endsAt)),
    }[action];
    await manager.insert(
      RosterChange,
      agentIds.map((agentId) => ({
        agentId,
        shiftId: shift.id,
        action,
        summary,
        byId: actor.id,
        byLogin: actor.login,
      })),
    );
  }

  private time(instant: Date): string {
    return localTimeOf(instant, this.zone);
  }

  private async respondOne(manager: EntityManager, shiftId: string): Promise<ShiftResponse> {
    const shift = await manager.findOneByOrFail(Shift, { id: shiftId });
    const day = localDateOf(shift.startsAt, this.zone);
    const [found] = (await this.respond(manager, day, day, false)).filter(
      (response) => response.id === shiftId,
    );
    return found;
  }

  private async respond(
    manager: EntityManager,
    from: string,
    to: string,
    publishedOnly: boolean,
  ): Promise<ShiftResponse[]> {
    const period = await this.period(manager, from, to, publishedOnly);
    return period.shifts.map(period.respond);
  }

  /** The shifts starting on the period's local dates, by start then id, and how to answer each. */
  private async period(
    manager: EntityManager,
    from: string,
    to: string,
    publishedOnly: boolean,
  ): Promise<{ shifts: Shift[]; respond: (shift: Shift) => ShiftResponse }> {
    const loaded = await this.rosters.load(manager, { from, to });
    const published = await publishedDays(manager, from, to);
    const agentsById = new Map(loaded.input.agents.map((agent) => [agent.id, agent]));
    const shifts = loaded.shifts
      .filter((shift) => {
        const day = localDateOf(shift.startsAt, this.zone);
        return day >= from && day <= to && (!publishedOnly || published.has(day));
      })
      .sort((a, b) => compareShiftKeys(keyOf(a), keyOf(b)));
    const respond = (shift: Shift): ShiftResponse =>
      toShiftResponse(shift, {
        type: loaded.types.get(shift.shiftTypeId),
        assigned: loaded.assignments
          .filter((assignment) => assignment.shiftId === shift.id)
          .flatMap((assignment) => agentsById.get(assignment.agentId) ?? []),
        published: published.has(localDateOf(shift.startsAt, this.zone)),
        ruleSet: this.config.ruleSet,
      });
    return { shifts, respond };
  }
}

function checkTimes(startsAt: string, endsAt: string): { startsAt: Date; endsAt: Date } {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (end.getTime() <= start.getTime()) {
    throw DomainException.invalid(
      [{ field: 'endsAt', message: 'doit être postérieure au début du créneau' }],
      'SHIFT_ENDS_BEFORE_START',
    );
  }
  if (end.getTime() - start.getTime() > MAX_SHIFT_HOURS * 3_600_000) {
    throw DomainException.invalid(
      [{ field: 'endsAt', message: `un créneau dure au plus ${MAX_SHIFT_HOURS} h` }],
      'SHIFT_TOO_LONG',
    );
  }
  return { startsAt: start, endsAt: end };
}

/** « Planning publié du 15/06 au 21/06 : … ». */
function publishedPeriod(days: readonly string[]): DomainException {
  const first = formatDateFr(days[0]).slice(0, 5);
  const last = formatDateFr(days[days.length - 1]).slice(0, 5);
  const when = days.length === 1 ? `le ${first}` : `du ${first} au ${last}`;
  return new DomainException(
    'PERIOD_PUBLISHED',
    `Planning publié ${when} : les créneaux ne sont plus générés sur une période publiée. ` +
      'Ajoutez un créneau à la main si besoin.',
  );
}

function archivedType(field: string, label: string): DomainException {
  const message = `le type « ${label} » est archivé`;
  return new DomainException(
    'RULE_VIOLATION',
    `Le type de créneau « ${label} » est archivé : il n’est plus généré ni proposé. Réactivez-le d’abord.`,
    { errors: [{ field, message }] },
  );
}

/**
 * School-day types on days the school calendar does not know: nothing was generated there,
 * and the chief is told why rather than left to find the gap.
 */
function unknownSchoolDays(
  types: readonly ShiftType[],
  calendar: Parameters<typeof schoolCalendarSpan>[0],
  from: string,
  to: string,
): string[] {
  const schoolTypes = types.filter((type) => type.schoolDaysOnly);
  if (schoolTypes.length === 0) return [];
  const span = schoolCalendarSpan(calendar);
  const unknown = eachDay(from, to).filter((day) => !span || day < span.from || day > span.to);
  if (unknown.length === 0) return [];
  const labels = schoolTypes.map((type) => `« ${type.label} »`).join(', ');
  const when =
    unknown.length === 1
      ? `le ${formatDateFr(unknown[0])}`
      : `du ${formatDateFr(unknown[0])} au ${formatDateFr(unknown[unknown.length - 1])}`;
  return [
    `Calendrier scolaire inconnu ${when} : ${labels} n’y a pas été généré. ` +
      'Mettez à jour le calendrier scolaire.',
  ];
}

function unknownReference(field: string, message: string): DomainException {
  return new DomainException('UNKNOWN_REFERENCE', `Référence inconnue : ${message}.`, {
    errors: [{ field, message }],
  });
}

/** A shift's place in the list: its start (milliseconds, as loaded) then its id. */
function keyOf(shift: Shift): [number, string] {
  return [shift.startsAt.getTime(), shift.id];
}

/** Code-point order of ids (not the locale's), the same for sorting and for cursors. */
function compareShiftKeys([aStart, aId]: [number, string], [bStart, bId]: [number, string]): number {
  return aStart - bStart || (aId < bId ? -1 : aId > bId ? 1 : 0);
}
