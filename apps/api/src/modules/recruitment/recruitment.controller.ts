import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  ACCESS,
  CreateRecruitmentDto,
  RecordMilestoneDto,
  RecruitmentPageResponse,
  RecruitmentQueryDto,
  RecruitmentResponse,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { RecruitmentService } from './recruitment.service';

@ApiTags('recruitment')
@SignedIn()
@Roles(...ACCESS.manageRecruitment)
@Controller('recruitments')
export class RecruitmentController {
  constructor(private readonly recruitments: RecruitmentService) {}

  /** Recruitments, most recent first, with their milestones, expected operational date and stalled flag. */
  @Get()
  list(@Query() query: RecruitmentQueryDto): Promise<RecruitmentPageResponse> {
    return this.recruitments.list(query);
  }

  /** Opens a recruitment with its APPLICATION recorded. */
  @Post()
  create(
    @Body() dto: CreateRecruitmentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<RecruitmentResponse> {
    return this.recruitments.create(dto, actor);
  }

  @Get(':id')
  get(
    @Param('id', new UuidParam('Recrutement')) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<RecruitmentResponse> {
    return this.recruitments.get(id, caller);
  }

  /** Records the next milestone, or an exit (WITHDRAWN / REJECTED with a reason). */
  @Post(':id/milestones')
  @HttpCode(201)
  @ApiUnprocessableEntityResponse({
    description: 'Étape refusée : route, prérequis, date ou recrutement clos',
  })
  recordMilestone(
    @Param('id', new UuidParam('Recrutement')) id: string,
    @Body() dto: RecordMilestoneDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<RecruitmentResponse> {
    return this.recruitments.recordMilestone(id, dto, actor);
  }
}
