import { IsText } from '../common/validators';
import { AUTH_LIMITS } from './auth.limits';

export class LoginDto {
  /** The account's login, e.g. `chef`. */
  @IsText(AUTH_LIMITS.login)
  login!: string;

  @IsText(AUTH_LIMITS.password)
  password!: string;
}

export class ChangePasswordDto {
  @IsText(AUTH_LIMITS.password)
  currentPassword!: string;

  /**
   * At least 10 characters; refused (400, saying why) when among the most used passwords or
   * easy to guess, or when it contains the login or « vigie ».
   */
  @IsText(AUTH_LIMITS.newPassword)
  newPassword!: string;
}
