import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { PoliceService } from '../../modules/services/police-service.entity';

/** How a row names its service: the connection's, written by the database (tenancy migration). */
export const SERVICE_COLUMN = {
  type: 'uuid',
  default: () => 'vigie_current_service()',
  insert: false,
  update: false,
} as const;

/**
 * A row a service owns (every tenant table): `service_id` is filled by the database from the
 * connection's service and read by the row-level security policy; the code never writes it.
 */
export abstract class ServiceOwned {
  @Column(SERVICE_COLUMN)
  serviceId!: string;

  // By name: the common layer does not import a module's entity.
  @ManyToOne('PoliceService', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: PoliceService;
}

/**
 * A record of the service that is edited in place: `version` is its optimistic lock (see
 * `updateVersioned`), with when it was created and last changed.
 */
export abstract class EditableServiceOwned extends ServiceOwned {
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * A row keyed within its service (the main courante's counter, chain links and anchors, photos):
 * the service is part of the primary key, as a distribution by service (Citus) would want of all.
 */
export abstract class ServiceKeyed {
  @PrimaryColumn(SERVICE_COLUMN)
  serviceId!: string;

  @ManyToOne('PoliceService', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: PoliceService;
}
