import { UserIdentity } from '../auth/user.response';

/** An account as the chief manages it. */
export class UserAdminResponse extends UserIdentity {
  disabled!: boolean;
  version!: number;
  createdAt!: string;
  lastLoginAt!: string | null;
}

export class UserPageResponse {
  items!: UserAdminResponse[];
  nextCursor!: string | null;
}
