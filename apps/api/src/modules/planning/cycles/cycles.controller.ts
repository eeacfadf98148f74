import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  ACCESS,
  CreateCycleDto,
  CyclePageResponse,
  CycleResponse,
  CycleRolloutResponse,
  PageQueryDto,
  RolloutCycleDto,
  UpdateCycleDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { UuidParam } from '../../../common/http/parse-uuid.pipe';
import { CyclesService } from './cycles.service';

@ApiTags('planning')
@SignedIn()
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  /** By name, in pages (`?limit=&cursor=`). */
  @Get()
  @Roles(...ACCESS.manageCycles)
  list(@Query() query: PageQueryDto): Promise<CyclePageResponse> {
    return this.cycles.list(query);
  }

  @Post()
  @Roles(...ACCESS.manageCycles)
  create(@Body() dto: CreateCycleDto, @CurrentUser() actor: AuthenticatedUser): Promise<CycleResponse> {
    return this.cycles.create(dto, actor);
  }

  @Patch(':id')
  @Roles(...ACCESS.manageCycles)
  update(
    @Param('id', new UuidParam('Cycle')) id: string,
    @Body() dto: UpdateCycleDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<CycleResponse> {
    return this.cycles.update(id, dto, actor);
  }

  /**
   * Writes the cycle's days of the period (at most 6 months) into the draft roster, each through
   * the rules of any assignment; what it cannot place is listed in `skipped` with the reasons.
   */
  @Post(':id/rollout')
  @HttpCode(200)
  @Roles(...ACCESS.manageCycles)
  @ApiUnprocessableEntityResponse({ description: 'No agent to roll the cycle out to' })
  rollout(
    @Param('id', new UuidParam('Cycle')) id: string,
    @Body() dto: RolloutCycleDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<CycleRolloutResponse> {
    return this.cycles.rollout(id, dto, actor);
  }
}
