import { DerogationKind } from './derogation.rules';
import type { DerogableRule } from './roster.types';

export class DerogationAgentResponse {
  agentId!: string;
  agentName!: string;
}

/** A derogation and what became of it. */
export class DerogationResponse {
  id!: string;
  kind!: DerogationKind;
  rule!: DerogableRule;
  /** Hours (minutes for BREAK). */
  limit!: number;
  /** The standing limit it departs from (ROSTER_RULES), for comparison. */
  standingLimit!: number;
  title!: string;
  reason!: string;
  decidedBy!: string;
  agents!: DerogationAgentResponse[];
  from!: string;
  to!: string;
  /** The account that recorded it. */
  createdByName!: string | null;
  createdAt!: string;
  /** Revoked: no longer applied by the roster check. */
  revokedAt!: string | null;
  revokedByName!: string | null;
  revokeReason!: string | null;
  version!: number;
}

export class DerogationPageResponse {
  items!: DerogationResponse[];
  nextCursor!: string | null;
}
