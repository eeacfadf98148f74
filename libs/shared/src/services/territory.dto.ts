import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

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
}
