import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One occurrence of a scheduled job (the night's purge, a five-minute expiry round), claimed by the
 * first node to reach it: every API process runs the same schedule, the primary key lets one of
 * them do the work.
 */
@Entity({ name: 'job_run' })
@Index('ix_job_run_started_at', ['startedAt'])
export class JobRun {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_job_run' })
  name!: string;

  /** The occurrence: the night (YYYY-MM-DD, Paris) or the period's instant (ISO). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_job_run' })
  slot!: string;

  /** The process that ran it (host:pid). */
  @Column({ type: 'text' })
  node!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Why the run failed (null while running or when it succeeded). */
  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
