import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Parts of the demo data already written, so each is seeded once. */
@Entity({ name: 'demo_seed' })
export class DemoSeed {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;
}
