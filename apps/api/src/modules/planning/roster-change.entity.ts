import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/**
 * A change to a published period (who, what, when), shown to the agent it touches until he has
 * read it. Written in the transaction of the change; never updated but for `readAt`.
 */
@Entity({ name: 'roster_change' })
@Index('ix_roster_change_agent', ['agentId', 'at'])
export class RosterChange extends ServiceOwned {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @Column({ type: 'uuid', nullable: true })
  shiftId!: string | null;

  /** ASSIGNED, UNASSIGNED, SHIFT_MOVED, SHIFT_CANCELLED */
  @Column({ type: 'text' })
  action!: string;

  /** French, for the agent: « Ajouté à Patrouille de nuit du 12/06 21:00–07:00 ». */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'uuid', nullable: true })
  byId!: string | null;

  @Column({ type: 'text', nullable: true })
  byLogin!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
