import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { Paged } from '../common/page.dto';
import { IsIsoDate } from '../common/validators';
import { WeaponKind, WeaponStatus } from './armoury.enum';
import { ARMOURY_LIMITS, SERIAL_NUMBER_PATTERN } from './armoury.limits';

export class CreateWeaponDto {
  @IsEnum(WeaponKind)
  kind!: WeaponKind;

  /** Maker and model, e.g. « Glock 17 ». */
  @IsString()
  @MinLength(ARMOURY_LIMITS.model.min)
  @MaxLength(ARMOURY_LIMITS.model.max)
  model!: string;

  /** Unique in the register; upper-case letters, digits, « - », « / », « . ». */
  @IsString()
  @Matches(SERIAL_NUMBER_PATTERN, {
    message: 'numéro de série : 1 à 40 caractères parmi A-Z, 0-9, « - », « / », « . »',
  })
  serialNumber!: string;
}

/** Hands a weapon to an agent on duty, with the cartridges counted out. */
export class IssueWeaponDto {
  @IsUUID('all', { message: 'agent inconnu' })
  agentId!: string;

  /** Cartridges issued (0 for a baton or an aerosol). */
  @IsInt()
  @Min(ARMOURY_LIMITS.ammunition.min)
  @Max(ARMOURY_LIMITS.ammunition.max)
  ammunition!: number;
}

/** Takes a weapon back, with the cartridges counted in. */
export class ReturnWeaponDto {
  @IsInt()
  @Min(ARMOURY_LIMITS.ammunition.min)
  @Max(ARMOURY_LIMITS.ammunition.max)
  ammunitionReturned!: number;
}

/** Puts a weapon in service, away for repair, or retires it (réformée: final), saying why. */
export class ChangeWeaponStatusDto {
  @IsEnum(WeaponStatus)
  status!: WeaponStatus;

  @IsString()
  @MinLength(ARMOURY_LIMITS.reason.min)
  @MaxLength(ARMOURY_LIMITS.reason.max)
  reason!: string;
}

/**
 * Corrects the counts of a line of the log (a new row: the line itself never changes). At least
 * one count; the reason is kept with who wrote it.
 */
export class CorrectWeaponIssueDto {
  @IsOptional()
  @IsInt()
  @Min(ARMOURY_LIMITS.ammunition.min)
  @Max(ARMOURY_LIMITS.ammunition.max)
  ammunition?: number;

  @IsOptional()
  @IsInt()
  @Min(ARMOURY_LIMITS.ammunition.min)
  @Max(ARMOURY_LIMITS.ammunition.max)
  ammunitionReturned?: number;

  @IsString()
  @MinLength(ARMOURY_LIMITS.reason.min)
  @MaxLength(ARMOURY_LIMITS.reason.max)
  reason!: string;
}

export class WeaponQueryFilters {}

/** `GET /api/weapons`: the register, by kind and serial number. */
export class WeaponQueryDto extends Paged(WeaponQueryFilters) {}

export class WeaponIssueFilters {
  /** YYYY-MM-DD: the issues of that day (the daily log). */
  @IsOptional()
  @IsIsoDate()
  date?: string;
}

/** `GET /api/weapon-issues`: the daily log, the latest first. An AGENT gets his own only. */
export class WeaponIssueQueryDto extends Paged(WeaponIssueFilters) {}
