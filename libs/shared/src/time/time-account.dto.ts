import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { Paged } from '../common/page.dto';
import { ToInteger } from '../common/transforms';
import { IsIntWithin, IsNumberWithin, IsText, IsVersion } from '../common/validators';
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
  @IsIntWithin(TIME_ACCOUNT_LIMITS.year)
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
  @IsText(TIME_ACCOUNT_LIMITS.workedReason)
  reason!: string;

  /** Overtime paid (default) or turned into compensatory rest. */
  @IsOptional()
  @IsIn(['PAYMENT', 'REST'])
  compensation?: WorkedCompensation;

  /** Optimistic lock when correcting an existing record. */
  @IsOptional()
  @IsVersion()
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
  @IsNumberWithin(TIME_ACCOUNT_LIMITS.scheduleDailyHours)
  dailyHours?: number | null;

  @IsText(TIME_ACCOUNT_LIMITS.countingReason)
  reason!: string;
}

/**
 * `PUT /api/agents/:id/time-account/opening`: the balance carried into the year's account (a service
 * or an agent arriving mid-year), with why. Replaces the year's previous one (`version` protects it).
 */
export class SetTimeOpeningDto {
  @IsIntWithin(TIME_ACCOUNT_LIMITS.year)
  year!: number;

  @IsNumberWithin(TIME_ACCOUNT_LIMITS.openingHours)
  hours!: number;

  @IsNumberWithin(TIME_ACCOUNT_LIMITS.openingAnnualLeave)
  annualLeaveTaken!: number;

  @IsNumberWithin(TIME_ACCOUNT_LIMITS.openingRtt)
  rttTaken!: number;

  @IsText(TIME_ACCOUNT_LIMITS.openingReason)
  reason!: string;

  @IsOptional()
  @IsVersion()
  version?: number;
}
