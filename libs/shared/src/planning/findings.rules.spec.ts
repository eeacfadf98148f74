import { findingKeys, introducedFindings } from './findings.rules';
import { RosterRule } from './planning.enum';
import type { RosterFinding } from './roster.types';

const finding = (over: Partial<RosterFinding> = {}): RosterFinding => ({
  rule: RosterRule.DAILY_REST,
  severity: 'violation',
  agentId: 'a1',
  shiftId: 's1',
  message: 'Repos de 9 h : 11 h minimum',
  ...over,
});

describe('introducedFindings', () => {
  it('keeps only what the change broke, not what was broken already', () => {
    const before = findingKeys([finding()]);
    const after = [finding(), finding({ shiftId: 's2' })];
    expect(introducedFindings(before, after)).toEqual([finding({ shiftId: 's2' })]);
  });

  it('tells apart the same rule for another agent, or in other words', () => {
    const before = findingKeys([finding()]);
    expect(introducedFindings(before, [finding({ agentId: 'a2' })])).toHaveLength(1);
    expect(introducedFindings(before, [finding({ message: 'Repos de 8 h : 11 h minimum' })])).toHaveLength(1);
  });

  it('finds nothing new when nothing changed', () => {
    const findings = [finding(), finding({ rule: RosterRule.OVERLAP })];
    expect(introducedFindings(findingKeys(findings), findings)).toEqual([]);
  });
});
