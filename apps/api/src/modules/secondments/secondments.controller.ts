import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CreateSecondmentDto,
  SecondmentListResponse,
  SecondmentQueryDto,
  SecondmentResponse,
  ServiceNameListResponse,
  ServiceNameQueryDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { SecondmentsService } from './secondments.service';

@ApiTags('agents')
@SignedIn()
@Controller('secondments')
export class SecondmentsController {
  constructor(private readonly secondments: SecondmentsService) {}

  /** The service's agents at another's disposal, and other services' agents at its own (`?agentId=`: one agent's). */
  @Get()
  @Roles(...ACCESS.readSecondments)
  list(@Query() query: SecondmentQueryDto): Promise<SecondmentListResponse> {
    return this.secondments.list(query);
  }

  /** The other services an agent may be put at the disposal of, by name (`?q=` narrows; 20 at most). */
  @Get('hosts')
  @Roles(...ACCESS.manageSecondments)
  hosts(@Query() query: ServiceNameQueryDto): Promise<ServiceNameListResponse> {
    return this.secondments.hosts(query.q);
  }

  /** Puts one of the service's agents at another service's disposal for a period (CSI L512-1). */
  @Post()
  @Roles(...ACCESS.manageSecondments)
  @ApiConflictResponse({ description: 'Already at that service’s disposal on some of those days' })
  create(
    @Body() dto: CreateSecondmentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<SecondmentResponse> {
    return this.secondments.create(dto, actor);
  }

  /** Withdraws it; refused (409) once the host has rostered him within its dates. */
  @Delete(':id')
  @HttpCode(204)
  @Roles(...ACCESS.manageSecondments)
  @ApiConflictResponse({ description: 'The host service has rostered him within its dates' })
  remove(
    @Param('id', new UuidParam('Mise à disposition')) id: string,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<void> {
    return this.secondments.remove(id, actor);
  }
}
