import { isOverdue, WeaponIssueResponse, WeaponResponse } from '@vigie/shared';

import { IssueRow } from './armoury.repository';
import { Weapon } from './weapon.entity';

export function toWeaponIssueResponse(row: IssueRow, agentName: string, now: Date): WeaponIssueResponse {
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
    ammunition: row.ammunition,
    issuedAt: new Date(row.issuedAt).toISOString(),
    issuedBy: row.issuedBy,
    dueBy,
    returnedAt,
    ammunitionReturned: row.ammunitionReturned,
    returnedBy: row.returnedBy,
    overdue: isOverdue({ returnedAt, dueBy }, now.toISOString()),
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
