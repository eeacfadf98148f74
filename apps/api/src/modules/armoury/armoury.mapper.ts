import {
  correctedCounts,
  isOverdue,
  WeaponIssueCorrectionResponse,
  WeaponIssueResponse,
  WeaponResponse,
} from '@vigie/shared';

import { IssueRow } from './armoury.repository';
import { Weapon } from './weapon.entity';
import { WeaponIssueCorrection } from './weapon-issue-correction.entity';

/** The line with its counts as corrected (the last correction of each wins) and the history of them. */
export function toWeaponIssueResponse(
  row: IssueRow,
  agentName: string,
  now: Date,
  corrections: readonly WeaponIssueCorrection[] = [],
): WeaponIssueResponse {
  let counts = { ammunition: row.ammunition, ammunitionReturned: row.ammunitionReturned };
  const history: WeaponIssueCorrectionResponse[] = corrections.map((correction) => {
    const after = correctedCounts(counts, [correction]);
    const entry = {
      id: correction.id,
      ammunitionBefore: counts.ammunition,
      ammunitionAfter: after.ammunition,
      ammunitionReturnedBefore: counts.ammunitionReturned,
      ammunitionReturnedAfter: after.ammunitionReturned,
      reason: correction.reason,
      correctedAt: correction.correctedAt.toISOString(),
      correctedBy: correction.correctedBy,
    };
    counts = after;
    return entry;
  });
  const returnedAt = row.returnedAt ? new Date(row.returnedAt).toISOString() : null;
  const dueBy = new Date(row.dueBy).toISOString();
  return {
    id: row.id,
    weaponId: row.weaponId,
    weaponKind: row.weaponKind,
    weaponModel: row.weaponModel,
    serialNumber: row.serialNumber,
    agentId: row.agentId,
    agentName,
    ammunition: counts.ammunition,
    issuedAt: new Date(row.issuedAt).toISOString(),
    issuedBy: row.issuedBy,
    dueBy,
    returnedAt,
    ammunitionReturned: counts.ammunitionReturned,
    returnedBy: row.returnedBy,
    overdue: isOverdue({ returnedAt, dueBy }, now.toISOString()),
    corrections: history,
  };
}

export function toWeaponResponse(
  weapon: Weapon,
  open: IssueRow | undefined,
  agentName: string,
): WeaponResponse {
  return {
    id: weapon.id,
    kind: weapon.kind,
    model: weapon.model,
    serialNumber: weapon.serialNumber,
    status: weapon.status,
    issuedTo: open
      ? {
          issueId: open.id,
          agentId: open.agentId,
          agentName,
          issuedAt: new Date(open.issuedAt).toISOString(),
        }
      : null,
    createdAt: weapon.createdAt.toISOString(),
  };
}
