import { UserAdminResponse, UserIdentity } from '@vigie/shared';

import { User } from './user.entity';

export function toUserResponse(
  user: Pick<User, 'id' | 'login' | 'displayName' | 'roles' | 'agentId'>,
): UserIdentity {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: user.roles,
    agentId: user.agentId,
  };
}

export function toUserAdminResponse(user: User): UserAdminResponse {
  return {
    ...toUserResponse(user),
    disabled: user.disabled,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}
