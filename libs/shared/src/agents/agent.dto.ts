import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { PageQueryDto } from '../common/page.dto';
import { IsDecimal, IsIsoDate, MAX_INT4 } from '../common/validators';
import { AgentStatus, FirearmDecision, Grade, QualificationKind } from './agent.enum';
import { AGENT_LIMITS } from './agent.limits';
import { MATRICULE_PATTERN, PHONE_PATTERN } from './agent.rules';
import { isTrainedWeapon, TRAINED_WEAPONS, weaponFiresCartridges } from './weapon-training.rules';

export class CreateAgentDto {
  /** Unique; upper-case letters, digits and dashes. */
  @Matches(MATRICULE_PATTERN, { message: 'matricule : 2 à 20 caractères parmi A-Z, 0-9 et « - »' })
  matricule!: string;

  @IsString()
  @MinLength(AGENT_LIMITS.lastName.min)
  @MaxLength(AGENT_LIMITS.lastName.max)
  lastName!: string;

  @IsString()
  @MinLength(AGENT_LIMITS.firstName.min)
  @MaxLength(AGENT_LIMITS.firstName.max)
  firstName!: string;

  @IsEnum(Grade)
  grade!: Grade;

  @IsEnum(AgentStatus)
  status!: AgentStatus;

  /** YYYY-MM-DD */
  @IsIsoDate()
  hireDate!: string;

  /** YYYY-MM-DD; required with status DEPARTED, allowed ahead of time (planned departure). */
  @IsOptional()
  @IsIsoDate()
  departureDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(AGENT_LIMITS.brigade.max)
  brigade?: string;

  /** Share of a full-time 35 h week, 0.1 to 1 (default 1). */
  @IsOptional()
  @IsDecimal(2)
  @Min(0.1)
  @Max(1)
  contractRatio?: number;

  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'téléphone : 6 à 20 chiffres, espaces, points ou tirets' })
  phone?: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(AGENT_LIMITS.email.max)
  email?: string;
}

/** Every field optional but `version`; `null` clears an optional one. */
export class UpdateAgentDto {
  @IsOptional()
  @Matches(MATRICULE_PATTERN, { message: 'matricule : 2 à 20 caractères parmi A-Z, 0-9 et « - »' })
  matricule?: string;

  @IsOptional()
  @IsString()
  @MinLength(AGENT_LIMITS.lastName.min)
  @MaxLength(AGENT_LIMITS.lastName.max)
  lastName?: string;

  @IsOptional()
  @IsString()
  @MinLength(AGENT_LIMITS.firstName.min)
  @MaxLength(AGENT_LIMITS.firstName.max)
  firstName?: string;

  @IsOptional()
  @IsEnum(Grade)
  grade?: Grade;

  @IsOptional()
  @IsEnum(AgentStatus)
  status?: AgentStatus;

  @IsOptional()
  @IsIsoDate()
  hireDate?: string;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIsoDate()
  departureDate?: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(AGENT_LIMITS.brigade.max)
  brigade?: string | null;

  @IsOptional()
  @IsDecimal(2)
  @Min(0.1)
  @Max(1)
  contractRatio?: number;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(PHONE_PATTERN, { message: 'téléphone : 6 à 20 chiffres, espaces, points ou tirets' })
  phone?: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsEmail()
  @MaxLength(AGENT_LIMITS.email.max)
  email?: string | null;

  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version!: number;
}

export class AgentQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(AgentStatus)
  status?: AgentStatus;

  @IsOptional()
  @IsEnum(Grade)
  grade?: Grade;

  /** Free text on last name, first name and matricule (accents ignored). */
  @IsOptional()
  @IsString()
  @MaxLength(AGENT_LIMITS.search.max)
  q?: string;
}

export class CreateQualificationDto {
  @IsEnum(QualificationKind)
  kind!: QualificationKind;

  /** YYYY-MM-DD */
  @IsIsoDate()
  obtainedOn!: string;

  /** YYYY-MM-DD, after `obtainedOn`; omitted for a qualification that does not expire. */
  @IsOptional()
  @IsIsoDate()
  expiresOn?: string;

  /** Requested but not granted yet (a transferred agent's firearm permit): not valid meanwhile. */
  @IsOptional()
  @IsBoolean()
  pendingApproval?: boolean;

  /** Number of the arrêté or certificate. */
  @IsOptional()
  @IsString()
  @MaxLength(AGENT_LIMITS.qualificationReference.max)
  reference?: string;
}

export class CreateShootingSessionDto {
  /** YYYY-MM-DD */
  @IsIsoDate()
  date!: string;

  /** The weapon trained with; omitted: the firearm. */
  @IsOptional()
  @IsIn(TRAINED_WEAPONS)
  weapon?: QualificationKind;

  /** Cartridges fired; ignored (0) for a weapon that fires none (baton, aerosol). */
  @ValidateIf((dto: CreateShootingSessionDto) => {
    const weapon = dto.weapon ?? QualificationKind.FIREARM;
    return !isTrainedWeapon(weapon) || weaponFiresCartridges(weapon);
  })
  @IsInt()
  @Min(1)
  @Max(1000)
  rounds!: number;

  @IsOptional()
  @IsString()
  @MaxLength(AGENT_LIMITS.shootingNote.max)
  note?: string;
}

/** The préfet's decision on an agent's firearm permit, recorded by the chief. */
export class CreateFirearmDecisionDto {
  /** YYYY-MM-DD: the day it takes effect; not in the future. */
  @IsIsoDate()
  date!: string;

  @IsEnum(FirearmDecision)
  decision!: FirearmDecision;

  /** The préfet's arrêté or letter. */
  @IsString()
  @MinLength(1)
  @MaxLength(AGENT_LIMITS.decisionReference.max)
  reference!: string;

  @IsOptional()
  @IsString()
  @MaxLength(AGENT_LIMITS.decisionNote.max)
  note?: string;
}

/** A continuing-training course the agent completed (formation continue obligatoire). */
export class CreateContinuingTrainingDto {
  /** YYYY-MM-DD: its first day; not in the future. */
  @IsIsoDate()
  date!: string;

  /** Days it counts toward the obligation. */
  @IsInt()
  @Min(AGENT_LIMITS.trainingDays.min)
  @Max(AGENT_LIMITS.trainingDays.max)
  days!: number;

  @IsString()
  @MinLength(AGENT_LIMITS.trainingTitle.min)
  @MaxLength(AGENT_LIMITS.trainingTitle.max)
  title!: string;
}
