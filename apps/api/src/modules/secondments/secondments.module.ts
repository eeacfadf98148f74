import { Module } from '@nestjs/common';

import { AgentsModule } from '../agents/agents.module';
import { SecondmentsController } from './secondments.controller';
import { SecondmentsRepository } from './secondments.repository';
import { SecondmentsService } from './secondments.service';

/** Agents at another service's disposal: the record, and the look at their duty there. */
@Module({
  imports: [AgentsModule],
  controllers: [SecondmentsController],
  providers: [SecondmentsRepository, SecondmentsService],
  exports: [SecondmentsRepository],
})
export class SecondmentsModule {}
