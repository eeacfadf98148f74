import { Injectable } from '@nestjs/common';
import { SERVICE_TIME_ZONE } from '@vigie/shared';
import { DataSource, EntityManager } from 'typeorm';

import { microsOf } from '../../common/http/cursor';
import { Weapon } from './weapon.entity';
import { WeaponIssueCorrection } from './weapon-issue-correction.entity';

/** A line of the log as read: the issue, its weapon and its return (null while out). */
export interface IssueRow {
  id: string;
  weaponId: string;
  weaponKind: Weapon['kind'];
  weaponModel: string;
  serialNumber: string;
  agentId: string;
  ammunition: number;
  issuedAt: Date;
  issuedBy: string;
  dueBy: Date;
  returnedAt: Date | null;
  ammunitionReturned: number | null;
  returnedBy: string | null;
  /** Microseconds of `issuedAt`: the exact keyset cursor. */
  issuedMicros: string;
}

export interface IssueFilters {
  /** Issues made that local day (service's zone). */
  date?: string;
  agentId?: string;
  /** Keyset: after (issued micros, id) in the latest-first order. */
  after?: { micros: number; id: string };
  limit: number;
}

const ISSUE_SELECT = `
  SELECT i.id, i.weapon_id AS "weaponId", w.kind AS "weaponKind", w.model AS "weaponModel",
         w.serial_number AS "serialNumber", i.agent_id AS "agentId", i.ammunition,
         i.issued_at AS "issuedAt", i.issued_by AS "issuedBy", i.due_by AS "dueBy",
         r.returned_at AS "returnedAt", r.ammunition_returned AS "ammunitionReturned",
         r.returned_by AS "returnedBy", ${microsOf('i.issued_at')}::text AS "issuedMicros"
    FROM weapon_issue i
    JOIN weapon w ON w.id = i.weapon_id
    LEFT JOIN weapon_return r ON r.issue_id = i.id`;

/** The armoury's SQL: the register, the daily log and what is still out. */
@Injectable()
export class ArmouryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the register by kind and serial number, after the cursor's (kind, serial, id). */
  weapons(limit: number, after: [string, string, string] | null): Promise<Weapon[]> {
    const qb = this.dataSource
      .getRepository(Weapon)
      .createQueryBuilder('w')
      .orderBy('w.kind')
      .addOrderBy('w.serialNumber')
      .addOrderBy('w.id')
      .limit(limit + 1);
    if (after) {
      qb.where('(w.kind, w.serial_number, w.id) > (:kind, :serial, CAST(:id AS uuid))', {
        kind: after[0],
        serial: after[1],
        id: after[2],
      });
    }
    return qb.getMany();
  }

  /** Locks the weapon's row until the transaction ends (issues of one weapon wait for each other). */
  async lockWeapon(manager: EntityManager, id: string): Promise<Weapon | null> {
    return manager
      .getRepository(Weapon)
      .createQueryBuilder('w')
      .where('w.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** The open (not returned) issues of these weapons. */
  async openIssuesOf(
    weaponIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssueRow[]> {
    if (weaponIds.length === 0) return [];
    return manager.query(`${ISSUE_SELECT} WHERE r.id IS NULL AND i.weapon_id = ANY($1::uuid[])`, [
      [...weaponIds],
    ]);
  }

  /** The number the next issue of this weapon takes (one more than its issues so far). */
  async nextSequence(manager: EntityManager, weaponId: string): Promise<number> {
    const rows = await manager.query<{ next: number }[]>(
      'SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM weapon_issue WHERE weapon_id = $1',
      [weaponId],
    );
    return Number(rows[0].next);
  }

  /** Locks the line until the transaction ends: its return and corrections wait for each other. */
  async lockIssue(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM weapon_issue WHERE id = $1 FOR UPDATE', [id]);
  }

  /** The corrections of these lines, oldest first. */
  correctionsOf(
    issueIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WeaponIssueCorrection[]> {
    if (issueIds.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(WeaponIssueCorrection)
      .createQueryBuilder('c')
      .where('c.issue_id = ANY(:ids)', { ids: [...new Set(issueIds)] })
      .orderBy('c.correctedAt')
      .addOrderBy('c.id')
      .getMany();
  }

  /**
   * Deletes the lines of the log issued and returned before `before`, with their returns and
   * corrections (the purge's transaction only: the tables refuse it otherwise). A weapon still
   * out stays, however old. The number of lines deleted.
   */
  async purgeLog(manager: EntityManager, before: Date): Promise<number> {
    const ids = (
      await manager.query<{ id: string }[]>(
        `SELECT i.id FROM weapon_issue i JOIN weapon_return r ON r.issue_id = i.id
          WHERE i.issued_at < $1 AND r.returned_at < $1`,
        [before],
      )
    ).map((row) => row.id);
    if (ids.length === 0) return 0;
    await manager.query('DELETE FROM weapon_issue_correction WHERE issue_id = ANY($1::uuid[])', [ids]);
    await manager.query('DELETE FROM weapon_return WHERE issue_id = ANY($1::uuid[])', [ids]);
    await manager.query('DELETE FROM weapon_issue WHERE id = ANY($1::uuid[])', [ids]);
    return ids.length;
  }

  async issue(id: string, manager: EntityManager = this.dataSource.manager): Promise<IssueRow | null> {
    const rows = await manager.query<IssueRow[]>(`${ISSUE_SELECT} WHERE i.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The log, the latest first: a day's issues (in the service's zone), or an agent's. */
  issues(filters: IssueFilters): Promise<IssueRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filters.date) {
      params.push(filters.date, SERVICE_TIME_ZONE);
      where.push(`(i.issued_at AT TIME ZONE $${params.length})::date = $${params.length - 1}::date`);
    }
    if (filters.agentId) {
      params.push(filters.agentId);
      where.push(`i.agent_id = $${params.length}`);
    }
    if (filters.after) {
      params.push(filters.after.micros, filters.after.id);
      where.push(
        `(${microsOf('i.issued_at')}, i.id) < ($${params.length - 1}::bigint, $${params.length}::uuid)`,
      );
    }
    params.push(filters.limit + 1);
    return this.dataSource.query(
      `${ISSUE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY i.issued_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Weapons still out after the end of the shift they were issued for, the longest overdue first. */
  overdue(now: Date): Promise<IssueRow[]> {
    return this.dataSource.query(
      `${ISSUE_SELECT} WHERE r.id IS NULL AND i.due_by <= $1 ORDER BY i.due_by, i.id`,
      [now],
    );
  }
}
