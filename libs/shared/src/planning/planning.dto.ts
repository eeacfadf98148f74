import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { Grade, QualificationKind, StaffCategory } from '../agents/agent.enum';
import { Paged } from '../common/page.dto';
import { Nested, ToBoolean } from '../common/transforms';
import { IsClearable, IsIntWithin, IsIsoDate, IsText, IsVersion } from '../common/validators';
import { AbsenceKind, AbsenceStatus } from './planning.enum';
import { PLANNING_LIMITS, PLANNING_PATTERNS } from './planning.limits';
import { SCHOOL_ZONES, type SchoolZone } from './shift-pattern.rules';

export const LOCAL_TIME = PLANNING_PATTERNS.localTime;
export const SHIFT_TYPE_CODE = PLANNING_PATTERNS.shiftTypeCode;
export const COLOUR = PLANNING_PATTERNS.colour;
/** An instant with its offset: 2026-06-12T21:00:00+02:00 or …Z. */
const INSTANT = { strict: true, strictSeparator: true } as const;

export class RequirementDto {
  @IsEnum(QualificationKind)
  kind!: QualificationKind;

  @IsIntWithin(PLANNING_LIMITS.requirementCount)
  count!: number;
}

/** How a shift or a shift type is staffed, alike on creation and on change: every field optional. */
class StaffingDto {
  /**
   * Minutes of break within its times (statutory 20 once the day's work reaches 6 h). Omitted on
   * creation: 20 for 6 h or more, else 0; omitted on a change: kept. A type's new value goes to the
   * shifts made from then on; a shift's is checked by the rules for its agents.
   */
  @IsOptional()
  @IsIntWithin(PLANNING_LIMITS.breakMinutes)
  breakMinutes?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  @Nested(() => RequirementDto)
  requirements?: RequirementDto[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(QualificationKind, { each: true })
  requiredForAll?: QualificationKind[];
}

/** The class a mixin extends (TypeScript's mixins take constructors of `any[]`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DtoClass = new (...args: any[]) => object;

/** Who may staff it, added to `Base`: the categories of agents, and whether trainees count. */
function WithEligibility<TBase extends DtoClass>(Base: TBase) {
  class EligibilityDto extends Base {
    @IsOptional()
    @IsArray()
    @ArrayMinSize(1)
    @ArrayUnique()
    @IsEnum(StaffCategory, { each: true })
    categories?: StaffCategory[];

    @IsOptional()
    @IsBoolean()
    allowsTrainees?: boolean;
  }
  return EligibilityDto;
}

/** What a shift type may also say, alike on creation and on change. */
class ShiftTypeOptionsDto extends WithEligibility(StaffingDto) {
  @IsOptional()
  @Matches(COLOUR, { message: 'doit être une couleur #rrggbb' })
  colour?: string;

  /** ISO days it runs on (1 Monday … 7 Sunday); every day when omitted. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'choisissez au moins un jour' })
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'un même jour figure deux fois' })
  @IsInt({ each: true, message: 'un jour est un nombre de 1 (lundi) à 7 (dimanche)' })
  @Min(1, { each: true, message: 'un jour est un nombre de 1 (lundi) à 7 (dimanche)' })
  @Max(7, { each: true, message: 'un jour est un nombre de 1 (lundi) à 7 (dimanche)' })
  weekdays?: number[];

  /** Grades that may staff it (each within its categories); null or omitted: every grade of its categories. */
  @IsClearable()
  @IsArray()
  @ArrayMinSize(1, { message: 'choisissez au moins un grade, ou aucun pour les admettre tous' })
  @ArrayUnique({ message: 'un même grade figure deux fois' })
  @IsEnum(Grade, { each: true })
  grades?: Grade[] | null;

  /** Runs on French public holidays too (default true). */
  @IsOptional()
  @IsBoolean()
  publicHolidays?: boolean;

  /** Runs only on school days of the service's academic zone (default false). */
  @IsOptional()
  @IsBoolean()
  schoolDaysOnly?: boolean;
}

export class CreateShiftTypeDto extends ShiftTypeOptionsDto {
  /** Upper-case code, e.g. `NUIT`, `CSU_JOUR`. */
  @Matches(SHIFT_TYPE_CODE, {
    message: 'code : 2 à 20 caractères A-Z, 0-9 ou « _ », commençant par une lettre',
  })
  code!: string;

  @IsText(PLANNING_LIMITS.shiftTypeLabel)
  label!: string;

  /** Local time HH:mm. */
  @Matches(LOCAL_TIME, { message: 'doit être une heure HH:mm' })
  startTime!: string;

  /** Local time HH:mm; before the start when the shift crosses midnight. */
  @Matches(LOCAL_TIME, { message: 'doit être une heure HH:mm' })
  endTime!: string;

  @IsIntWithin(PLANNING_LIMITS.minAgents)
  minAgents!: number;
}

export class UpdateShiftTypeDto extends ShiftTypeOptionsDto {
  @IsOptional()
  @IsText(PLANNING_LIMITS.shiftTypeLabel)
  label?: string;

  @IsOptional()
  @Matches(LOCAL_TIME, { message: 'doit être une heure HH:mm' })
  startTime?: string;

  @IsOptional()
  @Matches(LOCAL_TIME, { message: 'doit être une heure HH:mm' })
  endTime?: string;

  @IsOptional()
  @IsIntWithin(PLANNING_LIMITS.minAgents)
  minAgents?: number;

  /** False archives the type: no longer generated nor offered for new shifts; its shifts stay. */
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @IsVersion()
  version!: number;
}

/** A period of local dates, both included (at most 92 days). */
export class PeriodQueryDto {
  /** YYYY-MM-DD */
  @IsIsoDate()
  from!: string;

  /** YYYY-MM-DD, on or after `from`. */
  @IsIsoDate()
  to!: string;
}

export class PublishRosterDto extends PeriodQueryDto {}

/** The shifts of a period, in pages (`?limit=&cursor=`) by start then id. */
export class ShiftQueryDto extends Paged(PeriodQueryDto) {}

/** The publications overlapping a period, in pages, latest first. */
export class PublicationQueryDto extends Paged(PeriodQueryDto) {}

/** A shift's own label and head count, with its staffing: alike on creation and on change. */
class ShiftDetailsDto extends StaffingDto {
  /** For an event shift: « Fête de la Musique — place du Bourg ». */
  @IsOptional()
  @IsText(PLANNING_LIMITS.shiftLabel)
  label?: string;

  @IsOptional()
  @IsIntWithin(PLANNING_LIMITS.minAgents)
  minAgents?: number;
}

export class CreateShiftDto extends WithEligibility(ShiftDetailsDto) {
  @IsUUID()
  shiftTypeId!: string;

  /** ISO 8601 instant with offset. */
  @IsISO8601(INSTANT)
  startsAt!: string;

  /** ISO 8601 instant with offset, after `startsAt`, at most 24 h later. */
  @IsISO8601(INSTANT)
  endsAt!: string;
}

/**
 * `?confirm=true` on `PATCH` (new times) and `DELETE /api/shifts/:id`: the chief has seen which
 * agents the change touches. Without it, a change touching agents is refused (409
 * SHIFT_HAS_AGENTS, `violations` naming them) and writes nothing.
 */
export class ShiftChangeQueryDto {
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  confirm?: boolean;
}

export class UpdateShiftDto extends ShiftDetailsDto {
  @IsOptional()
  @IsISO8601(INSTANT)
  startsAt?: string;

  @IsOptional()
  @IsISO8601(INSTANT)
  endsAt?: string;

  @IsVersion()
  version!: number;
}

/** One holiday period of the school calendar: first and last day without class, both included. */
export class SchoolHolidayDto {
  /** YYYY-MM-DD */
  @IsIsoDate()
  start!: string;

  /** YYYY-MM-DD, on or after `start`. */
  @IsIsoDate()
  end!: string;

  @IsText(PLANNING_LIMITS.schoolHolidayLabel)
  label!: string;

  /** Where the dates come from (the arrêté, its address). */
  @IsText(PLANNING_LIMITS.schoolHolidaySource)
  source!: string;
}

/** Replaces the holiday periods of the service's academic zone, and the zone itself when given. */
export class ReplaceSchoolCalendarDto {
  /** The service's zone; `null`: an académie with its own calendar (Corsica, overseas); omitted: kept. */
  @IsClearable()
  @IsIn(SCHOOL_ZONES)
  zone?: SchoolZone | null;

  @IsArray()
  @ArrayMaxSize(PLANNING_LIMITS.schoolHolidayPeriods.max)
  @ValidateNested({ each: true })
  @Nested(() => SchoolHolidayDto)
  periods!: SchoolHolidayDto[];
}

/** Creates the shifts of the active types for every day of a period (existing ones are kept). */
export class GenerateShiftsDto extends PeriodQueryDto {
  /** Only these types; all active types when omitted. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  shiftTypeIds?: string[];
}

export class CreateAbsenceDto {
  @IsUUID()
  agentId!: string;

  @IsEnum(AbsenceKind)
  kind!: AbsenceKind;

  @IsISO8601(INSTANT)
  startsAt!: string;

  @IsISO8601(INSTANT)
  endsAt!: string;

  @IsOptional()
  @IsText(PLANNING_LIMITS.absenceNote)
  note?: string;

  /** The chief's reason for letting it take its balance (leave, RTT, recovery) below zero. */
  @IsOptional()
  @IsText(PLANNING_LIMITS.balanceOverride)
  balanceOverride?: string;
}

export class AbsenceDecisionDto {
  @IsBoolean()
  approved!: boolean;

  @IsOptional()
  @IsText(PLANNING_LIMITS.decisionNote)
  note?: string;

  /** The chief's reason for approving it although it takes its balance below zero. */
  @IsOptional()
  @IsText(PLANNING_LIMITS.balanceOverride)
  balanceOverride?: string;
}

export class AbsenceFiltersDto {
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @IsOptional()
  @IsIsoDate()
  to?: string;

  @IsOptional()
  @IsEnum(AbsenceStatus)
  status?: AbsenceStatus;

  @IsOptional()
  @IsUUID()
  agentId?: string;
}

/** The absences, latest start first, in pages (`?limit=&cursor=`). */
export class AbsenceQueryDto extends Paged(AbsenceFiltersDto) {}

/** One assignment of a proposal the chief reviewed. */
export class PlannedPairDto {
  @IsUUID()
  shiftId!: string;

  @IsUUID()
  agentId!: string;
}

/**
 * Proposes a roster for the period (at most 6 weeks); writes it to the draft when `apply`.
 * With `assignments` (the proposal the chief reviewed, as the API returned it), nothing is
 * searched: exactly these are checked and written, so that what is written is what was shown.
 */
export class PlanRosterDto extends PeriodQueryDto {
  @IsBoolean()
  apply!: boolean;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Nested(() => PlannedPairDto)
  assignments?: PlannedPairDto[];
}
