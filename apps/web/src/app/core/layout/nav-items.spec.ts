import { Role, type UserResponse } from '@vigie/shared';

import { navItemsFor } from './nav-items';

function user(roles: Role[], agentId: string | null): UserResponse {
  return { id: 'u', login: 'u', displayName: 'U', roles, agentId };
}

const labels = (u: UserResponse) => navItemsFor(u).map((item) => item.label);

describe('the side navigation', () => {
  it('gives the chief every screen, in the order of the day, his dashboard first', () => {
    expect(labels(user([Role.CHIEF], 'a-1'))).toEqual([
      'Tableau de bord',
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
      'Tableau de bord',
      'Planning',
      'Mon planning',
      'Absences',
      'Effectif',
    ]);
    expect(labels(user([Role.HR], null))).toEqual(['Accueil', 'Planning', 'Effectif', 'Recrutement']);
  });

  it('leads every role home with one entry, the dashboard for those who read it', () => {
    for (const roles of [[Role.CHIEF], [Role.SUPERVISOR], [Role.AGENT], [Role.HR], [Role.HR, Role.AGENT]]) {
      const home = navItemsFor(user(roles, 'a-4')).filter((item) => item.link === '/');
      expect(home).toHaveLength(1);
    }
    expect(navItemsFor(user([Role.SUPERVISOR, Role.AGENT], 'a-3'))[0].label).toBe('Tableau de bord');
  });
});
