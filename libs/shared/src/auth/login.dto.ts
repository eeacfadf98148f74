import { IsString, MaxLength, MinLength } from 'class-validator';

import { AUTH_LIMITS } from './auth.limits';

export class LoginDto {
  /** The account's login, e.g. `chef`. */
  @IsString()
  @MinLength(AUTH_LIMITS.login.min)
  @MaxLength(AUTH_LIMITS.login.max)
  login!: string;

  @IsString()
  @MinLength(AUTH_LIMITS.password.min)
  @MaxLength(AUTH_LIMITS.password.max)
  password!: string;
}

export class ChangePasswordDto {
  @IsString()
  @MinLength(AUTH_LIMITS.password.min)
  @MaxLength(AUTH_LIMITS.password.max)
  currentPassword!: string;

  /**
   * At least 10 characters; refused (400, saying why) when among the most used passwords or
   * easy to guess, or when it contains the login or « vigie ».
   */
  @IsString()
  @MinLength(AUTH_LIMITS.newPassword.min)
  @MaxLength(AUTH_LIMITS.newPassword.max)
  newPassword!: string;
}
