import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  ACCESS,
  CreateFootageRequestDto,
  FootageQueryDto,
  FootageRequestPageResponse,
  FootageRequestResponse,
  FootageStatusDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { FootageRequestsService } from './footage-requests.service';

@ApiTags('video')
@SignedIn()
@Roles(...ACCESS.manageFootage)
@Controller('footage-requests')
export class FootageRequestsController {
  constructor(private readonly requests: FootageRequestsService) {}

  /** Most urgent first (waiting for extraction, nearest overwrite first), each with `overwriteAt`; in pages. */
  @Get()
  list(@Query() query: FootageQueryDto): Promise<FootageRequestPageResponse> {
    return this.requests.list(query);
  }

  /** One request with its register (who did what, when); every read is journaled. */
  @Get(':id')
  get(
    @Param('id', new UuidParam('Réquisition')) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<FootageRequestResponse> {
    return this.requests.get(id, caller);
  }

  /** A window of at most 24 h whose images are not overwritten yet (else 422). */
  @Post()
  @ApiUnprocessableEntityResponse({ description: 'images already overwritten, or camera not installed' })
  create(
    @Body() dto: CreateFootageRequestDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<FootageRequestResponse> {
    return this.requests.create(dto, actor);
  }

  /** REQUESTED → EXTRACTED (by a designated video operator) → DELIVERED (to whom), or REFUSED. */
  @Post(':id/status')
  @HttpCode(200)
  @ApiUnprocessableEntityResponse({
    description: 'transition not allowed, images overwritten, operator not designated',
  })
  changeStatus(
    @Param('id', new UuidParam('Réquisition')) id: string,
    @Body() dto: FootageStatusDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<FootageRequestResponse> {
    return this.requests.changeStatus(id, dto, actor);
  }
}
