import type { RosterFinding } from './roster.types';

/** A finding's identity: the same rule, broken by the same agent on the same shift, in the same words. */
export function findingKey(finding: RosterFinding): string {
  return `${finding.rule}|${finding.agentId ?? ''}|${finding.shiftId ?? ''}|${finding.message}`;
}

/** The identities of findings, to compare a roster after a change with the roster before it. */
export function findingKeys(findings: readonly RosterFinding[]): Set<string> {
  return new Set(findings.map(findingKey));
}

/**
 * What a change introduced: the findings after it that were not there before (a rule the roster
 * broke already is not the change's doing). The API's guard, the planner and the web's live
 * feedback all judge a change so.
 */
export function introducedFindings(
  before: ReadonlySet<string>,
  after: readonly RosterFinding[],
): RosterFinding[] {
  return after.filter((finding) => !before.has(findingKey(finding)));
}
