import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type Route, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { can, type Capability, Role, type UserResponse } from '@vigie/shared';

import { routes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { platformUser, serviceUser } from './testing/user.builders';

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

describe('the guards, on the real routes', () => {
  async function navigate(url: string, who: Role[] | UserResponse | null): Promise<string> {
    const user = Array.isArray(who) ? serviceUser(who) : who;
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: {
            signedIn: signal(user !== null),
            user: signal(user),
            can: (capability: Capability) => can(user?.roles ?? [], capability),
          },
        },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url).catch(() => undefined);
    return TestBed.inject(Router).url;
  }

  it('send a signed-out user to the sign-in page with the address he asked for, a lazy feature too', async () => {
    expect(await navigate('/main-courante/statistiques?du=2026-01-01', null)).toBe(
      '/connexion?retour=%2Fmain-courante%2Fstatistiques%3Fdu%3D2026-01-01',
    );
  });

  it('send a signed-out user asking for the planning to sign in first, then to the planning', async () => {
    expect(await navigate('/planning', null)).toBe('/connexion?retour=%2Fplanning');
  });

  it('lead a signed-in user home from a feature his roles do not grant', async () => {
    expect(await navigate('/main-courante', [Role.HR])).toBe('/');
  });

  it('open the service’s quartiers to its chief alone', async () => {
    expect(await navigate('/service/quartiers', [Role.SUPERVISOR])).toBe('/');
    TestBed.resetTestingModule();
    expect(await navigate('/service/quartiers', [Role.CHIEF])).toBe('/service/quartiers');
  });

  it('keep a platform account on its page: home, every service page, an unknown address lead there', async () => {
    for (const url of ['/', '/planning', '/main-courante', '/effectif', '/comptes', '/adresse-inconnue']) {
      expect([url, await navigate(url, platformUser())]).toEqual([url, '/plateforme']);
      TestBed.resetTestingModule();
    }
  });

  it('open the platform’s page and its own password to a platform account, and nothing after sign-in but them', async () => {
    expect(await navigate('/plateforme', platformUser())).toBe('/plateforme');
    TestBed.resetTestingModule();
    expect(await navigate('/mot-de-passe', platformUser())).toBe('/mot-de-passe');
    TestBed.resetTestingModule();
    expect(await navigate('/connexion', platformUser())).toBe('/plateforme');
  });

  it('send a service’s user asking for the platform’s page home, and a signed-out one to sign in first', async () => {
    expect(await navigate('/plateforme', [Role.CHIEF])).toBe('/');
    TestBed.resetTestingModule();
    expect(await navigate('/plateforme', null)).toBe('/connexion?retour=%2Fplateforme');
  });
});
