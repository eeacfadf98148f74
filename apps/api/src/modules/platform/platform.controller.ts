import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommuneQueryDto,
  CommuneSearchResponse,
  CreateServiceDto,
  PageQueryDto,
  ServiceListResponse,
  ServiceResponse,
} from '@vigie/shared';

import { CurrentUser, PlatformOnly, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { PlatformService } from './platform.service';

/** The platform's accounts open services; they read none of a service's data. */
@ApiTags('platform')
@SignedIn()
@PlatformOnly()
@Controller('platform')
export class PlatformController {
  constructor(private readonly platform: PlatformService) {}

  /** The services by name (`?limit=&cursor=`): name, kind and communes, nothing they hold. */
  @Get('services')
  services(@Query() query: PageQueryDto): Promise<ServiceListResponse> {
    return this.platform.services(query);
  }

  /**
   * Opens a service for a commune (or communes pooling their police) with its first chief's
   * account. 400 for a commune not in the official list, 409 for a name or login taken.
   */
  @Post('services')
  create(@Body() dto: CreateServiceDto, @CurrentUser() actor: AuthenticatedUser): Promise<ServiceResponse> {
    return this.platform.create(dto, actor);
  }

  /** Communes of the official list whose name starts with (or has a word starting with) `q`. */
  @Get('communes')
  communes(@Query() query: CommuneQueryDto): CommuneSearchResponse {
    return this.platform.communes(query.q);
  }
}
