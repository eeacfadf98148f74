import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';
import type { Agent } from '../agents/agent.entity';

/** The private, revocable address of an agent's iCalendar feed (its SHA-256 only). */
@Entity({ name: 'calendar_token' })
@Index('uq_calendar_token_hash', ['tokenHash'], { unique: true })
export class CalendarToken extends ServiceOwned {
  @PrimaryColumn({ type: 'uuid' })
  agentId!: string;

  @OneToOne('Agent', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'fk_calendar_token_agent' })
  agent?: Agent;

  @Column({ type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
