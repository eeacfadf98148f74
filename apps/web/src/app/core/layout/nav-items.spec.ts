import { Role, type UserResponse } from '@vigie/shared';

import { platformUser, serviceUser } from '../../testing/user.builders';
import { activeNavLink, navItemsFor } from './nav-items';

function user(roles: Role[], agentId: string | null): UserResponse {
  return serviceUser(roles, { agentId });
}

const labels = (u: UserResponse) => navItemsFor(u).map((item) => item.label);

describe('the side navigation', () => {
  it('gives the chief every screen, in the order of the day, his dashboard first', () => {
    expect(labels(user([Role.CHIEF], 'a-1'))).toEqual([
      'Tableau de bord',
      'Planning',
      'Mon planning',
      'Absences',
      'Comptes d’heures',
      'Main courante',
      'Statistiques',
      'Vidéoprotection',
      'Réquisitions',
      'Armurerie',
      'Effectif',
      'Recrutement',
      'Comptes',
      'Quartiers',
      'Registre RGPD',
    ]);
  });

  it('gives an agent his own planning instead of the service’s, the main courante without statistics, the cameras without footage requests', () => {
    expect(labels(user([Role.AGENT], 'a-2'))).toEqual([
      'Accueil',
      'Mon planning',
      'Main courante',
      'Vidéoprotection',
    ]);
  });

  it('shows the planning to a chief de brigade and, read-only, to HR who has no agent record', () => {
    expect(labels(user([Role.SUPERVISOR], 'a-3'))).toEqual([
      'Tableau de bord',
      'Planning',
      'Mon planning',
      'Absences',
      'Comptes d’heures',
      'Main courante',
      'Statistiques',
      'Vidéoprotection',
      'Réquisitions',
      'Armurerie',
      'Effectif',
    ]);
    expect(labels(user([Role.HR], null))).toEqual([
      'Accueil',
      'Planning',
      'Comptes d’heures',
      'Effectif',
      'Recrutement',
    ]);
  });

  it('leads every role home with one entry, the dashboard for those who read it', () => {
    for (const roles of [[Role.CHIEF], [Role.SUPERVISOR], [Role.AGENT], [Role.HR], [Role.HR, Role.AGENT]]) {
      const home = navItemsFor(user(roles, 'a-4')).filter((item) => item.link === '/');
      expect(home).toHaveLength(1);
    }
    expect(navItemsFor(user([Role.SUPERVISOR, Role.AGENT], 'a-3'))[0].label).toBe('Tableau de bord');
  });

  it('gives a platform account its page of services alone, and that page to no service’s user', () => {
    expect(navItemsFor(platformUser()).map((item) => [item.label, item.link])).toEqual([
      ['Services', '/plateforme'],
    ]);
    for (const roles of [[Role.CHIEF], [Role.SUPERVISOR], [Role.AGENT], [Role.HR]]) {
      expect(navItemsFor(user(roles, 'a-1')).some((item) => item.link === '/plateforme')).toBe(false);
    }
  });

  it('never offers the main courante to HR, even with another role that is not an incident one', () => {
    const links = navItemsFor(user([Role.HR], null)).map((item) => item.link);
    expect(links.some((link) => link.startsWith('/main-courante'))).toBe(false);
  });

  it('lights the closest entry only: the statistics on their page, the main courante on an entry', () => {
    const items = navItemsFor(user([Role.SUPERVISOR], 'a-3'));
    expect(activeNavLink(items, '/main-courante/statistiques?du=2026-01-01')).toBe(
      '/main-courante/statistiques',
    );
    expect(activeNavLink(items, '/main-courante/2f0c7f0e-1111-4222-8333-444455556666')).toBe(
      '/main-courante',
    );
    expect(activeNavLink(items, '/main-courante?statut=OPEN')).toBe('/main-courante');
    expect(activeNavLink(items, '/videoprotection/requisitions')).toBe('/videoprotection/requisitions');
    expect(activeNavLink(items, '/videoprotection')).toBe('/videoprotection');
    expect(activeNavLink(items, '/')).toBe('/');
    expect(activeNavLink(items, '/planning?semaine=2026-11-30')).toBe('/planning');
    // « Mon planning » is not under « Planning ».
    expect(activeNavLink(items, '/mon-planning')).toBe('/mon-planning');
    expect(activeNavLink(items, '/mot-de-passe')).toBeNull();
  });
});
