import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';

import { Role } from '../auth/role.enum';
import { IsClearable, IsText, IsVersion } from '../common/validators';
import { USER_LIMITS } from './user.limits';
import { LOGIN_PATTERN } from './user.rules';

/** A new account's sign-in: what the chief gives a new user, and the platform a service's first chief. */
export class NewAccountDto {
  /** Lower-case letters, digits, `.`, `_` or `-`; 2 to 40 characters. */
  @IsString()
  @Matches(LOGIN_PATTERN, { message: 'login : 2 à 40 caractères parmi a-z, 0-9, « . », « _ » et « - »' })
  login!: string;

  @IsText(USER_LIMITS.displayName)
  displayName!: string;

  /**
   * At least 10 characters; refused (400, saying why) when among the most used passwords or
   * easy to guess, or when it contains the login or « vigie ».
   */
  @IsText(USER_LIMITS.password)
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
  @IsText(USER_LIMITS.displayName)
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
  @IsClearable()
  @IsUUID()
  agentId?: string | null;

  /** The `version` read last; a stale one is answered 409. */
  @IsVersion()
  version!: number;
}
