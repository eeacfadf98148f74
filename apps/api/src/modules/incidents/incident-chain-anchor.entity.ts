import { Column, Entity, PrimaryColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

/**
 * Where the chain starts again after a purge: the last link deleted (its `seq` and `hash`), so
 * the links kept still verify from it. Written by the retention purge only, never updated.
 */
@Entity({ name: 'incident_chain_anchor' })
export class IncidentChainAnchor extends ServiceKeyed {
  /** The last link purged; the chain goes on at `seq + 1`. */
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  /** Its hash: the `previousHash` of the first link kept. */
  @Column({ type: 'text' })
  hash!: string;

  @Column({ type: 'timestamptz' })
  purgedAt!: Date;

  /** Entries and links deleted by that purge. */
  @Column({ type: 'integer' })
  entries!: number;

  @Column({ type: 'integer' })
  links!: number;

  /** Entries recorded before this instant were due. */
  @Column({ type: 'timestamptz' })
  recordedBefore!: Date;
}
