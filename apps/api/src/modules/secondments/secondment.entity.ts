import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';
import type { PoliceService } from '../services/police-service.entity';

/**
 * One of the service's agents at the disposal of another service for a period, under the
 * communes' convention (CSI L512-1). The home service owns the row (`service_id`); the host
 * reads it (its row-level security policy shows it to both), and through it the agent's record,
 * qualifications and the préfet's decisions on his permit. The database refuses a second
 * secondment of the agent to the same service on the same days.
 */
@Entity({ name: 'agent_secondment' })
@Index('ix_agent_secondment_host', ['hostServiceId', 'agentId'])
@Check('ck_agent_secondment_order', 'end_date >= start_date')
@Check('ck_agent_secondment_share', 'share_percent BETWEEN 1 AND 100')
@Check('ck_agent_secondment_host', 'host_service_id <> service_id')
@Check('ck_agent_secondment_convention', 'char_length(convention) BETWEEN 3 AND 200')
@Exclusion(
  'ex_agent_secondment_overlap',
  `USING gist ("agent_id" WITH =, "host_service_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`,
)
export class Secondment extends ServiceOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agentId!: string;

  @ManyToOne('Agent', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_agent_secondment_agent' })
  agent?: Agent;

  @Column({ type: 'uuid' })
  hostServiceId!: string;

  @ManyToOne('PoliceService', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_service_id', foreignKeyConstraintName: 'fk_agent_secondment_host' })
  hostService?: PoliceService;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'integer' })
  sharePercent!: number;

  @Column({ type: 'text' })
  convention!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'text' })
  createdByName!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
