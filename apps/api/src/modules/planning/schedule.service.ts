import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  CalendarLinkResponse,
  localDateOf,
  PageQueryDto,
  PeriodQueryDto,
  RosterChangePageResponse,
  ScheduleResponse,
} from '@vigie/shared';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { DataSource, IsNull } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { allowed, AuthenticatedUser, requireOwnOr } from '../../common/auth/authenticated-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, invalidCursor, pageSize, toPage } from '../../common/http/cursor';
import { inService } from '../../common/tenancy/tenant';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AgentsRepository } from '../agents/agents.repository';
import { AbsencesService } from './absences.service';
import { CalendarToken } from './calendar-token.entity';
import { toShiftResponse } from './planning.mapper';
import { RosterRepository, shiftLabel } from './roster.repository';
import { RosterChange } from './roster-change.entity';
import { checkPeriod, publishedDays } from './roster-period';

const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 120;

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class ScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly absences: AbsencesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rosters: RosterRepository,
    private readonly agents: AgentsRepository,
  ) {}

  /** An agent's shifts and absences; he sees his published days only, the chief and supervisors all. */
  async schedule(
    agentId: string,
    period: PeriodQueryDto,
    caller: AuthenticatedUser,
  ): Promise<ScheduleResponse> {
    const { from, to } = checkPeriod(period);
    const manager = this.dataSource.manager;
    requireOwnOr(caller, 'readAnySchedule', agentId);
    const editor = allowed(caller, 'readDraftRoster');
    if (!(await this.agents.exists(agentId, manager))) throw DomainException.notFound('Agent');
    const loaded = await this.rosters.load(manager, { from, to, agentIds: [agentId] });
    const published = await publishedDays(manager, from, to);
    const zone = this.config.ruleSet.timeZone;
    const me = loaded.input.agents.find((agent) => agent.id === agentId);
    const shifts = loaded.shifts
      .filter((shift) => {
        const day = localDateOf(shift.startsAt, zone);
        return day >= from && day <= to && (editor || published.has(day));
      })
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((shift) =>
        toShiftResponse(shift, {
          type: loaded.types.get(shift.shiftTypeId),
          assigned: me ? [me] : [],
          published: published.has(localDateOf(shift.startsAt, zone)),
          ruleSet: this.config.ruleSet,
        }),
      );
    const absences = await this.absences.ofAgent(agentId, from, to, editor ? caller : { ...caller, agentId });
    return { agentId, from, to, shifts, absences };
  }

  /** A new private address for the agent's calendar feed; the previous one stops working. */
  async newCalendarLink(
    agentId: string,
    caller: AuthenticatedUser,
    baseUrl: string,
  ): Promise<CalendarLinkResponse> {
    requireOwnOr(caller, 'anyCalendarLink', agentId);
    if (!(await this.agents.exists(agentId))) throw DomainException.notFound('Agent');
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(CalendarToken, { agentId, tokenHash: hash(token), createdAt: new Date() }, [
        'agentId',
      ]);
      await this.audit.record(
        { actor: caller, action: 'NEW_CALENDAR_LINK', entity: 'agent', entityId: agentId },
        manager,
      );
    });
    return { url: `${baseUrl}/api/calendar/${token}.ics` };
  }

  /**
   * The iCalendar feed (RFC 5545, with the VTIMEZONE of the rule set's zone) of an agent's published shifts, from a
   * month back to four months ahead. Unknown or revoked token: null (404).
   */
  async feed(token: string): Promise<string | null> {
    if (!/^[\w-]{20,64}$/.test(token)) return null;
    // No one is signed in: the token itself says whose service it is (the owner's function).
    const [owner] = await this.dataSource.query<{ service_id: string | null }[]>(
      'SELECT vigie_calendar_token_service($1) AS service_id',
      [hash(token)],
    );
    if (!owner?.service_id) return null;
    return inService(owner.service_id, () => this.feedOf(token));
  }

  private async feedOf(token: string): Promise<string | null> {
    const manager = this.dataSource.manager;
    const link = await manager.findOneBy(CalendarToken, { tokenHash: hash(token) });
    if (!link) return null;
    const agent = await this.agents.byId(link.agentId, manager);
    if (!agent) return null;
    const today = this.clock.today();
    const from = addDays(today, -FEED_PAST_DAYS);
    const to = addDays(today, FEED_FUTURE_DAYS);
    const loaded = await this.rosters.load(manager, { from, to, agentIds: [agent.id] });
    const published = await publishedDays(manager, from, to);
    const zone = this.config.ruleSet.timeZone;
    const calendar = ical({
      name: `Vigie — planning de ${agent.firstName} ${agent.lastName}`,
      prodId: { company: 'Vigie', product: 'planning', language: 'FR' },
      method: ICalCalendarMethod.PUBLISH,
      timezone: { name: zone, generator: (tz: string) => tzlib_get_ical_block(tz)[0] },
      ttl: 3600,
    });
    const stamp = DateTime.fromJSDate(this.clock.now(), { zone: 'utc' });
    for (const shift of loaded.shifts) {
      const day = localDateOf(shift.startsAt, zone);
      if (day < from || day > to || !published.has(day)) continue;
      calendar.createEvent({
        id: `${shift.id}@vigie`,
        start: DateTime.fromJSDate(shift.startsAt),
        end: DateTime.fromJSDate(shift.endsAt),
        timezone: zone,
        stamp,
        summary: shiftLabel(shift, loaded.types.get(shift.shiftTypeId)),
        description: 'Police municipale de Lomme — planning publié',
      });
    }
    // ical-generator writes DTSTAMP in the calendar's zone; RFC 5545 wants it in UTC.
    return calendar
      .toString()
      .replace(/^DTSTAMP:\d{8}T\d{6}\r$/gm, `DTSTAMP:${stamp.toFormat("yyyyLLdd'T'HHmmss")}Z\r`);
  }

  /** Changes to the caller's published shifts, most recent first. */
  /** Latest first: by id, which the database hands out in the order the changes were written. */
  async changes(query: PageQueryDto, caller: AuthenticatedUser): Promise<RosterChangePageResponse> {
    // A bigint id, kept as text: beyond a JS number's exact range it would lose digits.
    const [before] = query.cursor ? decodeCursor(query.cursor, ['string']) : [];
    if (before !== undefined && !/^[1-9]\d{0,17}$/.test(String(before))) throw invalidCursor();
    if (!caller.agentId) return { items: [], nextCursor: null };
    const limit = pageSize(query.limit);
    const changes = await this.rosters.changesOf(
      this.dataSource.manager,
      caller.agentId,
      limit + 1,
      before === undefined ? undefined : String(before),
    );
    return toPage(
      changes,
      limit,
      (change) => ({
        id: change.id,
        at: change.at.toISOString(),
        action: change.action,
        summary: change.summary,
        by: change.byLogin,
        read: change.readAt !== null,
      }),
      (change) => [change.id],
    );
  }

  async markChangesRead(caller: AuthenticatedUser): Promise<void> {
    if (!caller.agentId) return;
    await this.dataSource
      .getRepository(RosterChange)
      .update({ agentId: caller.agentId, readAt: IsNull() }, { readAt: new Date() });
  }
}
