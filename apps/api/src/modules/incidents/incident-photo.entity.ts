import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

export type PhotoOwnerKind = 'ENTRY' | 'AMENDMENT';

/**
 * A photo of an entry or of a complement, at its place (0 to 5): the SHA-256 in the hashed content
 * of its link. Append-only, and kept when the entry is erased (its bytes go, its hash stays).
 */
@Entity({ name: 'incident_photo' })
@Index('ix_incident_photo_incident', ['incidentId'])
@Index('ix_incident_photo_sha256', ['sha256'])
@Check('ck_incident_photo_kind', `ref_kind IN ('ENTRY', 'AMENDMENT')`)
@Check('ck_incident_photo_position', `position BETWEEN 0 AND 5`)
export class IncidentPhoto extends ServiceOwned {
  /** The entry or the complement. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_incident_photo' })
  refId!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_incident_photo' })
  position!: number;

  @Column({ type: 'text' })
  refKind!: PhotoOwnerKind;

  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  sha256!: string;
}
