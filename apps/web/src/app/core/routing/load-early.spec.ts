import type { Routes } from '@angular/router';

import { loadEarly, segmentsOf } from './load-early';

/** Routes shaped as the app's, whose loaders note what they were asked to load. */
function routesNoting(loaded: string[]): Routes {
  const load = (name: string) => () => {
    loaded.push(name);
    return Promise.resolve(class {});
  };
  const children: Routes = [
    { path: '', pathMatch: 'full', loadComponent: load('list') },
    { path: 'nouvelle', loadComponent: load('new') },
    { path: ':id', loadComponent: load('detail') },
  ];
  return [
    { path: 'connexion', loadComponent: load('login') },
    {
      path: '',
      loadComponent: load('shell'),
      children: [
        { path: '', pathMatch: 'full', canMatch: [() => true], loadComponent: load('dashboard') },
        { path: '', pathMatch: 'full', loadComponent: load('home') },
        { path: 'planning', loadComponent: load('planning') },
        {
          path: 'main-courante',
          loadChildren: () => {
            loaded.push('incident routes');
            return Promise.resolve(children);
          },
        },
        { path: 'effectif/:id', loadComponent: load('agent') },
        { path: '**', loadComponent: load('not found') },
      ],
    },
  ];
}

async function loadedFor(path: string): Promise<string[]> {
  const loaded: string[] = [];
  await loadEarly(routesNoting(loaded), segmentsOf(path));
  return loaded;
}

describe('loadEarly', () => {
  it('loads the frame and the page of a plain address', async () => {
    expect(await loadedFor('/planning')).toEqual(['shell', 'planning']);
    expect(await loadedFor('/connexion')).toEqual(['login']);
  });

  it('follows lazy children and parameters, as the router matches them', async () => {
    expect(await loadedFor('/main-courante')).toEqual(['shell', 'incident routes', 'list']);
    expect(await loadedFor('/main-courante/nouvelle?x=1')).toEqual(['shell', 'incident routes', 'new']);
    expect(await loadedFor('/main-courante/8c0e-42')).toEqual(['shell', 'incident routes', 'detail']);
    expect(await loadedFor('/effectif/12')).toEqual(['shell', 'agent']);
  });

  it('does not guess among the homes the guards choose, nor loads the not-found page', async () => {
    expect(await loadedFor('/')).toEqual(['shell']);
    expect(await loadedFor('/nulle-part')).toEqual(['shell']);
  });

  it('never fails: a download error is left to the router', async () => {
    const routes: Routes = [{ path: 'x', loadChildren: () => Promise.reject(new Error('offline')) }];
    await expect(loadEarly(routes, ['x'])).resolves.toBeUndefined();
  });
});

describe('segmentsOf', () => {
  it('splits a path and drops its query and fragment', () => {
    expect(segmentsOf('/main-courante/a%20b?q=1#top')).toEqual(['main-courante', 'a%20b']);
    expect(segmentsOf('/')).toEqual([]);
  });

  it('does not fail on a malformed address (the router will say it is not found)', async () => {
    expect(segmentsOf('/main-courante/%E0')).toEqual(['main-courante', '%E0']);
    expect(await loadedFor('/main-courante/%E0')).toEqual(['shell', 'incident routes', 'detail']);
  });
});
