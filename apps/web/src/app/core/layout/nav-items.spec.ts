import { Role, type UserResponse } from '@vigie/shared';

import { navItemsFor } from './nav-items';

function user(roles: Role[], agentId: string | null): UserResponse {
  return { id: 'u', login: 'u', displayName: 'U', roles, agentId };
}

const labels = (u: UserResponse) => navItemsFor(u).map((item) => item.label);

describe('the side navigation', () => {
  it('gives the chief every screen, in the order of the day', () => {
    expect(labels(user([Role.CHIEF], 'a-1'))).toEqual([
      'Accueil',
      'Planning',
      'Mon planning',
      'Absences',
      'Effectif',
      'Recrutement',
      'Comptes',
    ]);
  });

  it('gives an agent his own planning instead of the service’s', () => {
    expect(labels(user([Role.AGENT], 'a-2'))).toEqual(['Accueil', 'Mon planning']);
  });

  it('shows the planning to a chief de brigade and, read-only, to HR who has no agent record', () => {
    expect(labels(user([Role.SUPERVISOR], 'a-3'))).toEqual([
      'Accueil',
      'Planning',
      'Mon planning',
      'Absences',
      'Effectif',
    ]);
    expect(labels(user([Role.HR], null))).toEqual(['Accueil', 'Planning', 'Effectif', 'Recrutement']);
  });
});
