import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  AgentPageResponse,
  AgentQueryDto,
  AgentResponse,
  ContinuingTrainingResponse,
  CreateAgentDto,
  CreateContinuingTrainingDto,
  CreateFirearmDecisionDto,
  CreateQualificationDto,
  CreateShootingSessionDto,
  FirearmDecisionPageResponse,
  FirearmDecisionResponse,
  PageQueryDto,
  QualificationResponse,
  ShootingSessionResponse,
  UpdateAgentDto,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { AgentsService } from './agents.service';

@ApiTags('agents')
@SignedIn()
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  /** The roster of agents, by name. AGENT callers get no phone nor e-mail. */
  @Get()
  @Roles(...ACCESS.readAgents)
  list(@Query() query: AgentQueryDto, @CurrentUser() caller: AuthenticatedUser): Promise<AgentPageResponse> {
    return this.agents.list(query, caller);
  }

  @Post()
  @Roles(...ACCESS.writeAgents)
  create(@Body() dto: CreateAgentDto, @CurrentUser() actor: AuthenticatedUser): Promise<AgentResponse> {
    return this.agents.create(dto, actor);
  }

  /** One record with qualifications and shooting sessions. An AGENT reads only his own (404 otherwise). */
  @Get(':id')
  @Roles(...ACCESS.readAgents)
  get(
    @Param('id', new UuidParam('Agent')) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AgentResponse> {
    return this.agents.get(id, caller);
  }

  /** Changes a record; `version` required (stale: 409). A departure is status DEPARTED with its date. */
  @Patch(':id')
  @Roles(...ACCESS.writeAgents)
  update(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: UpdateAgentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<AgentResponse> {
    return this.agents.update(id, dto, actor);
  }

  @Post(':id/qualifications')
  @Roles(...ACCESS.writeAgents)
  addQualification(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: CreateQualificationDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<QualificationResponse> {
    return this.agents.addQualification(id, dto, actor);
  }

  @Delete(':id/qualifications/:qid')
  @Roles(...ACCESS.writeAgents)
  @HttpCode(204)
  @ApiNoContentResponse()
  removeQualification(
    @Param('id', new UuidParam('Agent')) id: string,
    @Param('qid', new UuidParam('Qualification')) qualificationId: string,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<void> {
    return this.agents.removeQualification(id, qualificationId, actor);
  }

  /** Records a shooting-training session (the firearm permit needs 2 sessions and 50 rounds a year). */
  @Post(':id/shooting-sessions')
  @Roles(...ACCESS.writeAgents)
  addShootingSession(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: CreateShootingSessionDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ShootingSessionResponse> {
    return this.agents.addShootingSession(id, dto, actor);
  }

  @Delete(':id/shooting-sessions/:sid')
  @Roles(...ACCESS.writeAgents)
  @HttpCode(204)
  @ApiNoContentResponse()
  removeShootingSession(
    @Param('id', new UuidParam('Agent')) id: string,
    @Param('sid', new UuidParam('Séance de tir')) sessionId: string,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<void> {
    return this.agents.removeShootingSession(id, sessionId, actor);
  }

  /** Records a completed continuing-training course (10 days per 5 years, per 3 years for chefs de service). */
  @Post(':id/continuing-trainings')
  @Roles(...ACCESS.writeAgents)
  addContinuingTraining(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: CreateContinuingTrainingDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<ContinuingTrainingResponse> {
    return this.agents.addContinuingTraining(id, dto, actor);
  }

  /** The préfet's decisions on the agent's firearm permit, the latest first. */
  @Get(':id/firearm-decisions')
  @Roles(...ACCESS.readFirearmDecisions)
  firearmDecisions(
    @Param('id', new UuidParam('Agent')) id: string,
    @Query() query: PageQueryDto,
  ): Promise<FirearmDecisionPageResponse> {
    return this.agents.firearmDecisions(id, query);
  }

  /** Records the préfet's decision after a training lapse: SUSPENDED voids the permit from its date. */
  @Post(':id/firearm-decisions')
  @Roles(...ACCESS.writeFirearmDecisions)
  addFirearmDecision(
    @Param('id', new UuidParam('Agent')) id: string,
    @Body() dto: CreateFirearmDecisionDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<FirearmDecisionResponse> {
    return this.agents.addFirearmDecision(id, dto, actor);
  }
}
