import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ChangePasswordDto, ChooseServiceDto, LoginDto, LoginResponse, UserResponse } from '@vigie/shared';
import { FastifyReply, FastifyRequest } from 'fastify';

import { AnyAccount, CurrentUser, Public, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AuthService, ClientInfo, SignedIn as Session } from './auth.service';
import { RefreshCookie } from './refresh-cookie';
import { SameOriginGuard } from './same-origin.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  /**
   * Signs in; sets the refresh cookie (httpOnly, SameSite=Strict). Failures are throttled per
   * login and address, per address, and per login (a brake on wrong passwords only).
   */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiUnauthorizedResponse({ description: 'Identifiant ou mot de passe incorrect' })
  @ApiTooManyRequestsResponse({ description: 'Trop de tentatives (en-tête Retry-After)' })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return this.respond(await this.auth.login(dto, clientOf(request)), reply);
  }

  /**
   * A new access token from the refresh cookie, which is rotated. A reused cookie revokes its
   * session. Only from Vigie's own pages (Origin): the cookie alone must not let another site in.
   */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  @UseGuards(SameOriginGuard)
  @ApiUnauthorizedResponse({ description: 'Cookie absent, expiré, révoqué ou déjà utilisé' })
  @ApiForbiddenResponse({ description: 'En-tête Origin absent ou d’un autre site' })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    try {
      return this.respond(await this.auth.refresh(this.cookie.read(request), clientOf(request)), reply);
    } catch (error) {
      this.cookie.clear(reply);
      throw error;
    }
  }

  /**
   * A member of several services works in another: a new session there (this one ends), the
   * same answer as signing in. A service he does not belong to reads as absent.
   */
  @SignedIn()
  @Post('service')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: 'Service inconnu ou dont le compte n’est pas membre' })
  async switchService(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChooseServiceDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return this.respond(await this.auth.switchService(user, dto, clientOf(request)), reply);
  }

  /** Ends this session: its access and refresh tokens stop working at once. */
  @SignedIn()
  @AnyAccount()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(user);
    this.cookie.clear(reply);
  }

  @SignedIn()
  @AnyAccount()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): Promise<UserResponse> {
    return this.auth.me(user);
  }

  /** Changes the password; the account's other sessions, in every service, are signed out. */
  @SignedIn()
  @AnyAccount()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse()
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto);
  }

  private respond(session: Session, reply: FastifyReply): LoginResponse {
    this.cookie.set(reply, session.tokens.refreshToken, session.tokens.refreshExpiresAt);
    return {
      accessToken: session.tokens.accessToken,
      expiresIn: session.tokens.expiresIn,
      user: session.user,
    };
  }
}

function clientOf(request: FastifyRequest): ClientInfo {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}
