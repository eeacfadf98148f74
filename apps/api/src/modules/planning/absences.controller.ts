import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AbsenceDecisionDto,
  AbsencePageResponse,
  AbsenceQueryDto,
  AbsenceResponse,
  ACCESS,
  CreateAbsenceDto,
} from '@vigie/shared';
import { FastifyReply } from 'fastify';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { IDEMPOTENCY_HEADER, IdempotencyKeyHeader, sendCreated } from '../../common/idempotency/idempotency';
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

  /**
   * An AGENT requests his own; the CHIEF records one approved directly (conflicts returned). With
   * an `Idempotency-Key`, a retry answers the absence the key recorded (200).
   */
  @Post()
  @Roles(...ACCESS.requestAbsence)
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: AbsenceResponse })
  @ApiOkResponse({ type: AbsenceResponse, description: 'Déjà enregistrée avec cette clé' })
  async create(
    @Body() dto: CreateAbsenceDto,
    @CurrentUser() caller: AuthenticatedUser,
    @IdempotencyKeyHeader() key: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendCreated(reply, await this.absences.create(dto, caller, key));
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
