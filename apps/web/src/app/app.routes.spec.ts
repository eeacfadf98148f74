import type { Route } from '@angular/router';

import { routes } from './app.routes';
import { Shell } from './core/layout/shell';

function flatten(list: readonly Route[], parent = ''): { path: string; route: Route }[] {
  return list.flatMap((route) => {
    const path = [parent, route.path ?? ''].filter(Boolean).join('/');
    return [{ path: path || '/', route }, ...flatten(route.children ?? [], path)];
  });
}

describe('the routes', () => {
  it('load every page lazily: only the signed-in frame is in the initial bundle', () => {
    const all = flatten(routes);
    const eager = all
      .filter(({ route }) => route.component && route.component !== Shell)
      .map(({ path }) => path);
    expect(eager).toEqual([]);
    const pages = all.filter(
      ({ route }) => route.component !== Shell && !route.redirectTo && !route.children,
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, route } of pages) {
      expect([path, !!(route.loadComponent ?? route.loadChildren)]).toEqual([path, true]);
    }
  });

  it('give each role its own home at « / », the general welcome last', () => {
    const homes = routes
      .find((route) => route.component === Shell)!
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
