import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CreateDerogationDto,
  DerogationPageResponse,
  DerogationQueryDto,
  DerogationResponse,
  RevokeDerogationDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { UuidParam } from '../../../common/http/parse-uuid.pipe';
import { DerogationsService } from './derogations.service';

@ApiTags('planning')
@SignedIn()
@Controller('derogations')
export class DerogationsController {
  constructor(private readonly derogations: DerogationsService) {}

  /** Latest first, in pages (`?limit=&cursor=`); `from`/`to` keep those covering a day of the period, `active` those in force (or revoked). */
  @Get()
  @Roles(...ACCESS.readDerogations)
  list(@Query() query: DerogationQueryDto): Promise<DerogationPageResponse> {
    return this.derogations.list(query);
  }

  @Get(':id')
  @Roles(...ACCESS.readDerogations)
  get(@Param('id', new UuidParam('Dérogation')) id: string): Promise<DerogationResponse> {
    return this.derogations.get(id);
  }

  /** Records a derogation decided under décret 2000-815 art. 3 II; the roster check applies it at once. */
  @Post()
  @Roles(...ACCESS.manageDerogations)
  create(
    @Body() dto: CreateDerogationDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<DerogationResponse> {
    return this.derogations.create(dto, actor);
  }

  /** Stops applying it; the record stays, with who revoked it and why. */
  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(...ACCESS.manageDerogations)
  @ApiConflictResponse({ description: 'Revoked already, or changed meanwhile (version)' })
  revoke(
    @Param('id', new UuidParam('Dérogation')) id: string,
    @Body() dto: RevokeDerogationDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<DerogationResponse> {
    return this.derogations.revoke(id, dto, actor);
  }
}
