import { Body, Controller, Get, Header, Param, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  PageQueryDto,
  PayrollExportQueryDto,
  RecordWorkedDto,
  SetTimeCountingDto,
  SetTimeOpeningDto,
  TimeAccountListQueryDto,
  TimeAccountQueryDto,
  TimeAccountResponse,
  TimeAccountSummaryPageResponse,
  WorkedTimePageResponse,
  WorkedTimeResponse,
} from '@vigie/shared';
import { FastifyReply } from 'fastify';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { PayrollExport } from './payroll-export';
import { TimeAccountsService } from './time-accounts.service';

@ApiTags('time-accounts')
@SignedIn()
@Controller()
export class TimeAccountsController {
  constructor(
    private readonly accounts: TimeAccountsService,
    private readonly payroll: PayrollExport,
  ) {}

  /** The agent's account for a civil year (`?year=`, the current one by default): his own, or anybody's for CHIEF, SUPERVISOR, HR. */
  @Get('agents/:id/time-account')
  @Roles(...ACCESS.readTimeAccounts)
  account(
    @Param('id', new UuidParam('Agent')) id: string,
    @Query() query: TimeAccountQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    return this.accounts.account(id, query, caller);
  }

  /** Everybody's accounts of the year, those drifting most from their due hours first, in pages (`?limit=&cursor=`). */
  @Get('time-accounts')
  @Roles(...ACCESS.readAnyTimeAccount)
  list(
    @Query() query: TimeAccountListQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<TimeAccountSummaryPageResponse> {
    return this.accounts.list(query, caller);
  }

  /** The month's payroll: UTF-8 CSV with BOM, `;` separated, decimal comma (French Excel), one line per agent. */
  @Get('time-accounts/export.csv')
  @Roles(...ACCESS.exportPayroll)
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(@Query() query: PayrollExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const stream = await this.payroll.csv(query.month);
    await reply
      .header('Content-Disposition', `attachment; filename="paie-${query.month}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(stream);
  }

  /** How the agent's hours are counted: the roster, or a fixed week (days, hours a day); audited with the reason. */
  @Put('agents/:id/time-counting')
  @Roles(...ACCESS.manageTimeAccounts)
  setCounting(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: SetTimeCountingDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    return this.accounts.setCounting(id, dto, actor);
  }

  /** The balance carried into the agent's account of a year at its opening (hours, leave and RTT taken); audited. */
  @Put('agents/:id/time-account/opening')
  @Roles(...ACCESS.manageTimeAccounts)
  @ApiConflictResponse({ description: 'Changed meanwhile by someone else (version)' })
  setOpening(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: SetTimeOpeningDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<TimeAccountResponse> {
    return this.accounts.setOpening(id, dto, actor);
  }

  /** Records or corrects what the agent worked on a shift of a day begun; an agent not on it was recalled. */
  @Put('shifts/:id/worked/:agentId')
  @Roles(...ACCESS.recordWorked)
  @ApiConflictResponse({ description: 'Recorded meanwhile by someone else (version)' })
  record(
    @Param('id', new UuidParam('Service')) id: string,
    @Param('agentId', new UuidParam('Agent')) agentId: string,
    @Body() dto: RecordWorkedDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<WorkedTimeResponse> {
    return this.accounts.record(id, agentId, dto, actor);
  }

  /** The worked records of a shift, earliest first, in pages (`?limit=&cursor=`; one page in practice). */
  @Get('shifts/:id/worked')
  @Roles(...ACCESS.recordWorked)
  ofShift(
    @Param('id', new UuidParam('Service')) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WorkedTimePageResponse> {
    return this.accounts.ofShift(id, query);
  }

  /** The agent's worked records of a year, latest first, in pages: he sees the corrections and their reasons. */
  @Get('agents/:id/worked')
  @Roles(...ACCESS.readTimeAccounts)
  ofAgent(
    @Param('id', new UuidParam('Agent')) id: string,
    @Query() query: TimeAccountListQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<WorkedTimePageResponse> {
    return this.accounts.ofAgent(id, query, caller);
  }
}
