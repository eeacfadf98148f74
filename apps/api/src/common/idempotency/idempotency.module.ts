import { Module } from '@nestjs/common';

import { IdempotencyKeys } from './idempotency';

@Module({ providers: [IdempotencyKeys], exports: [IdempotencyKeys] })
export class IdempotencyModule {}
