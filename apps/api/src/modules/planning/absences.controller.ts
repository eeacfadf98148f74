import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AbsenceDecisionDto,
  AbsencePageResponse,
  AbsenceQueryDto,
  AbsenceResponse,
  ACCESS,
  CreateAbsenceDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { AbsencesService } from './absences.service';

@ApiTags('planning')
@SignedIn()
@Controller('absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  /** CHIEF and SUPERVISOR see every absence; an AGENT his own. Latest first, in pages (`?limit=&cursor=`). */
  @Get()
  @Roles(...ACCESS.readAbsences)
  list(
    @Query() query: AbsenceQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AbsencePageResponse> {
    return this.absences.list(query, caller);
  }

  /** An AGENT requests his own; the CHIEF records one approved directly (conflicts returned). */
  @Post()
  @Roles(...ACCESS.requestAbsence)
  create(@Body() dto: CreateAbsenceDto, @CurrentUser() caller: AuthenticatedUser): Promise<AbsenceResponse> {
    return this.absences.create(dto, caller);
  }

  /** Approves or rejects a request; an approval lists the assignments to resolve in `conflicts`. */
  @Post(':id/decision')
  @Roles(...ACCESS.decideAbsence)
  @HttpCode(200)
  decide(
    @Param('id', new UuidParam('Absence')) id: string,
    @Body() dto: AbsenceDecisionDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<AbsenceResponse> {
    return this.absences.decide(id, dto, actor);
  }
}
