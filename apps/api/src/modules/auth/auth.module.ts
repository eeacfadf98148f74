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
    JwtModule.register({}),
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
