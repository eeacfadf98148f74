import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
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
import { TimeBasis } from './time-basis.rules';

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

/**
 * `PUT /api/agents/:id/time-counting`: how the agent's hours are counted. Without `basis` (or null)
 * he goes back to his grade's default; `weekdays` and `dailyHours` set his fixed week (the office
 * week of his contract by default).
 */
// No `maxDecimalPlaces`: class-validator throws on a number written with an exponent (5e-324); the
// service rounds to the columns' precision instead.
export class SetTimeCountingDto {
  @IsOptional()
  @IsIn(Object.values(TimeBasis))
  basis?: TimeBasis | null;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[] | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TIME_ACCOUNT_LIMITS.scheduleDailyHours.min)
  @Max(TIME_ACCOUNT_LIMITS.scheduleDailyHours.max)
  dailyHours?: number | null;

  @IsString()
  @MinLength(TIME_ACCOUNT_LIMITS.countingReason.min)
  @MaxLength(TIME_ACCOUNT_LIMITS.countingReason.max)
  reason!: string;
}

/**
 * `PUT /api/agents/:id/time-account/opening`: the balance carried into the year's account (a service
 * or an agent arriving mid-year), with why. Replaces the year's previous one (`version` protects it).
 */
export class SetTimeOpeningDto {
  @IsInt()
  @Min(TIME_ACCOUNT_LIMITS.year.min)
  @Max(TIME_ACCOUNT_LIMITS.year.max)
  year!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TIME_ACCOUNT_LIMITS.openingHours.min)
  @Max(TIME_ACCOUNT_LIMITS.openingHours.max)
  hours!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TIME_ACCOUNT_LIMITS.openingAnnualLeave.min)
  @Max(TIME_ACCOUNT_LIMITS.openingAnnualLeave.max)
  annualLeaveTaken!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(TIME_ACCOUNT_LIMITS.openingRtt.min)
  @Max(TIME_ACCOUNT_LIMITS.openingRtt.max)
  rttTaken!: number;

  @IsString()
  @MinLength(TIME_ACCOUNT_LIMITS.openingReason.min)
  @MaxLength(TIME_ACCOUNT_LIMITS.openingReason.max)
  reason!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version?: number;
}
