import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

import { MAX_INT4 } from '../common/validators';
import { QUARTIER_LIMITS } from './territory.rules';

/** A quartier the chief adds; its code is made from the label. */
export class CreateQuartierDto {
  @IsString()
  @MinLength(QUARTIER_LIMITS.label.min)
  @MaxLength(QUARTIER_LIMITS.label.max)
  label!: string;
}

/** A quartier renamed, retired or brought back; its code (on what is filed under it) stays. */
export class UpdateQuartierDto {
  @IsOptional()
  @IsString()
  @MinLength(QUARTIER_LIMITS.label.min)
  @MaxLength(QUARTIER_LIMITS.label.max)
  label?: string;

  @IsOptional()
  @IsBoolean()
  retired?: boolean;

  /** The version read: a change made meanwhile is refused (409), not lost. */
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version!: number;
}
