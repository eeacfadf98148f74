import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';

import { IsIsoDate, IsText, IsVersion } from '../common/validators';
import { CYCLE_LIMITS } from './cycle.limits';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each day of the pattern: `null` for rest, or the id of a shift type. */
function IsCycleDays(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCycleDays',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.every((day) => day === null || (typeof day === 'string' && UUID.test(day))),
        defaultMessage: () => 'chaque jour est un repos (null) ou l’identifiant d’un type de créneau',
      },
    },
    options,
  );
}

export class CreateCycleDto {
  @IsText(CYCLE_LIMITS.name)
  name!: string;

  /** Day 1 of the cycle, `YYYY-MM-DD`. */
  @IsIsoDate()
  startDate!: string;

  /** One entry per day of the cycle: `null` for rest, else a shift type id. */
  @IsArray()
  @ArrayMinSize(CYCLE_LIMITS.length.min)
  @ArrayMaxSize(CYCLE_LIMITS.length.max)
  @IsCycleDays()
  days!: (string | null)[];

  /** The brigade (agents' `brigade`) it is assigned to; or `agentIds`, not both. */
  @IsOptional()
  @IsText({ min: 1, max: CYCLE_LIMITS.brigade.max })
  brigade?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CYCLE_LIMITS.agents.max)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agentIds?: string[];
}

export class UpdateCycleDto {
  @IsOptional()
  @IsText(CYCLE_LIMITS.name)
  name?: string;

  @IsOptional()
  @IsIsoDate()
  startDate?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(CYCLE_LIMITS.length.min)
  @ArrayMaxSize(CYCLE_LIMITS.length.max)
  @IsCycleDays()
  days?: (string | null)[];

  /** Setting a brigade drops the list of agents, and the other way round. */
  @IsOptional()
  @IsText({ min: 1, max: CYCLE_LIMITS.brigade.max })
  brigade?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CYCLE_LIMITS.agents.max)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agentIds?: string[];

  @IsVersion()
  version!: number;
}

/** `{from, to}` and, to narrow or override the cycle's own people, `agentIds` or `brigade`. */
export class RolloutCycleDto {
  @IsIsoDate()
  from!: string;

  @IsIsoDate()
  to!: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CYCLE_LIMITS.agents.max)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agentIds?: string[];

  @IsOptional()
  @IsText({ min: 1, max: CYCLE_LIMITS.brigade.max })
  brigade?: string;
}

/** Copies the assignments of one week (its Monday) onto other weeks (their Mondays). */
export class CopyWeekDto {
  /** Monday of the week copied. */
  @IsIsoDate()
  source!: string;

  /** Mondays of the weeks written, 1 to 26. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CYCLE_LIMITS.copyWeeks)
  @ArrayUnique()
  @IsIsoDate({ each: true })
  targets!: string[];
}
