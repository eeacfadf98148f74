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

/** A correction of a line of the log: the counts before and after, who wrote it and why. */
export class WeaponIssueCorrectionResponse {
  id!: string;
  /** The cartridges issued before and after (equal when this correction left them). */
  ammunitionBefore!: number;
  ammunitionAfter!: number;
  ammunitionReturnedBefore!: number | null;
  ammunitionReturnedAfter!: number | null;
  reason!: string;
  correctedAt!: string;
  correctedBy!: string;
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
  /** `ammunition` and `ammunitionReturned` are the corrected counts; here, how they came to be (oldest first). */
  corrections!: WeaponIssueCorrectionResponse[];
}

export class WeaponIssuePageResponse {
  items!: WeaponIssueResponse[];
  nextCursor!: string | null;
}

/** The dashboard's flag: weapons not returned after their agent's shift ended, the longest overdue first. */
export class DashboardArmouryResponse {
  overdue!: WeaponIssueResponse[];
}
