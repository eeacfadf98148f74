import { Injectable } from '@nestjs/common';
import { PhotoResponse } from '@vigie/shared';
import { EntityManager } from 'typeorm';

import { PhotoOwnerKind } from './incident-photo.entity';

/** A photo an entry names, with what the integrity check reports of it. */
export interface NamedPhotoRow {
  incidentId: string;
  number: string;
  refId: string;
  position: number;
  sha256: string;
}

/** The SQL of the main courante's photos: the photos received (`photo_object`) and named (`incident_photo`). */
@Injectable()
export class IncidentPhotosRepository {
  /**
   * Records a photo received (or received again: its day starts again). A photo whose bytes the
   * retention deleted and that is sent anew is kept again.
   */
  async received(
    manager: EntityManager,
    sha256: string,
    mediaType: string,
    size: number,
    by: string,
    at: Date,
  ): Promise<boolean> {
    const rows = await manager.query<{ inserted: boolean }[]>(
      `INSERT INTO photo_object (sha256, media_type, size, uploaded_by, touched_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (service_id, sha256) DO UPDATE SET touched_at = EXCLUDED.touched_at, deleted_at = NULL
       RETURNING (xmax = 0) AS inserted`,
      [sha256, mediaType, size, by, at],
    );
    return rows[0].inserted;
  }

  /**
   * Of `hashes`, those received and kept, locked for the transaction and touched (so that the
   * clean-up of unnamed photos, which re-reads a row it waited for, leaves them).
   */
  async takeReceived(manager: EntityManager, hashes: string[], at: Date): Promise<Set<string>> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [rows] = await manager.query<[{ sha256: string }[], number]>(
      `UPDATE photo_object SET touched_at = $2 WHERE sha256 = ANY($1::text[]) AND deleted_at IS NULL RETURNING sha256`,
      [hashes, at],
    );
    return new Set(rows.map((row) => row.sha256));
  }

  async name(
    manager: EntityManager,
    incidentId: string,
    refKind: PhotoOwnerKind,
    refId: string,
    hashes: string[],
  ): Promise<void> {
    if (hashes.length === 0) return;
    await manager.query(
      `INSERT INTO incident_photo (ref_id, position, ref_kind, incident_id, sha256)
       SELECT $1, p.position - 1, $2, $3, p.sha256 FROM unnest($4::text[]) WITH ORDINALITY AS p(sha256, position)`,
      [refId, refKind, incidentId, hashes],
    );
  }

  /** The hashes each of `refIds` names, in order (what its link's content holds). */
  async hashesOf(manager: EntityManager, refIds: string[]): Promise<Map<string, string[]>> {
    const byRef = new Map<string, string[]>();
    if (refIds.length === 0) return byRef;
    const rows = await manager.query<{ ref_id: string; sha256: string }[]>(
      `SELECT ref_id, sha256 FROM incident_photo WHERE ref_id = ANY($1::uuid[]) ORDER BY ref_id, position`,
      [refIds],
    );
    for (const row of rows) byRef.set(row.ref_id, [...(byRef.get(row.ref_id) ?? []), row.sha256]);
    return byRef;
  }

  /** The photos of an entry and of its complements, by the entry's or complement's id, in order. */
  async ofIncident(manager: EntityManager, incidentId: string): Promise<Map<string, PhotoResponse[]>> {
    const rows = await manager.query<{ ref_id: string; sha256: string; media_type: string; size: number }[]>(
      `SELECT ip.ref_id, ip.sha256, o.media_type, o.size
         FROM incident_photo ip JOIN photo_object o ON o.sha256 = ip.sha256
        WHERE ip.incident_id = $1 ORDER BY ip.ref_id, ip.position`,
      [incidentId],
    );
    const byRef = new Map<string, PhotoResponse[]>();
    for (const row of rows) {
      const photo = { sha256: row.sha256, mediaType: row.media_type, size: Number(row.size) };
      byRef.set(row.ref_id, [...(byRef.get(row.ref_id) ?? []), photo]);
    }
    return byRef;
  }

  /** The photo `sha256` if the entry `incidentId` (or one of its complements) names it. */
  async namedBy(
    manager: EntityManager,
    incidentId: string,
    sha256: string,
  ): Promise<{ mediaType: string; deleted: boolean } | null> {
    const [row] = await manager.query<{ media_type: string; deleted: boolean }[]>(
      `SELECT o.media_type, o.deleted_at IS NOT NULL AS deleted
         FROM incident_photo ip JOIN photo_object o ON o.sha256 = ip.sha256
        WHERE ip.incident_id = $1 AND ip.sha256 = $2 LIMIT 1`,
      [incidentId, sha256],
    );
    return row ? { mediaType: row.media_type, deleted: row.deleted } : null;
  }

  /**
   * The photos named by entries whose content is still there, in chain order, `limit` from
   * `after` (the integrity check reads their bytes in batches).
   */
  async livePage(
    manager: EntityManager,
    after: number,
    limit: number,
  ): Promise<(NamedPhotoRow & { row: number })[]> {
    const rows = await manager.query<
      { row: string; incident_id: string; number: string; ref_id: string; position: number; sha256: string }[]
    >(
      `SELECT * FROM (
         SELECT row_number() OVER (ORDER BY l.seq, ip.position) AS row, ip.incident_id, i.number, ip.ref_id,
                ip.position, ip.sha256
           FROM incident_photo ip
           JOIN incident i ON i.id = ip.incident_id AND i.erased_at IS NULL
           JOIN incident_link l ON l.ref_id = ip.ref_id AND l.kind = ip.ref_kind) numbered
        WHERE row > $1 ORDER BY row LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({
      row: Number(row.row),
      incidentId: row.incident_id,
      number: row.number,
      refId: row.ref_id,
      position: Number(row.position),
      sha256: row.sha256,
    }));
  }

  /** Takes the photo `sha256` for the transaction: its bytes and its row change together. */
  async lock(manager: EntityManager, sha256: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('vigie:photo:' || $1))`, [sha256]);
  }

  /**
   * Photos whose bytes may go: named only by erased entries (their retention ended), or never
   * named and untouched since `unnamedBefore`.
   */
  async releasable(
    manager: EntityManager,
    unnamedBefore: Date,
  ): Promise<{ erased: string[]; unnamed: string[] }> {
    const erased = await manager.query<{ sha256: string }[]>(
      `SELECT o.sha256 FROM photo_object o
        WHERE o.deleted_at IS NULL
          AND EXISTS (SELECT 1 FROM incident_photo ip WHERE ip.sha256 = o.sha256)
          AND NOT EXISTS (SELECT 1 FROM incident_photo ip JOIN incident i ON i.id = ip.incident_id
                           WHERE ip.sha256 = o.sha256 AND i.erased_at IS NULL)`,
    );
    const unnamed = await manager.query<{ sha256: string }[]>(
      `SELECT o.sha256 FROM photo_object o
        WHERE o.touched_at < $1 AND NOT EXISTS (SELECT 1 FROM incident_photo ip WHERE ip.sha256 = o.sha256)`,
      [unnamedBefore],
    );
    return { erased: erased.map((row) => row.sha256), unnamed: unnamed.map((row) => row.sha256) };
  }

  /** Marks the bytes of `sha256` deleted if it is still named by erased entries only; whether it was. */
  async markErased(manager: EntityManager, sha256: string, at: Date): Promise<boolean> {
    const [, count] = await manager.query<[unknown[], number]>(
      `UPDATE photo_object o SET deleted_at = $2
        WHERE o.sha256 = $1 AND o.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM incident_photo ip JOIN incident i ON i.id = ip.incident_id
                           WHERE ip.sha256 = o.sha256 AND i.erased_at IS NULL)
       RETURNING o.sha256`,
      [sha256, at],
    );
    return count > 0;
  }

  /** Removes the row of `sha256` if it is still unnamed and untouched since `before`; whether it was. */
  async dropUnnamed(manager: EntityManager, sha256: string, before: Date): Promise<boolean> {
    const [, count] = await manager.query<[unknown[], number]>(
      `DELETE FROM photo_object o
        WHERE o.sha256 = $1 AND o.touched_at < $2
          AND NOT EXISTS (SELECT 1 FROM incident_photo ip WHERE ip.sha256 = o.sha256)
       RETURNING o.sha256`,
      [sha256, before],
    );
    return count > 0;
  }
}
