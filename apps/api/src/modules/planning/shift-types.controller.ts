import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CreateShiftTypeDto,
  PageQueryDto,
  ShiftTypePageResponse,
  ShiftTypeResponse,
  UpdateShiftTypeDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { ShiftTypesService } from './shift-types.service';

@ApiTags('planning')
@SignedIn()
@Controller('shift-types')
export class ShiftTypesController {
  constructor(private readonly types: ShiftTypesService) {}

  /** By start time, in pages (`?limit=&cursor=`). */
  @Get()
  @Roles(...ACCESS.readPlanning)
  list(@Query() query: PageQueryDto): Promise<ShiftTypePageResponse> {
    return this.types.list(query);
  }

  @Post()
  @Roles(...ACCESS.editPlanning)
  create(
    @Body() dto: CreateShiftTypeDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ShiftTypeResponse> {
    return this.types.create(dto, actor);
  }

  @Patch(':id')
  @Roles(...ACCESS.editPlanning)
  update(
    @Param('id', new UuidParam('Type de créneau')) id: string,
    @Body() dto: UpdateShiftTypeDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ShiftTypeResponse> {
    return this.types.update(id, dto, actor);
  }
}
