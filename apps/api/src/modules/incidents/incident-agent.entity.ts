import { Entity, Index, PrimaryColumn } from 'typeorm';

import { ServiceOwned } from '../../common/tenancy/service-owned';

/** Who was present: lets the log be filtered by agent through an index. */
@Entity({ name: 'incident_agent' })
@Index('ix_incident_agent_agent', ['agentId', 'incidentId'])
export class IncidentAgent extends ServiceOwned {
  @PrimaryColumn({ type: 'uuid' })
  incidentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  agentId!: string;
}
