import { Role } from './role.enum';

/** The signed-in user as the web app sees him. */
export class UserResponse {
  id!: string;
  login!: string;
  displayName!: string;
  roles!: Role[];
  /** The agent record an AGENT user is linked to. */
  agentId!: string | null;
}

export class LoginResponse {
  /** JWT to send as `Authorization: Bearer …`. */
  accessToken!: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn!: number;
  user!: UserResponse;
}
