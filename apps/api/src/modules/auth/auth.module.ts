import { createSecretKey } from 'node:crypto';

import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ServicesModule } from '../services/services.module';
import { AccountsRepository } from './accounts.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginFailureJob } from './login-failure.job';
import { LoginFailures } from './login-failures.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordService } from './password.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionService } from './session.service';

@Module({
  imports: [
    ServicesModule,
    // The HS256 key as a KeyObject, made once: given a string, jsonwebtoken first tries to parse
    // it as a PEM public key (a thrown exception) on every verification.
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountsRepository,
    PasswordService,
    SessionService,
    RefreshCookie,
    LoginThrottle,
    LoginFailures,
    LoginFailureJob,
  ],
  exports: [JwtModule, AccountsRepository, PasswordService, SessionService],
})
export class AuthModule {}
