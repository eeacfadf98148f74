import { Column, Entity, PrimaryColumn } from 'typeorm';

import { ServiceKeyed } from '../../common/tenancy/service-owned';

/** The last number given in a year; locked while a number is taken, so numbers have no gaps. */
@Entity({ name: 'incident_counter' })
export class IncidentCounter extends ServiceKeyed {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  last!: number;
}
