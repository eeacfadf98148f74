import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCESS, CopyWeekDto, CopyWeekResponse } from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { CopyWeekService } from './copy-week.service';

@ApiTags('planning')
@SignedIn()
@Controller('roster')
export class CopyWeekController {
  constructor(private readonly copies: CopyWeekService) {}

  /**
   * Copies a week's assignments onto other weeks, each through the rules of any assignment; what
   * could not be placed is listed in `skipped` with the reasons.
   */
  @Post('copy-week')
  @HttpCode(200)
  @Roles(...ACCESS.editPlanning)
  copy(@Body() dto: CopyWeekDto, @CurrentUser() actor: AuthenticatedUser): Promise<CopyWeekResponse> {
    return this.copies.copy(dto, actor);
  }
}
