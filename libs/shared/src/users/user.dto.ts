import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
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
  ValidateIf,
} from 'class-validator';

import { Role } from '../auth/role.enum';
import { MAX_INT4 } from '../common/validators';
import { USER_LIMITS } from './user.limits';
import { LOGIN_PATTERN } from './user.rules';

/** A new account's sign-in: what the chief gives a new user, and the platform a service's first chief. */
export class NewAccountDto {
  /** Lower-case letters, digits, `.`, `_` or `-`; 2 to 40 characters. */
  @IsString()
  @Matches(LOGIN_PATTERN, { message: 'login : 2 à 40 caractères parmi a-z, 0-9, « . », « _ » et « - »' })
  login!: string;

  @IsString()
  @MinLength(USER_LIMITS.displayName.min)
  @MaxLength(USER_LIMITS.displayName.max)
  displayName!: string;

  /**
   * At least 10 characters; refused (400, saying why) when among the most used passwords or
   * easy to guess, or when it contains the login or « vigie ».
   */
  @IsString()
  @MinLength(USER_LIMITS.password.min)
  @MaxLength(USER_LIMITS.password.max)
  password!: string;
}

export class CreateUserDto extends NewAccountDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];

  @IsOptional()
  @IsUUID()
  agentId?: string;
}

export class UpdateUserDto {
  @IsOptional()
  @IsString()
  @MinLength(USER_LIMITS.displayName.min)
  @MaxLength(USER_LIMITS.displayName.max)
  displayName?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  /** `null` unlinks the account from its agent record. */
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUUID()
  agentId?: string | null;

  /** The `version` read last; a stale one is answered 409. */
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version!: number;
}
