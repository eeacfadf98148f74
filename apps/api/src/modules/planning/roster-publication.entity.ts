import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/** A period of the roster published by the chief: agents see published days only. */
@Entity({ name: 'roster_publication' })
@Index('ix_roster_publication_period', ['fromDate', 'toDate'])
@Check('ck_roster_publication_order', 'to_date >= from_date')
export class RosterPublication extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Local dates, both included. */
  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date' })
  toDate!: string;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'text', nullable: true })
  publishedByLogin!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt!: Date;
}
