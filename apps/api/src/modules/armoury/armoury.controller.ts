import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  ChangeWeaponStatusDto,
  CorrectWeaponIssueDto,
  CreateWeaponDto,
  IssueWeaponDto,
  ReturnWeaponDto,
  WeaponIssuePageResponse,
  WeaponIssueQueryDto,
  WeaponIssueResponse,
  WeaponPageResponse,
  WeaponQueryDto,
  WeaponResponse,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { ArmouryService } from './armoury.service';

@ApiTags('armoury')
@SignedIn()
@Controller()
export class ArmouryController {
  constructor(private readonly armoury: ArmouryService) {}

  /** The register of the service's weapons, by kind and serial number, each with who holds it now. */
  @Get('weapons')
  @Roles(...ACCESS.readWeapons)
  weapons(@Query() query: WeaponQueryDto): Promise<WeaponPageResponse> {
    return this.armoury.weapons(query);
  }

  /** Enters a weapon in the register; its serial number is unique (409 otherwise). */
  @Post('weapons')
  @Roles(...ACCESS.writeArmoury)
  create(@Body() dto: CreateWeaponDto, @CurrentUser() actor: AuthenticatedUser): Promise<WeaponResponse> {
    return this.armoury.create(dto, actor);
  }

  /** In service, under repair or retired (final), with the reason (audited); 422 while the weapon is out. */
  @Post('weapons/:id/status')
  @HttpCode(200)
  @Roles(...ACCESS.writeArmoury)
  changeStatus(
    @Param('id', new UuidParam('Arme')) id: string,
    @Body() dto: ChangeWeaponStatusDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<WeaponResponse> {
    return this.armoury.changeStatus(id, dto, actor);
  }

  /** Hands the weapon to an agent on duty: 422 naming the rule when his permit is not valid, he is off duty or the weapon is out. */
  @Post('weapons/:id/issues')
  @Roles(...ACCESS.writeArmoury)
  issue(
    @Param('id', new UuidParam('Arme')) id: string,
    @Body() dto: IssueWeaponDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<WeaponIssueResponse> {
    return this.armoury.issue(id, dto, actor);
  }

  /** The daily log, the latest first (`?date=` for one day); an AGENT reads his own issues only. */
  @Get('weapon-issues')
  @Roles(...ACCESS.readWeaponIssues)
  issues(
    @Query() query: WeaponIssueQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<WeaponIssuePageResponse> {
    return this.armoury.issues(query, caller);
  }

  /** Takes the weapon back with the cartridges counted in (a new row: the log is never changed). */
  @Post('weapon-issues/:id/return')
  @Roles(...ACCESS.writeArmoury)
  return(
    @Param('id', new UuidParam('Remise d’arme')) id: string,
    @Body() dto: ReturnWeaponDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<WeaponIssueResponse> {
    return this.armoury.return(id, dto, actor);
  }

  /** Corrects a count of the line (a new row naming it, with who and why); answers the corrected line and its history. */
  @Post('weapon-issues/:id/corrections')
  @Roles(...ACCESS.writeArmoury)
  correct(
    @Param('id', new UuidParam('Remise d’arme')) id: string,
    @Body() dto: CorrectWeaponIssueDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<WeaponIssueResponse> {
    return this.armoury.correct(id, dto, actor);
  }
}
