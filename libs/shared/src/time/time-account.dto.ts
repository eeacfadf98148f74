import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { Paged } from '../common/page.dto';
import { ToInteger } from '../common/transforms';
import { MAX_INT4 } from '../common/validators';
import { TIME_ACCOUNT_LIMITS } from './time-account.limits';
import type { WorkedCompensation } from './time-account.response';

/** An instant with its offset, as every other instant of the API. */
const INSTANT = { strict: true, strictSeparator: true } as const;

export { TIME_ACCOUNT_LIMITS } from './time-account.limits';

export class TimeAccountQueryDto {
  /** Civil year; the current one when omitted. */
  @IsOptional()
  @ToInteger()
  @IsInt()
  @Min(TIME_ACCOUNT_LIMITS.year.min)
  @Max(TIME_ACCOUNT_LIMITS.year.max)
  year?: number;
}

export class TimeAccountListQueryDto extends Paged(TimeAccountQueryDto) {}

export class PayrollExportQueryDto {
  /** YYYY-MM */
  // The years the accounts are kept for (TIME_ACCOUNT_LIMITS.year): 2000–2099.
  @Matches(/^20\d{2}-(0[1-9]|1[0-2])$/, { message: 'mois attendu au format AAAA-MM (années 2000 à 2099)' })
  month!: string;
}

/** `PUT /api/shifts/:id/worked/:agentId`: what the agent actually worked on that shift. */
export class RecordWorkedDto {
  @IsISO8601(INSTANT)
  startsAt!: string;

  @IsISO8601(INSTANT)
  endsAt!: string;

  /** « Interpellation en fin de service », « rappelé sur repos »… */
  @IsString()
  @MinLength(TIME_ACCOUNT_LIMITS.workedReason.min)
  @MaxLength(TIME_ACCOUNT_LIMITS.workedReason.max)
  reason!: string;

  /** Overtime paid (default) or turned into compensatory rest. */
  @IsOptional()
  @IsIn(['PAYMENT', 'REST'])
  compensation?: WorkedCompensation;

  /** Optimistic lock when correcting an existing record. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version?: number;
}
