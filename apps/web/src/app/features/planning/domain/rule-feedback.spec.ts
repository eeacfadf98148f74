import { RosterRule } from '@vigie/shared';

import { agentOf, contextOf, shiftOf } from '../testing/planning.builders';
import { liveRoster, trialFindings } from './rule-feedback';

const JULIEN = agentOf('a-julien', 'Lefebvre', 'Julien');
const YASMINE = agentOf('a-yasmine', 'Haddad', 'Yasmine');
// Monday 30 November 21:00 → Tuesday 05:00, then Tuesday 06:00 → 14:00 (Paris, UTC+1).
const MONDAY_NIGHT = shiftOf('s-night', 'NUIT', '2026-11-30T20:00:00.000Z', '2026-12-01T04:00:00.000Z', {
  assignments: [{ agentId: JULIEN.id, agentName: 'Julien Lefebvre' }],
});
const TUESDAY_MORNING = shiftOf('s-morning', 'MATIN', '2026-12-01T05:00:00.000Z', '2026-12-01T13:00:00.000Z');
const WEDNESDAY_MORNING = shiftOf('s-wed', 'MATIN', '2026-12-02T05:00:00.000Z', '2026-12-02T13:00:00.000Z');
const SHIFTS = [MONDAY_NIGHT, TUESDAY_MORNING, WEDNESDAY_MORNING];
const CONTEXT = contextOf([JULIEN, YASMINE], SHIFTS, '2026-11-30', '2026-12-06');

describe('the instant rule feedback', () => {
  it('refuses the morning after a night: 1 h of rest where 11 h are due', () => {
    const findings = trialFindings(liveRoster(CONTEXT, SHIFTS), TUESDAY_MORNING.id, JULIEN.id);
    const rest = findings.find((finding) => finding.rule === RosterRule.DAILY_REST);
    expect(rest?.message).toBe(
      'Repos de 1 h entre le 01/12 05:00 et le 01/12 06:00 : 11 h minimum (Julien Lefebvre)',
    );
    expect(rest).toMatchObject({ agentId: JULIEN.id, severity: 'violation' });
  });

  it('lets an agent who rested take the shift, and says nothing of an assignment already made', () => {
    const live = liveRoster(CONTEXT, SHIFTS);
    expect(trialFindings(live, TUESDAY_MORNING.id, YASMINE.id)).toEqual([]);
    expect(trialFindings(live, WEDNESDAY_MORNING.id, JULIEN.id)).toEqual([]);
    expect(trialFindings(live, MONDAY_NIGHT.id, JULIEN.id)).toEqual([]);
  });

  it('follows the week as it is now, not as the context was loaded', () => {
    // Julien was taken off the night after the context was read: the morning is lawful again.
    const now = [{ ...MONDAY_NIGHT, assignments: [] }, TUESDAY_MORNING, WEDNESDAY_MORNING];
    expect(trialFindings(liveRoster(CONTEXT, now), TUESDAY_MORNING.id, JULIEN.id)).toEqual([]);
    // Yasmine was put on it meanwhile: the morning is now refused to her.
    const moved = [
      { ...MONDAY_NIGHT, assignments: [{ agentId: YASMINE.id, agentName: 'Yasmine Haddad' }] },
      TUESDAY_MORNING,
    ];
    const rules = trialFindings(liveRoster(CONTEXT, moved), TUESDAY_MORNING.id, YASMINE.id).map(
      (f) => f.rule,
    );
    expect(rules).toContain(RosterRule.DAILY_REST);
  });

  it('refuses an overlap, and leaves agents or shifts it does not know to the API', () => {
    const evening = shiftOf('s-evening', 'APREM', '2026-11-30T12:00:00.000Z', '2026-11-30T22:00:00.000Z');
    const live = liveRoster(CONTEXT, [...SHIFTS, evening]);
    expect(trialFindings(live, evening.id, JULIEN.id).map((f) => f.rule)).toContain(RosterRule.OVERLAP);
    expect(trialFindings(live, TUESDAY_MORNING.id, 'a-unknown')).toEqual([]);
    expect(trialFindings(live, 's-unknown', JULIEN.id)).toEqual([]);
  });
});
