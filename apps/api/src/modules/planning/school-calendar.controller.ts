import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ACCESS, ReplaceSchoolCalendarDto, SchoolCalendarResponse } from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { SchoolCalendarService } from './school-calendar.service';

@ApiTags('planning')
@SignedIn()
@Controller('school-calendar')
export class SchoolCalendarController {
  constructor(private readonly calendar: SchoolCalendarService) {}

  /** The service's holiday zone and school holidays, with the public holidays of those years. */
  @Get()
  @Roles(...ACCESS.editPlanning)
  read(): Promise<SchoolCalendarResponse> {
    return this.calendar.read();
  }

  /** Replaces the service's school holidays, and its zone when given (they change together). */
  @Put()
  @Roles(...ACCESS.manageSchoolCalendar)
  replace(
    @Body() dto: ReplaceSchoolCalendarDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<SchoolCalendarResponse> {
    return this.calendar.replace(dto, actor);
  }
}
