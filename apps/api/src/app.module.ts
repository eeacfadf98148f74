import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { AuthGuard } from './common/auth/auth.guard';
import { ClockModule } from './common/clock.module';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { loggerOptions } from './common/http/logger.options';
import { createValidationPipe } from './common/http/validation.pipe';
import { JobsModule } from './common/jobs/jobs.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { AgentsModule } from './modules/agents/agents.module';
import { ArmouryModule } from './modules/armoury/armoury.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { HealthModule } from './modules/health/health.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { PlanningModule } from './modules/planning/planning.module';
import { PlatformModule } from './modules/platform/platform.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { RecruitmentModule } from './modules/recruitment/recruitment.module';
import { RetentionModule } from './modules/retention/retention.module';
import { SecondmentsModule } from './modules/secondments/secondments.module';
import { StaffingModule } from './modules/staffing/staffing.module';
import { TimeAccountsModule } from './modules/time-accounts/time-accounts.module';
import { UsersModule } from './modules/users/users.module';
import { VideoModule } from './modules/video/video.module';

/** Feature modules of the API, in the order of PRODUCT.md. */
export const FEATURE_MODULES = [
  ClockModule,
  JobsModule,
  AuditModule,
  AuthModule,
  PlatformModule,
  UsersModule,
  AgentsModule,
  SecondmentsModule,
  StaffingModule,
  RecruitmentModule,
  PlanningModule,
  TimeAccountsModule,
  IncidentsModule,
  VideoModule,
  ArmouryModule,
  DashboardModule,
  RetentionModule,
  PrivacyModule,
  HealthModule,
];

@Module({})
export class AppModule {
  /** `appUrl` is the app role's, the migrations having run as the owner (prepareDatabase). */
  static forRoot(config: AppConfig, appUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(appUrl, config.database),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        ScheduleModule.forRoot(),
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
