import { Role, type UserResponse } from '@vigie/shared';

import { homeKind } from './home-kind';

function user(roles: Role[], agentId: string | null = null): UserResponse {
  return { id: 'u', login: 'u', displayName: 'U', roles, agentId };
}

describe('the home page of each role', () => {
  it('opens on the dashboard for a chief and a chief de brigade, even when they are agents too', () => {
    expect(homeKind(user([Role.CHIEF], 'a-1'))).toBe('dashboard');
    expect(homeKind(user([Role.SUPERVISOR, Role.AGENT], 'a-3'))).toBe('dashboard');
  });

  it('opens on HR’s home for HR, and on his own home for an agent linked to his record', () => {
    expect(homeKind(user([Role.HR]))).toBe('hr');
    expect(homeKind(user([Role.AGENT], 'a-2'))).toBe('agent');
  });

  it('falls back on the general welcome for an agent account without a record, or no user', () => {
    expect(homeKind(user([Role.AGENT], null))).toBe('general');
    expect(homeKind(null)).toBe('general');
  });
});
