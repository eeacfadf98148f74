import { IsOptional, ValidateNested } from 'class-validator';

import { Nested, ToInteger } from '../common/transforms';
import { IsIntWithin, IsIsoDate } from '../common/validators';

/** A headcount, whole or of one category. */
const HEADCOUNT = { min: 0, max: 500 } as const;

/** Optional split of a target by category (Lomme: 18 police, 3 ASVP, 2 administrative). */
export class CategoryTargetsDto {
  @IsOptional()
  @IsIntWithin(HEADCOUNT)
  POLICE?: number;

  @IsOptional()
  @IsIntWithin(HEADCOUNT)
  ASVP?: number;

  @IsOptional()
  @IsIntWithin(HEADCOUNT)
  ADMINISTRATIVE?: number;
}

export class StaffingTargetDto {
  /** The date by which the headcount is wanted, YYYY-MM-DD; unique in the series. */
  @IsIsoDate()
  effectiveDate!: string;

  @IsIntWithin(HEADCOUNT)
  headcount!: number;

  @IsOptional()
  @ValidateNested()
  @Nested(() => CategoryTargetsDto)
  byCategory?: CategoryTargetsDto;
}

export class HeadcountQueryDto {
  /** YYYY-MM-DD; today when omitted. */
  @IsOptional()
  @IsIsoDate()
  at?: string;
}

export class ForecastQueryDto {
  /** Number of months, 1 to 60 (default 18). */
  @IsOptional()
  @ToInteger()
  @IsIntWithin({ min: 1, max: 60 })
  months?: number;
}
