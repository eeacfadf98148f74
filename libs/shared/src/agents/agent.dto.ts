import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { PageQueryDto } from '../common/page.dto';
import { IsClearable, IsDecimal, IsIntWithin, IsIsoDate, IsText, IsVersion } from '../common/validators';
import { AgentStatus, FirearmDecision, Grade, QualificationKind } from './agent.enum';
import { AGENT_LIMITS } from './agent.limits';
import { MATRICULE_PATTERN, PHONE_PATTERN } from './agent.rules';
import { isTrainedWeapon, TRAINED_WEAPONS, weaponFiresCartridges } from './weapon-training.rules';

export class CreateAgentDto {
  /** Unique; upper-case letters, digits and dashes. */
  @Matches(MATRICULE_PATTERN, { message: 'matricule : 2 à 20 caractères parmi A-Z, 0-9 et « - »' })
  matricule!: string;

  @IsText(AGENT_LIMITS.lastName)
  lastName!: string;

  @IsText(AGENT_LIMITS.firstName)
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
  @IsText(AGENT_LIMITS.brigade)
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
  @IsText(AGENT_LIMITS.lastName)
  lastName?: string;

  @IsOptional()
  @IsText(AGENT_LIMITS.firstName)
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

  @IsClearable()
  @IsIsoDate()
  departureDate?: string | null;

  @IsClearable()
  @IsText(AGENT_LIMITS.brigade)
  brigade?: string | null;

  @IsOptional()
  @IsDecimal(2)
  @Min(0.1)
  @Max(1)
  contractRatio?: number;

  @IsClearable()
  @Matches(PHONE_PATTERN, { message: 'téléphone : 6 à 20 chiffres, espaces, points ou tirets' })
  phone?: string | null;

  @IsClearable()
  @IsEmail()
  @MaxLength(AGENT_LIMITS.email.max)
  email?: string | null;

  @IsVersion()
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
  @IsText(AGENT_LIMITS.search)
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
  @IsText(AGENT_LIMITS.qualificationReference)
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
  @IsIntWithin({ min: 1, max: 1000 })
  rounds!: number;

  @IsOptional()
  @IsText(AGENT_LIMITS.shootingNote)
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
  @IsText({ min: 1, max: AGENT_LIMITS.decisionReference.max })
  reference!: string;

  @IsOptional()
  @IsText(AGENT_LIMITS.decisionNote)
  note?: string;
}

/** A continuing-training course the agent completed (formation continue obligatoire). */
export class CreateContinuingTrainingDto {
  /** YYYY-MM-DD: its first day; not in the future. */
  @IsIsoDate()
  date!: string;

  /** Days it counts toward the obligation. */
  @IsIntWithin(AGENT_LIMITS.trainingDays)
  days!: number;

  @IsText(AGENT_LIMITS.trainingTitle)
  title!: string;
}
