import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
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
import { Nested, ToBoolean } from '../common/transforms';
import { IsIntWithin, IsIsoDate, MAX_INT4 } from '../common/validators';
import { QUARTIER_CODE_PATTERN } from '../services/territory.rules';
import { CameraKind, CameraStatus, FootageAuthority, FootageStatus } from './video.enum';
import { VIDEO_LIMITS } from './video.limits';
import { CAMERA_CODE_PATTERN } from './video.rules';

const INSTANT = { strict: true, strictSeparator: true } as const;

/** How many cameras of a kind the service plans to install in a year. */
export class CameraPlanLineDto {
  @IsIntWithin(VIDEO_LIMITS.plannedYear)
  year!: number;

  @IsEnum(CameraKind)
  kind!: CameraKind;

  @IsIntWithin(VIDEO_LIMITS.plannedCount)
  planned!: number;
}

/** Replaces the service's camera deployment plan (the council's vote, a revision). */
export class ReplaceCameraPlanDto {
  @IsArray()
  @ArrayMaxSize(VIDEO_LIMITS.planLines.max)
  @ValidateNested({ each: true })
  @Nested(() => CameraPlanLineDto)
  lines!: CameraPlanLineDto[];
}

export class CreateCameraDto {
  /** Unique: `NOM-01`, `FIX-BOURG-03`… (capitals, digits, dashes). */
  @Matches(CAMERA_CODE_PATTERN, { message: 'code : 2 à 20 caractères parmi A-Z, 0-9 et « - »' })
  code!: string;

  @IsEnum(CameraKind)
  kind!: CameraKind;

  @IsString()
  @MinLength(VIDEO_LIMITS.cameraLabel.min)
  @MaxLength(VIDEO_LIMITS.cameraLabel.max)
  label!: string;

  /** One of the service's quartiers (its code). */
  @IsString()
  @Matches(QUARTIER_CODE_PATTERN, { message: 'quartier : le code d’un quartier du service' })
  quartier!: string;

  /** WGS 84, inside Lomme; both or neither. */
  @ValidateIf((dto: CreateCameraDto) => dto.lng !== undefined || dto.lat !== undefined)
  @IsLatitude()
  lat?: number;

  @ValidateIf((dto: CreateCameraDto) => dto.lat !== undefined || dto.lng !== undefined)
  @IsLongitude()
  lng?: number;

  @IsEnum(CameraStatus)
  status!: CameraStatus;

  /** The year of the deployment plan the camera belongs to. */
  @IsInt()
  @Min(VIDEO_LIMITS.plannedYear.min)
  @Max(VIDEO_LIMITS.plannedYear.max)
  plannedYear!: number;

  /** YYYY-MM-DD */
  @IsOptional()
  @IsIsoDate()
  installedOn?: string;

  @IsOptional()
  @IsBoolean()
  connectedToCsu?: boolean;
}

/** Every field optional but `version`; `null` clears the coordinates or the installation date. */
export class UpdateCameraDto {
  @IsOptional()
  @IsString()
  @MinLength(VIDEO_LIMITS.cameraLabel.min)
  @MaxLength(VIDEO_LIMITS.cameraLabel.max)
  label?: string;

  @IsOptional()
  @IsString()
  @Matches(QUARTIER_CODE_PATTERN, { message: 'quartier : le code d’un quartier du service' })
  quartier?: string;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsLatitude()
  lat?: number | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsLongitude()
  lng?: number | null;

  @IsOptional()
  @IsEnum(CameraStatus)
  status?: CameraStatus;

  @IsOptional()
  @IsInt()
  @Min(VIDEO_LIMITS.plannedYear.min)
  @Max(VIDEO_LIMITS.plannedYear.max)
  plannedYear?: number;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIsoDate()
  installedOn?: string | null;

  @IsOptional()
  @IsBoolean()
  connectedToCsu?: boolean;

  /** Why the status changes (kept in the camera's history). */
  @IsOptional()
  @IsString()
  @MaxLength(VIDEO_LIMITS.cameraNote.max)
  note?: string;

  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version!: number;
}

export class CameraFiltersDto {
  @IsOptional()
  @IsEnum(CameraKind)
  kind?: CameraKind;

  @IsOptional()
  @IsEnum(CameraStatus)
  status?: CameraStatus;
}

/** The registry by code, in pages (`?limit=&cursor=`). */
export class CameraQueryDto extends Paged(CameraFiltersDto) {}

export class CreateFootageRequestDto {
  @IsUUID()
  cameraId!: string;

  /** Start of the time window, ISO 8601 with offset. */
  @IsISO8601(INSTANT)
  from!: string;

  /** End of the window: after its start, at most 24 h later, not in the future. */
  @IsISO8601(INSTANT)
  to!: string;

  @IsEnum(FootageAuthority)
  authority!: FootageAuthority;

  @IsString()
  @MinLength(VIDEO_LIMITS.footageReason.min)
  @MaxLength(VIDEO_LIMITS.footageReason.max)
  reason!: string;

  /** The requester's reference (procès-verbal, soit-transmis…). */
  @IsOptional()
  @IsString()
  @MaxLength(VIDEO_LIMITS.footageReference.max)
  reference?: string;

  @IsOptional()
  @IsUUID()
  incidentId?: string;
}

export class FootageStatusDto {
  @IsIn([FootageStatus.EXTRACTED, FootageStatus.DELIVERED, FootageStatus.REFUSED], {
    message: 'to : EXTRACTED, DELIVERED ou REFUSED',
  })
  to!: FootageStatus;

  /** Required to refuse. */
  @IsString()
  @MaxLength(VIDEO_LIMITS.footageNote.max)
  note!: string;

  /**
   * Extraction: the video operator (an agent individually designated, `VIDEO_OPERATOR`) who
   * extracted the images; the caller's own agent record when omitted.
   */
  @IsOptional()
  @IsUUID()
  operatorAgentId?: string;

  /** Delivery: to whom the images were handed (name and service); required to deliver. */
  @IsOptional()
  @IsString()
  @MinLength(VIDEO_LIMITS.footageRecipient.min)
  @MaxLength(VIDEO_LIMITS.footageRecipient.max)
  recipient?: string;
}

export class FootageFiltersDto {
  @IsOptional()
  @IsEnum(FootageStatus)
  status?: FootageStatus;

  /** Only the requests still waiting (REQUESTED, EXTRACTED). */
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  open?: boolean;

  @IsOptional()
  @IsUUID()
  cameraId?: string;

  @IsOptional()
  @IsUUID()
  incidentId?: string;
}

/** Most urgent first, in pages (`?limit=&cursor=`). */
export class FootageQueryDto extends Paged(FootageFiltersDto) {}
