import { Module } from '@nestjs/common';

import { AbsencesController } from './absences.controller';
import { AbsencesService } from './absences.service';
import { AssignmentGuard } from './assignment-guard';
import { PlannerService } from './planner/planner.service';
import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleService } from './schedule.service';
import { SchoolCalendarController } from './school-calendar.controller';
import { SchoolCalendarService } from './school-calendar.service';
import { ShiftTypesController } from './shift-types.controller';
import { ShiftTypesService } from './shift-types.service';
import { ShiftsController } from './shifts.controller';
import { ShiftsService } from './shifts.service';

/** Shift types, shifts and assignments, absences, roster check and publication, schedules and feeds. */
@Module({
  controllers: [
    ShiftTypesController,
    ShiftsController,
    AbsencesController,
    RosterController,
    ScheduleController,
    SchoolCalendarController,
  ],
  providers: [
    ShiftTypesService,
    ShiftsService,
    AbsencesService,
    RosterService,
    ScheduleService,
    AssignmentGuard,
    PlannerService,
    SchoolCalendarService,
  ],
  exports: [RosterService, ShiftsService],
})
export class PlanningModule {}
