import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  /** The account's login, e.g. `chef`. */
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  login!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  /**
   * At least 10 characters; refused (400, saying why) when among the most used passwords or
   * easy to guess, or when it contains the login or « vigie ».
   */
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  newPassword!: string;
}
