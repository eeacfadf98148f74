import { IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

import { Paged } from '../common/page.dto';
import { IsIntWithin, IsIsoDate, IsText } from '../common/validators';
import { WeaponKind, WeaponStatus } from './armoury.enum';
import { ARMOURY_LIMITS, SERIAL_NUMBER_PATTERN } from './armoury.limits';

export class CreateWeaponDto {
  @IsEnum(WeaponKind)
  kind!: WeaponKind;

  /** Maker and model, e.g. « Glock 17 ». */
  @IsText(ARMOURY_LIMITS.model)
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
  @IsIntWithin(ARMOURY_LIMITS.ammunition)
  ammunition!: number;
}

/** Takes a weapon back, with the cartridges counted in. */
export class ReturnWeaponDto {
  @IsIntWithin(ARMOURY_LIMITS.ammunition)
  ammunitionReturned!: number;
}

/** Puts a weapon in service, away for repair, or retires it (réformée: final), saying why. */
export class ChangeWeaponStatusDto {
  @IsEnum(WeaponStatus)
  status!: WeaponStatus;

  @IsText(ARMOURY_LIMITS.reason)
  reason!: string;
}

/**
 * Corrects the counts of a line of the log (a new row: the line itself never changes). At least
 * one count; the reason is kept with who wrote it.
 */
export class CorrectWeaponIssueDto {
  @IsOptional()
  @IsIntWithin(ARMOURY_LIMITS.ammunition)
  ammunition?: number;

  @IsOptional()
  @IsIntWithin(ARMOURY_LIMITS.ammunition)
  ammunitionReturned?: number;

  @IsText(ARMOURY_LIMITS.reason)
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
