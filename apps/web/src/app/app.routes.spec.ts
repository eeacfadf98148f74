import type { Route } from '@angular/router';

import { routes } from './app.routes';

function flatten(list: readonly Route[], parent = ''): { path: string; route: Route }[] {
  return list.flatMap((route) => {
    const path = [parent, route.path ?? ''].filter(Boolean).join('/');
    return [{ path: path || '/', route }, ...flatten(route.children ?? [], path)];
  });
}

describe('the routes', () => {
  it('load every page lazily, the signed-in frame too: the initial bundle is the router and auth', () => {
    const all = flatten(routes);
    const eager = all.filter(({ route }) => route.component).map(({ path }) => path);
    expect(eager).toEqual([]);
    const pages = all.filter(({ route }) => !route.redirectTo && !route.children);
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, route } of pages) {
      expect([path, !!(route.loadComponent ?? route.loadChildren)]).toEqual([path, true]);
    }
  });

  it('give each role its own home at « / », the general welcome last', () => {
    const homes = routes
      .find((route) => route.path === '' && route.children)!
      .children!.filter((route) => route.path === '');
    expect(homes.map((route) => route.title)).toEqual([
      'Tableau de bord — Vigie',
      'Accueil — Vigie',
      'Accueil — Vigie',
      'Accueil — Vigie',
    ]);
    expect(homes.slice(0, 3).every((route) => route.canMatch?.length === 1)).toBe(true);
    expect(homes[3].canMatch).toBeUndefined();
  });
});
