import { Grade } from './agent.enum';

/** Seen from the service one works in: one of its agents lent out, or another's agent received. */
export enum SecondmentDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

/** A service as another names it: its name only, never what it holds. */
export class ServiceNameResponse {
  id!: string;
  name!: string;
}

export class SecondedAgentResponse {
  id!: string;
  matricule!: string;
  firstName!: string;
  lastName!: string;
  grade!: Grade;
}

/** An agent at the disposal of another service for a period (CSI L512-1). */
export class SecondmentResponse {
  id!: string;
  agent!: SecondedAgentResponse;
  /** The service that employs him (and keeps his record, his absences, his time account). */
  homeService!: ServiceNameResponse;
  /** The service he also works for during the period. */
  hostService!: ServiceNameResponse;
  direction!: SecondmentDirection;
  from!: string;
  to!: string;
  sharePercent!: number;
  convention!: string;
  createdAt!: string;
  createdBy!: string;
}

export class SecondmentListResponse {
  items!: SecondmentResponse[];
}

/** The other services an agent may be put at the disposal of, by name. */
export class ServiceNameListResponse {
  items!: ServiceNameResponse[];
}
