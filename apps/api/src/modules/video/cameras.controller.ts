import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CameraPageResponse,
  CameraQueryDto,
  CameraResponse,
  CreateCameraDto,
  DeploymentResponse,
  ReplaceCameraPlanDto,
  UpdateCameraDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { CamerasService } from './cameras.service';

@ApiTags('video')
@SignedIn()
@Controller('cameras')
export class CamerasController {
  constructor(private readonly cameras: CamerasService) {}

  /** The registry, by code, each camera with its status history; `?limit=&cursor=` pages. */
  @Get()
  @Roles(...ACCESS.readCameras)
  list(@Query() query: CameraQueryDto): Promise<CameraPageResponse> {
    return this.cameras.list(query);
  }

  /** Planned against installed, in service and connected to the CSU, per year and kind. */
  @Get('deployment')
  @Roles(...ACCESS.readDeployment)
  deployment(): Promise<DeploymentResponse> {
    return this.cameras.deployment();
  }

  /** Replaces the plan: the cameras planned per year and kind (the council's vote, a revision). */
  @Put('plan')
  @Roles(...ACCESS.manageCameraPlan)
  replacePlan(
    @Body() dto: ReplaceCameraPlanDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<DeploymentResponse> {
    return this.cameras.replacePlan(dto, actor);
  }

  @Post()
  @Roles(...ACCESS.writeCameras)
  create(@Body() dto: CreateCameraDto, @CurrentUser() actor: AuthenticatedUser): Promise<CameraResponse> {
    return this.cameras.create(dto, actor);
  }

  /** With the `version` read; a status change is kept in the history (with `note`). */
  @Patch(':id')
  @Roles(...ACCESS.writeCameras)
  update(
    @Param('id', new UuidParam('Caméra')) id: string,
    @Body() dto: UpdateCameraDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<CameraResponse> {
    return this.cameras.update(id, dto, actor);
  }
}
