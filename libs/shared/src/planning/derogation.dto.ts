import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

import { Paged } from '../common/page.dto';
import { ToBoolean } from '../common/transforms';
import { IsDecimal, IsIsoDate, IsText, IsVersion } from '../common/validators';
import { DEROGABLE_RULES, DerogationKind } from './derogation.rules';
import { PLANNING_LIMITS } from './planning.limits';
import type { DerogableRule } from './roster.types';

export class CreateDerogationDto {
  @IsEnum(DerogationKind)
  kind!: DerogationKind;

  /** The rule relaxed: DAILY_WORK, DAY_SPAN, DAILY_REST, BREAK, WEEKLY_HOURS, AVERAGE_WEEKLY_HOURS, WEEKLY_REST. */
  @IsIn(DEROGABLE_RULES, { message: 'règle à laquelle on ne peut pas déroger' })
  rule!: DerogableRule;

  /** The limit granted instead of the standing one: hours (minutes for BREAK); a maximum raised, a minimum lowered. */
  @IsDecimal(2)
  @Min(0)
  @Max(168)
  limit!: number;

  /** « Tour de France 2026 »: what it is called in the roster check. */
  @IsText(PLANNING_LIMITS.derogationTitle)
  title!: string;

  /** Why: the exceptional circumstances, or the permanent need. */
  @IsText(PLANNING_LIMITS.derogationReason)
  reason!: string;

  /** Who decided: « Sophie Delattre, cheffe de service », an arrêté. */
  @IsText(PLANNING_LIMITS.derogationDecidedBy)
  decidedBy!: string;

  /** The agents it covers. */
  @IsArray()
  @ArrayMinSize(1, { message: 'choisissez au moins un agent' })
  @ArrayMaxSize(PLANNING_LIMITS.derogationAgents.max)
  @ArrayUnique({ message: 'un même agent figure deux fois' })
  @IsUUID('all', { each: true })
  agentIds!: string[];

  /** First day covered, `YYYY-MM-DD`. */
  @IsIsoDate()
  from!: string;

  /** Last day covered, `YYYY-MM-DD`, at most 366 days after `from`. */
  @IsIsoDate()
  to!: string;
}

/** Revoking keeps the record (the audit trail and past checks refer to it). */
export class RevokeDerogationDto {
  @IsText(PLANNING_LIMITS.derogationReason)
  reason!: string;

  @IsVersion()
  version!: number;
}

export class DerogationFiltersDto {
  /** Only those covering a day on or after this date, `YYYY-MM-DD`. */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** Only those covering a day on or before this date, `YYYY-MM-DD`. */
  @IsOptional()
  @IsIsoDate()
  to?: string;

  /** `true`: in force only (not revoked); `false`: revoked only; absent: both. */
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  active?: boolean;
}

/** Derogations, latest first, in pages. */
export class DerogationQueryDto extends Paged(DerogationFiltersDto) {}
