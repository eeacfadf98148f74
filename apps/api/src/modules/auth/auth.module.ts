import { createSecretKey } from 'node:crypto';

import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';

import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard, loginTracker } from './login-throttler.guard';
import { PasswordService } from './password.service';
import { RefreshCookie } from './refresh-cookie';
import { SessionService } from './session.service';

@Module({
  imports: [
    // The HS256 key as a KeyObject, made once: given a string, jsonwebtoken first tries to parse
    // it as a PEM public key (a thrown exception) on every verification.
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          {
            name: 'ip',
            ttl: config.login.windowSeconds * 1000,
            limit: config.login.limitPerIp,
            getTracker: (request: Record<string, unknown>) => `ip:${String(request.ip)}`,
          },
          {
            name: 'account',
            ttl: config.login.windowSeconds * 1000,
            limit: config.login.limitPerAccount,
            getTracker: loginTracker,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, PasswordService, SessionService, RefreshCookie, LoginThrottlerGuard],
  exports: [JwtModule, PasswordService, SessionService],
})
export class AuthModule {}
