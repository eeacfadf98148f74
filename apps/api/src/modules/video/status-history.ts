import { Column } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/**
 * A line of a status history (a camera's, a footage request's): from, to, why, who, when.
 * Rows are never updated (trigger `vigie_no_update`); they go only with what they describe.
 */
export abstract class StatusHistoryRow<S extends string> extends ServiceOwned {
  /** Null for the first line (the record's creation). */
  @Column({ type: 'text', nullable: true })
  fromStatus!: S | null;

  @Column({ type: 'text' })
  toStatus!: S;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Null for the work of a job (the footage requests' expiry). */
  @Column({ type: 'text', nullable: true })
  authorLogin!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;
}

/** A history line as the API answers it (`CameraStatusChangeResponse`, `FootageEventResponse`). */
export function toStatusHistoryResponse<S extends string>(
  row: StatusHistoryRow<S>,
): { from: S | null; to: S; note: string | null; author: string | null; at: string } {
  return {
    from: row.fromStatus,
    to: row.toStatus,
    note: row.note,
    author: row.authorLogin,
    at: row.at.toISOString(),
  };
}
