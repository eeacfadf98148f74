import { compareFrench, DerogationResponse, RuleSet, standingLimit } from '@vigie/shared';

import { Derogation } from '../derogation.entity';

export function toDerogationResponse(
  derogation: Derogation,
  names: ReadonlyMap<string, string>,
  ruleSet: RuleSet,
): DerogationResponse {
  return {
    id: derogation.id,
    kind: derogation.kind,
    rule: derogation.rule,
    limit: derogation.limitValue,
    standingLimit: standingLimit(derogation.rule, ruleSet),
    title: derogation.title,
    reason: derogation.reason,
    decidedBy: derogation.decidedBy,
    agents: derogation.agentIds
      .map((agentId) => ({ agentId, agentName: names.get(agentId) ?? 'Agent inconnu' }))
      .sort((a, b) => compareFrench(a.agentName, b.agentName)),
    from: derogation.startDate,
    to: derogation.endDate,
    createdByName: derogation.createdByName,
    createdAt: derogation.createdAt.toISOString(),
    revokedAt: derogation.revokedAt?.toISOString() ?? null,
    revokedByName: derogation.revokedByName,
    revokeReason: derogation.revokeReason,
    version: derogation.version,
  };
}
