import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { Nested, ToInteger } from '../common/transforms';
import { IsIsoDate } from '../common/validators';

/** Optional split of a target by category (Lomme: 18 police, 3 ASVP, 2 administrative). */
export class CategoryTargetsDto {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  POLICE?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  ASVP?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  ADMINISTRATIVE?: number;
}

export class StaffingTargetDto {
  /** The date by which the headcount is wanted, YYYY-MM-DD; unique in the series. */
  @IsIsoDate()
  effectiveDate!: string;

  @IsInt()
  @Min(0)
  @Max(500)
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
  @IsInt()
  @Min(1)
  @Max(60)
  months?: number;
}
