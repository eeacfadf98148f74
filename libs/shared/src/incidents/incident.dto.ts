import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { Paged } from '../common/page.dto';
import { Nested, ToInteger } from '../common/transforms';
import { IsIsoDate } from '../common/validators';
import { QUARTIER_CODE_PATTERN } from '../services/territory.rules';
import { INCIDENT_LIMITS, NATINF_PATTERN } from './incident.limits';
import {
  CATEGORY_CODES,
  CATEGORY_GROUP_CODES,
  IncidentActionKind,
  IncidentStatus,
} from './incident.taxonomy';
import { PHOTO_HASH_PATTERN, PHOTO_LIMITS } from './photo.rules';

const INSTANT = { strict: true, strictSeparator: true } as const;

export class IncidentLocationDto {
  @IsString()
  @MinLength(INCIDENT_LIMITS.address.min)
  @MaxLength(INCIDENT_LIMITS.address.max)
  address!: string;

  /** One of the service's quartiers (its code). */
  @IsString()
  @Matches(QUARTIER_CODE_PATTERN, { message: 'quartier : le code d’un quartier du service' })
  quartier!: string;

  /** WGS 84, inside the service's area. */
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  lng?: number;
}

export class IncidentActionDto {
  @IsEnum(IncidentActionKind)
  kind!: IncidentActionKind;

  /** NATINF code of the offence, for a fine. */
  @ValidateIf((action: IncidentActionDto) => action.natinf !== undefined)
  @Matches(NATINF_PATTERN, { message: 'natinf : code NATINF de 1 à 5 chiffres' })
  natinf?: string;

  @IsOptional()
  @IsString()
  @MaxLength(INCIDENT_LIMITS.actionNote.max)
  note?: string;
}

export class CreateIncidentDto {
  /** When it happened, ISO 8601 with offset; not in the future. */
  @IsISO8601(INSTANT)
  occurredAt!: string;

  /** A leaf of the taxonomy, e.g. `PUBLIC_PEACE.NOISE`. */
  @IsIn(CATEGORY_CODES, { message: 'catégorie inconnue' })
  category!: string;

  // ValidateNested alone lets a missing object through.
  @IsObject()
  @ValidateNested()
  @Nested(() => IncidentLocationDto)
  location!: IncidentLocationDto;

  @IsString()
  @MinLength(INCIDENT_LIMITS.summary.min)
  @MaxLength(INCIDENT_LIMITS.summary.max)
  summary!: string;

  @IsString()
  @MaxLength(INCIDENT_LIMITS.description.max)
  description!: string;

  /** The agents present, the author at least. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agentIds!: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  cameraIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Nested(() => IncidentActionDto)
  actions?: IncidentActionDto[];

  /**
   * The photos, in their order: each the SHA-256 of bytes sent before to
   * `POST /api/incidents/photos`; at most 6.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PHOTO_LIMITS.perEntry)
  @ArrayUnique({ message: 'photos : une même photo ne peut figurer deux fois' })
  @Matches(PHOTO_HASH_PATTERN, {
    each: true,
    message: 'photos : chaque photo est l’empreinte SHA-256 (64 caractères hexadécimaux) d’une photo envoyée',
  })
  photos?: string[];
}

export class AmendmentDto {
  /** The complement; the entry itself is never edited. */
  @IsString()
  @MinLength(INCIDENT_LIMITS.amendment.min)
  @MaxLength(INCIDENT_LIMITS.amendment.max)
  text!: string;

  /**
   * The photos, in their order: each the SHA-256 of bytes sent before to
   * `POST /api/incidents/photos`; at most 6.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PHOTO_LIMITS.perEntry)
  @ArrayUnique({ message: 'photos : une même photo ne peut figurer deux fois' })
  @Matches(PHOTO_HASH_PATTERN, {
    each: true,
    message: 'photos : chaque photo est l’empreinte SHA-256 (64 caractères hexadécimaux) d’une photo envoyée',
  })
  photos?: string[];
}

export class StatusChangeDto {
  @IsEnum(IncidentStatus)
  to!: IncidentStatus;

  @IsString()
  @MinLength(INCIDENT_LIMITS.statusNote.min)
  @MaxLength(INCIDENT_LIMITS.statusNote.max)
  note!: string;
}

/** The filters of the register, shared by its list and its CSV export. */
export class IncidentFiltersDto {
  /** YYYY-MM-DD (occurred on or after). */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** YYYY-MM-DD (occurred on or before). */
  @IsOptional()
  @IsIsoDate()
  to?: string;

  /** A group (`PUBLIC_PEACE`) or a leaf (`PUBLIC_PEACE.NOISE`). */
  @IsOptional()
  @IsIn([...CATEGORY_GROUP_CODES, ...CATEGORY_CODES], { message: 'catégorie inconnue' })
  category?: string;

  @IsOptional()
  @IsString()
  @Matches(QUARTIER_CODE_PATTERN, { message: 'quartier : le code d’un quartier du service' })
  quartier?: string;

  @IsOptional()
  @IsEnum(IncidentStatus)
  status?: IncidentStatus;

  @IsOptional()
  @IsUUID()
  agentId?: string;

  /** French full text (accents and plurals ignored). */
  @IsOptional()
  @IsString()
  @MaxLength(INCIDENT_LIMITS.search.max)
  q?: string;
}

/** A page of the register, filtered. */
export class IncidentQueryDto extends Paged(IncidentFiltersDto) {}

/** `position`: entries that carry one, per cell of about 170 × 155 m (position-cells.rules). */
export const STATS_DIMENSIONS = ['category', 'quartier', 'week', 'hourOfWeek', 'position'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

/** `?seq=&hash=`: a chain head exported earlier, to check that the chain still contains it. */
export class IntegrityQueryDto {
  @ValidateIf((dto: IntegrityQueryDto) => dto.hash !== undefined || dto.seq !== undefined)
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(999_999_999_999_999)
  seq?: number;

  /** SHA-256 in hexadecimal (64 characters). */
  @ValidateIf((dto: IntegrityQueryDto) => dto.hash !== undefined || dto.seq !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'hash : 64 caractères hexadécimaux (SHA-256)' })
  hash?: string;
}

export class IncidentStatsQueryDto {
  /** First day counted (default: twelve months before `to`). */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** Last day counted (default: today). */
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @IsIn(STATS_DIMENSIONS)
  by!: StatsDimension;
}

/** The CSV export: every entry the filters keep, no paging. */
export class IncidentExportQueryDto extends IncidentFiltersDto {}
