import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CalendarLinkResponse,
  PageQueryDto,
  PeriodQueryDto,
  RosterChangePageResponse,
  ScheduleResponse,
} from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';

import { CurrentUser, Public, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { ScheduleService } from './schedule.service';

@ApiTags('planning')
@Controller()
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  /** The agent's shifts and absences; the agent himself sees published days only. */
  @SignedIn()
  @Get('agents/:id/schedule')
  @Roles(...ACCESS.readSchedule)
  agentSchedule(
    @Param('id', new UuidParam('Agent')) id: string,
    @Query() period: PeriodQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<ScheduleResponse> {
    return this.schedule.schedule(id, period, caller);
  }

  /** A new private address of the agent's calendar feed; the previous one stops working. */
  @SignedIn()
  @Post('agents/:id/calendar-token')
  @Roles(...ACCESS.calendarLink)
  newCalendarLink(
    @Param('id', new UuidParam('Agent')) id: string,
    @CurrentUser() caller: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<CalendarLinkResponse> {
    return this.schedule.newCalendarLink(id, caller, `${request.protocol}://${request.host}`);
  }

  /** The iCalendar feed of an agent's published shifts, for his phone (no sign-in: the address is the key). */
  @Public()
  @Get('calendar/:file')
  @ApiProduces('text/calendar')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const body = await this.schedule.feed(token);
    if (body === null) throw DomainException.notFound('Calendrier');
    await reply
      .header('Cache-Control', 'private, max-age=300')
      .header('Content-Disposition', 'inline; filename="vigie.ics"')
      .type('text/calendar; charset=utf-8')
      .send(body);
  }

  /** Changes to my published shifts, most recent first, in pages (`?limit=&cursor=`). */
  @SignedIn()
  @Get('me/roster-changes')
  myChanges(
    @Query() query: PageQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<RosterChangePageResponse> {
    return this.schedule.changes(query, caller);
  }

  @SignedIn()
  @Post('me/roster-changes/read')
  @HttpCode(204)
  @ApiNoContentResponse()
  markRead(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    return this.schedule.markChangesRead(caller);
  }
}
