import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  ACCESS,
  PeriodQueryDto,
  PlanResponse,
  PlanRosterDto,
  PublicationPageResponse,
  PublicationQueryDto,
  PublicationResponse,
  PublishRosterDto,
  RosterCheckResponse,
  RosterInput,
} from '@vigie/shared';
import { FastifyReply } from 'fastify';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PlannerService } from './planner/planner.service';
import { RosterService } from './roster.service';

@ApiTags('planning')
@SignedIn()
@Controller('roster')
export class RosterController {
  constructor(
    private readonly roster: RosterService,
    private readonly planner: PlannerService,
  ) {}

  /**
   * Proposes assignments for the period's unpublished shifts (kept: those already made): no
   * hard rule broken, coverage first, then fairness; solved by HiGHS within its time limit.
   * `apply: true` writes them to the draft in one transaction.
   */
  @Post('plan')
  @Roles(...ACCESS.editPlanning)
  @HttpCode(200)
  plan(@Body() dto: PlanRosterDto, @CurrentUser() actor: AuthenticatedUser): Promise<PlanResponse> {
    return this.planner.plan(dto, actor);
  }

  /** Every violation (hard) and warning (soft) of the period, in French. */
  @Get('check')
  @Roles(...ACCESS.editPlanning)
  check(@Query() period: PeriodQueryDto): Promise<RosterCheckResponse> {
    return this.roster.check(period);
  }

  /** The rules engine's input for the period (agents, shifts with 11 weeks of history, absences, rule set). */
  @Get('context')
  @Roles(...ACCESS.editPlanning)
  @ApiOkResponse({ description: 'RosterInput of libs/shared/src/planning/roster.types.ts' })
  context(@Query() period: PeriodQueryDto): Promise<RosterInput> {
    return this.roster.context(period);
  }

  /** Publishes a period to the agents; 422 with `violations` while hard ones remain. */
  @Post('publish')
  @Roles(...ACCESS.publishRoster)
  @HttpCode(200)
  @ApiUnprocessableEntityResponse({ description: 'Des règles dures sont encore enfreintes' })
  publish(
    @Body() dto: PublishRosterDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<PublicationResponse> {
    return this.roster.publish(dto, actor);
  }

  /** The publications overlapping the period, latest first, in pages (`?limit=&cursor=`). */
  @Get('publications')
  @Roles(...ACCESS.readPlanning)
  publications(@Query() query: PublicationQueryDto): Promise<PublicationPageResponse> {
    return this.roster.publications(query);
  }

  /** UTF-8 CSV with BOM, `;` separated: date, times, shift, agent. */
  @Get('export.csv')
  @Roles(...ACCESS.editPlanning)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(@Query() period: PeriodQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const stream = await this.roster.exportCsv(period);
    await reply
      .header('Content-Disposition', `attachment; filename="planning-${period.from}-${period.to}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(stream);
  }
}
