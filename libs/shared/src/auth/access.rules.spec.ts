import { ACCESS, can } from './access.rules';
import { Role } from './role.enum';

describe('access rules', () => {
  it('lets the chief manage accounts and nobody else', () => {
    expect(can([Role.CHIEF], 'manageUsers')).toBe(true);
    for (const role of [Role.SUPERVISOR, Role.AGENT, Role.HR]) {
      expect(can([role], 'manageUsers')).toBe(false);
    }
  });

  it('never lets HR read incident content', () => {
    expect(can([Role.HR], 'readIncidents')).toBe(false);
    expect(can([Role.HR], 'reviewIncidents')).toBe(false);
  });

  it('grants a user holding several roles the union of their capabilities', () => {
    expect(can([Role.AGENT, Role.HR], 'readIncidents')).toBe(true);
    expect(can([Role.AGENT, Role.HR], 'manageRecruitment')).toBe(true);
    expect(can([Role.AGENT, Role.HR], 'publishRoster')).toBe(false);
  });

  it('grants nothing to a user without roles', () => {
    for (const capability of Object.keys(ACCESS) as (keyof typeof ACCESS)[]) {
      expect(can([], capability)).toBe(false);
    }
  });
});
