import { Global, Module } from '@nestjs/common';

import { JobRuns } from './job-runs';

@Global()
@Module({ providers: [JobRuns], exports: [JobRuns] })
export class JobsModule {}
