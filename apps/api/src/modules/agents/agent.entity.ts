import { AgentStatus, Grade } from '@vigie/shared';
import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';

import { NUMERIC_AS_NUMBER } from '../../common/db/numeric';
import { EditableServiceOwned } from '../../common/tenancy/service-owned';
import { oneOf } from '../../database/checks';
import { Qualification } from './qualification.entity';
import { ShootingSession } from './shooting-session.entity';

export const FRENCH_COLLATION = 'fr-FR-x-icu';

/** A member of the service. Never deleted: a departure is the status DEPARTED with its date. */
@Entity({ name: 'agent' })
@Index('uq_agent_matricule', ['serviceId', 'matricule'], { unique: true })
@Index('ix_agent_name', ['lastName', 'firstName', 'id'])
@Check('ck_agent_grade', oneOf('grade', Object.values(Grade)))
@Check('ck_agent_status', oneOf('status', Object.values(AgentStatus)))
@Check('ck_agent_departed_has_date', `status <> 'DEPARTED' OR departure_date IS NOT NULL`)
@Check('ck_agent_departure_after_hire', 'departure_date IS NULL OR departure_date >= hire_date')
@Check('ck_agent_contract_ratio', 'contract_ratio > 0 AND contract_ratio <= 1')
export class Agent extends EditableServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  matricule!: string;

  @Column({ type: 'text', collation: FRENCH_COLLATION })
  lastName!: string;

  @Column({ type: 'text', collation: FRENCH_COLLATION })
  firstName!: string;

  @Column({ type: 'text' })
  grade!: Grade;

  @Column({ type: 'text' })
  status!: AgentStatus;

  @Column({ type: 'text', nullable: true })
  brigade!: string | null;

  @Column({ type: 'date' })
  hireDate!: string;

  @Column({ type: 'date', nullable: true })
  departureDate!: string | null;

  @Column({
    type: 'numeric',
    precision: 3,
    scale: 2,
    default: 1,
    transformer: NUMERIC_AS_NUMBER,
  })
  contractRatio!: number;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @OneToMany(() => Qualification, (qualification) => qualification.agent)
  qualifications?: Qualification[];

  @OneToMany(() => ShootingSession, (session) => session.agent)
  shootingSessions?: ShootingSession[];
}
