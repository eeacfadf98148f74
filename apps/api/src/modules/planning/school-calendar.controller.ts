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

  /** The school holidays of the service's academic zone, with the public holidays of those years. */
  @Get()
  @Roles(...ACCESS.editPlanning)
  read(): Promise<SchoolCalendarResponse> {
    return this.calendar.read();
  }

  /** Replaces the zone's school holidays (next year's calendar, a correction by the rectorat). */
  @Put()
  @Roles(...ACCESS.manageSchoolCalendar)
  replace(
    @Body() dto: ReplaceSchoolCalendarDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<SchoolCalendarResponse> {
    return this.calendar.replace(dto, actor);
  }
}
