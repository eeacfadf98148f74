import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '@vigie/shared';

import { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'vigie:public';
export const ROLES = 'vigie:roles';
export const ACCOUNTS = 'vigie:accounts';

/** Which accounts a signed-in route serves: a service's users (the default), the platform's, or both. */
export type AccountKind = 'platform' | 'any';

/** A route of the platform's accounts only (403 to a service's users). */
export function PlatformOnly(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ACCOUNTS, 'platform' satisfies AccountKind),
    ApiForbiddenResponse({ description: 'Réservé aux comptes de la plateforme' }),
  );
}

/** A route any signed-in account may use, the platform's too (its own session, its password). */
export const AnyAccount = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCOUNTS, 'any' satisfies AccountKind);

/** The route needs no sign-in. Every other route does (deny by default). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Restricts a signed-in route to users holding one of these roles (403 otherwise). */
export function Roles(...roles: readonly Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES, roles),
    ApiForbiddenResponse({ description: `Réservé aux rôles ${roles.join(', ')}` }),
  );
}

/** Documents the bearer token on a controller whose routes need a signed-in user. */
export function SignedIn(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Jeton absent, invalide ou révoqué' }),
  );
}

/** The signed-in user of the request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const request = context.switchToHttp().getRequest<{ user: AuthenticatedUser }>();
    return request.user;
  },
);
