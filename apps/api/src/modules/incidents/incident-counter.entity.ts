import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number given in a year; locked while a number is taken, so numbers have no gaps. */
@Entity({ name: 'incident_counter' })
export class IncidentCounter {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  last!: number;
}
