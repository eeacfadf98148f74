import { WeaponKind, WeaponStatus } from './armoury.enum';

/** Who holds a weapon now. */
export class WeaponHolderResponse {
  issueId!: string;
  agentId!: string;
  agentName!: string;
  issuedAt!: string;
}

export class WeaponResponse {
  id!: string;
  kind!: WeaponKind;
  model!: string;
  serialNumber!: string;
  status!: WeaponStatus;
  /** The open issue, when the weapon is out. */
  issuedTo!: WeaponHolderResponse | null;
  createdAt!: string;
}

export class WeaponPageResponse {
  items!: WeaponResponse[];
  nextCursor!: string | null;
}

/** A line of the daily log: a weapon handed to an agent, and its return once it came back. */
export class WeaponIssueResponse {
  id!: string;
  weaponId!: string;
  weaponKind!: WeaponKind;
  weaponModel!: string;
  serialNumber!: string;
  agentId!: string;
  agentName!: string;
  ammunition!: number;
  issuedAt!: string;
  issuedBy!: string;
  /** The shift it was issued for: its end is when the weapon is due back. */
  dueBy!: string;
  returnedAt!: string | null;
  ammunitionReturned!: number | null;
  returnedBy!: string | null;
  /** Not returned and its shift has ended. */
  overdue!: boolean;
}

export class WeaponIssuePageResponse {
  items!: WeaponIssueResponse[];
  nextCursor!: string | null;
}

/** The dashboard's flag: weapons not returned after their agent's shift ended, the longest overdue first. */
export class DashboardArmouryResponse {
  overdue!: WeaponIssueResponse[];
}
