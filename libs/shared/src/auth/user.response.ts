import { ServiceSummary } from '../services/service.response';
import { TerritoryResponse } from '../services/territory.rules';
import { Role } from './role.enum';

/** A user of a service: who he is there. */
export class UserIdentity {
  id!: string;
  login!: string;
  displayName!: string;
  roles!: Role[];
  /** The agent record an AGENT user is linked to. */
  agentId!: string | null;
}

/** The signed-in user as the web app sees him. */
export class UserResponse extends UserIdentity {
  /** The service he works in now; null for a platform account (which belongs to none). */
  service!: ServiceSummary | null;
  /** Every service his account belongs to (a pooled chief has several); he may switch. */
  services!: ServiceSummary[];
  /** The current service's quartiers and area (null for a platform account): kept on the phone for offline entries. */
  territory!: TerritoryResponse | null;
  /** A platform account: it creates services and reads none of their data. */
  platform!: boolean;
}

export class LoginResponse {
  /** JWT to send as `Authorization: Bearer …`. */
  accessToken!: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn!: number;
  user!: UserResponse;
}
