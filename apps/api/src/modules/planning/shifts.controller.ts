import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  ACCESS,
  CreateShiftDto,
  GenerateShiftsDto,
  GenerateShiftsResponse,
  ShiftChangeQueryDto,
  ShiftPageResponse,
  ShiftQueryDto,
  ShiftResponse,
  UpdateShiftDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { ShiftsService } from './shifts.service';

@ApiTags('planning')
@SignedIn()
@Controller('shifts')
export class ShiftsController {
  constructor(private readonly shifts: ShiftsService) {}

  /**
   * Shifts of the period with their assignments and coverage, by start then id, in pages
   * (`?limit=&cursor=`); an AGENT sees published days only.
   */
  @Get()
  @Roles(...ACCESS.readPlanning)
  list(@Query() query: ShiftQueryDto, @CurrentUser() caller: AuthenticatedUser): Promise<ShiftPageResponse> {
    return this.shifts.list(query, caller);
  }

  /** A shift of a type, or an event shift with its own label and needs (they default to the type's). */
  @Post()
  @Roles(...ACCESS.editPlanning)
  create(@Body() dto: CreateShiftDto, @CurrentUser() actor: AuthenticatedUser): Promise<ShiftResponse> {
    return this.shifts.create(dto, actor);
  }

  /**
   * The shifts of the active types for every day of the period (existing ones are kept), with how
   * many were created and how many were there already; 409 on a published day.
   */
  @Post('generate')
  @Roles(...ACCESS.editPlanning)
  @ApiConflictResponse({ description: 'La période est publiée : les créneaux n’y sont plus générés' })
  generate(
    @Body() dto: GenerateShiftsDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<GenerateShiftsResponse> {
    return this.shifts.generate(dto, actor);
  }

  /**
   * New times move the assignments with the shift: each agent is checked again (422 naming the
   * rule), and a move that touches agents needs `?confirm=true` (409 SHIFT_HAS_AGENTS naming
   * them otherwise); each is then told in « Mon planning ».
   */
  @Patch(':id')
  @Roles(...ACCESS.editPlanning)
  @ApiConflictResponse({
    description: 'Des agents sont affectés à ce créneau : confirmez le changement d’horaires (?confirm=true)',
  })
  @ApiUnprocessableEntityResponse({ description: 'Le déplacement enfreint une règle pour un agent affecté' })
  update(
    @Param('id', new UuidParam('Créneau')) id: string,
    @Body() dto: UpdateShiftDto,
    @Query() query: ShiftChangeQueryDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ShiftResponse> {
    return this.shifts.update(id, dto, actor, query.confirm);
  }

  /**
   * A shift agents are on is deleted with `?confirm=true` only (409 SHIFT_HAS_AGENTS naming them
   * otherwise); each is then told it is cancelled, in a published period or not.
   */
  @Delete(':id')
  @Roles(...ACCESS.editPlanning)
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({
    description: 'Des agents sont affectés à ce créneau : confirmez la suppression (?confirm=true)',
  })
  remove(
    @Param('id', new UuidParam('Créneau')) id: string,
    @Query() query: ShiftChangeQueryDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<void> {
    return this.shifts.remove(id, actor, query.confirm);
  }

  /** Assigns an agent under the working-time rules: 409 (overlap) or 422 with `violations`. */
  @Put(':id/assignments/:agentId')
  @Roles(...ACCESS.editPlanning)
  @ApiConflictResponse({ description: 'L’agent est déjà affecté sur un créneau qui chevauche' })
  @ApiUnprocessableEntityResponse({ description: 'Une règle de temps de travail serait enfreinte' })
  assign(
    @Param('id', new UuidParam('Créneau')) id: string,
    @Param('agentId', new UuidParam('Agent')) agentId: string,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ShiftResponse> {
    return this.shifts.assign(id, agentId, actor);
  }

  @Delete(':id/assignments/:agentId')
  @Roles(...ACCESS.editPlanning)
  @HttpCode(204)
  @ApiNoContentResponse()
  unassign(
    @Param('id', new UuidParam('Créneau')) id: string,
    @Param('agentId', new UuidParam('Agent')) agentId: string,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<void> {
    return this.shifts.unassign(id, agentId, actor);
  }
}
