import { Body, Controller, Get, Injectable, Param, Patch, PipeTransform, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import {
  ACCESS,
  CreateQuartierDto,
  QUARTIER_CODE_PATTERN,
  QuartierResponse,
  TerritoryResponse,
  UpdateQuartierDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { DomainException } from '../../common/errors/domain.exception';
import { TerritoryService } from './territory.service';

/** `:code`: a malformed code is a quartier the service does not have (404). */
@Injectable()
class QuartierCodeParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!QUARTIER_CODE_PATTERN.test(value)) throw DomainException.notFound('Quartier');
    return value;
  }
}

@ApiTags('services')
@SignedIn()
@Controller('territory')
export class TerritoryController {
  constructor(private readonly territory: TerritoryService) {}

  /** The current service's quartiers (in order, retired ones marked) and area; every member reads them. */
  @Get()
  read(): Promise<TerritoryResponse> {
    return this.territory.territory();
  }

  /** Adds a quartier at the end of the list (its code is made from its label). */
  @Post('quartiers')
  @Roles(...ACCESS.manageTerritory)
  @ApiConflictResponse({ description: 'The service already has a quartier of that name' })
  @ApiUnprocessableEntityResponse({ description: 'The service already has its maximum of quartiers' })
  add(@Body() dto: CreateQuartierDto, @CurrentUser() actor: AuthenticatedUser): Promise<QuartierResponse> {
    return this.territory.add(dto, actor);
  }

  /** Renames, retires or brings back a quartier; entries and cameras filed under it keep it. */
  @Patch('quartiers/:code')
  @Roles(...ACCESS.manageTerritory)
  @ApiConflictResponse({ description: 'The service already has a quartier of that name' })
  @ApiUnprocessableEntityResponse({ description: 'The last quartier in service cannot be retired' })
  update(
    @Param('code', QuartierCodeParam) code: string,
    @Body() dto: UpdateQuartierDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<QuartierResponse> {
    return this.territory.update(code, dto, actor);
  }
}
