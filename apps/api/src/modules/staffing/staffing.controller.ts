import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  ForecastQueryDto,
  ForecastResponse,
  HeadcountQueryDto,
  HeadcountResponse,
  PageQueryDto,
  StaffingTargetDto,
  StaffingTargetPageResponse,
  StaffingTargetResponse,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { arrayBodyPipe } from '../../common/http/validation.pipe';
import { StaffingService } from './staffing.service';

@ApiTags('staffing')
@SignedIn()
@Controller('staffing')
export class StaffingController {
  constructor(private readonly staffing: StaffingService) {}

  /** The dated target series (e.g. 23 by 2025-12-31), by date, in pages (`?limit=&cursor=`). */
  @Get('targets')
  @Roles(...ACCESS.readTargets)
  targets(@Query() query: PageQueryDto): Promise<StaffingTargetPageResponse> {
    return this.staffing.targets(query);
  }

  /** Replaces the series: dates unique, headcount 0 to 500. */
  @Put('targets')
  @Roles(...ACCESS.writeStaffing)
  @ApiBody({ type: StaffingTargetDto, isArray: true })
  replaceTargets(
    @Body(arrayBodyPipe(StaffingTargetDto, 100)) series: StaffingTargetDto[],
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<StaffingTargetResponse[]> {
    return this.staffing.replaceTargets(series, actor);
  }

  @Get('headcount')
  @Roles(...ACCESS.readHeadcount)
  headcount(@Query() query: HeadcountQueryDto): Promise<HeadcountResponse> {
    return this.staffing.headcount(query.at);
  }

  /** Month by month projection of operational headcount (default 18 months). */
  @Get('forecast')
  @Roles(...ACCESS.readForecast)
  forecast(@Query() query: ForecastQueryDto): Promise<ForecastResponse> {
    return this.staffing.forecast(query.months);
  }
}
