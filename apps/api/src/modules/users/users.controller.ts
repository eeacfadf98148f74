import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  CreateUserDto,
  PageQueryDto,
  UpdateUserDto,
  UserAdminResponse,
  UserPageResponse,
} from '@vigie/shared';

import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidParam } from '../../common/http/parse-uuid.pipe';
import { UsersService } from './users.service';

@ApiTags('users')
@SignedIn()
@Roles(...ACCESS.manageUsers)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Accounts, by login. */
  @Get()
  list(@Query() query: PageQueryDto): Promise<UserPageResponse> {
    return this.users.list(query);
  }

  /** Creates an account (409 when the login is taken). */
  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthenticatedUser): Promise<UserAdminResponse> {
    return this.users.create(dto, actor);
  }

  /** Changes an account; `disabled: true` stops its tokens at once. Stale `version`: 409. */
  @Patch(':id')
  update(
    @Param('id', new UuidParam('Compte')) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<UserAdminResponse> {
    return this.users.update(id, dto, actor);
  }
}
