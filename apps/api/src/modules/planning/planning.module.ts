import { Module } from '@nestjs/common';

import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { AgentsModule } from '../agents/agents.module';
import { SecondmentsModule } from '../secondments/secondments.module';
import { ServicesModule } from '../services/services.module';
import { TimeAccountsModule } from '../time-accounts/time-accounts.module';
import { AbsencesController } from './absences.controller';
import { AbsencesRepository } from './absences.repository';
import { AbsencesService } from './absences.service';
import { AssignmentGuard } from './assignment-guard';
import { AssignmentsRepository } from './assignments.repository';
import { CopyWeekController } from './cycles/copy-week.controller';
import { CopyWeekService } from './cycles/copy-week.service';
import { CyclesController } from './cycles/cycles.controller';
import { CyclesRepository } from './cycles/cycles.repository';
import { CyclesService } from './cycles/cycles.service';
import { PlacementWriter } from './cycles/placement-writer';
import { DerogationsController } from './derogations/derogations.controller';
import { DerogationsRepository } from './derogations/derogations.repository';
import { DerogationsService } from './derogations/derogations.service';
import { PlannerService } from './planner/planner.service';
import { RosterController } from './roster.controller';
import { RosterRepository } from './roster.repository';
import { RosterService } from './roster.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleService } from './schedule.service';
import { SchoolCalendarController } from './school-calendar.controller';
import { SchoolCalendarService } from './school-calendar.service';
import { ShiftTypesController } from './shift-types.controller';
import { ShiftTypesService } from './shift-types.service';
import { ShiftsController } from './shifts.controller';
import { ShiftsRepository } from './shifts.repository';
import { ShiftsService } from './shifts.service';

/** Shift types, shifts and assignments, work cycles, absences, roster check and publication, schedules and feeds. */
@Module({
  imports: [AgentsModule, SecondmentsModule, ServicesModule, TimeAccountsModule, IdempotencyModule],
  controllers: [
    ShiftTypesController,
    ShiftsController,
    AbsencesController,
    RosterController,
    ScheduleController,
    SchoolCalendarController,
    CyclesController,
    CopyWeekController,
    DerogationsController,
  ],
  providers: [
    ShiftTypesService,
    ShiftsService,
    AbsencesService,
    RosterService,
    ScheduleService,
    AssignmentGuard,
    PlannerService,
    AssignmentsRepository,
    RosterRepository,
    ShiftsRepository,
    AbsencesRepository,
    SchoolCalendarService,
    CyclesService,
    CyclesRepository,
    PlacementWriter,
    CopyWeekService,
    DerogationsService,
    DerogationsRepository,
  ],
  exports: [RosterService, SchoolCalendarService, ShiftsService],
})
export class PlanningModule {}
