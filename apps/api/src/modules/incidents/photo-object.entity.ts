import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

/**
 * A photo received, named by the SHA-256 of its bytes, which the photo store keeps under that
 * name. Received before the entry that names it (`incident_photo`); one never named is removed
 * by the nightly purge a day later. `deletedAt`: its bytes were deleted with the content of every
 * entry that named it (retention); the hashes stay in the chain.
 */
@Entity({ name: 'photo_object' })
@Index('ix_photo_object_touched_at', ['touchedAt'])
@Check('ck_photo_object_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_photo_object_size', `size > 0`)
export class PhotoObject extends ServiceKeyed {
  @PrimaryColumn({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  /** Received, sent again, or named by an entry: an unnamed photo goes a day after this. */
  @Column({ type: 'timestamptz' })
  touchedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
