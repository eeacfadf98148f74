import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
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
}
