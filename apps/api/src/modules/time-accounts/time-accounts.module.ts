import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { SecondmentsModule } from '../secondments/secondments.module';
import { PayrollExport } from './payroll-export';
import { TimeAccountsController } from './time-accounts.controller';
import { TimeAccountsRepository } from './time-accounts.repository';
import { TimeAccountsService } from './time-accounts.service';

/** Issue 22's time accounts: hours due, planned, worked, overtime, leave balances, the payroll export. */
@Module({
  imports: [AgentsModule, SecondmentsModule],
  controllers: [TimeAccountsController],
  providers: [TimeAccountsService, TimeAccountsRepository, PayrollExport],
  exports: [TimeAccountsService],
})
export class TimeAccountsModule {}
