import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One backup attempt, nightly or `npm run backup`: what the chief's dashboard reads to say when
 * the last backup was made, or that it failed. Written after the archive (it is not in it).
 */
@Entity({ name: 'backup_run' })
@Index('ix_backup_run_started_at', ['startedAt'])
export class BackupRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  finishedAt!: Date;

  @Column({ type: 'boolean' })
  ok!: boolean;

  /** `NIGHTLY` or `MANUAL`. */
  @Column({ type: 'text' })
  trigger!: 'NIGHTLY' | 'MANUAL';

  /** The archive's file name (without its folder). */
  @Column({ type: 'text', nullable: true })
  archive!: string | null;

  @Column({ type: 'bigint', nullable: true })
  bytes!: string | null;

  @Column({ type: 'boolean', default: false })
  encrypted!: boolean;

  /** Why it failed, in French. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
