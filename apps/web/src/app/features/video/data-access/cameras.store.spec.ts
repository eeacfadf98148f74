import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CameraKind, CameraStatus, LommeQuartier } from '@vigie/shared';

import { cameraOf, DEPLOYMENT } from '../testing/video.builders';
import { CamerasStore } from './cameras.store';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the camera registry of the page', () => {
  let store: CamerasStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CamerasStore],
    });
    store = TestBed.inject(CamerasStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('reads the cameras and, for those who may, the deployment against the plan', async () => {
    const loading = store.load(true);
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush({ items: [cameraOf('FIX-01'), cameraOf('NOM-01')], nextCursor: null });
    backend.expectOne('/api/cameras/deployment').flush(DEPLOYMENT);
    await loading;
    expect(store.cameras().map((c) => c.code)).toEqual(['FIX-01', 'NOM-01']);
    expect(store.deployment()).toEqual(DEPLOYMENT);
    expect(store.loaded()).toBe(true);
  });

  it('does not ask an agent’s deployment, and says in French when the registry cannot be read', async () => {
    const loading = store.load(false);
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush(
        { type: 'about:blank', title: 'Erreur', status: 503, detail: 'Base de données indisponible.' },
        { status: 503, statusText: 'Unavailable' },
      );
    await loading;
    backend.expectNone('/api/cameras/deployment');
    expect(store.error()).toBe('Base de données indisponible.');
    expect(store.loaded()).toBe(false);
  });

  it('filters by status, kind and quartier, and counts every status for the legend', async () => {
    const loading = store.load(false);
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush({
        items: [
          cameraOf('FIX-01'),
          cameraOf('FIX-09', {
            status: CameraStatus.PLANNED,
            quartier: LommeQuartier.CANTELEU,
            lat: null,
            lng: null,
          }),
          cameraOf('NOM-05', { status: CameraStatus.OUT_OF_SERVICE, quartier: LommeQuartier.MARAIS }),
        ],
        nextCursor: null,
      });
    await loading;
    expect(store.countsByStatus()).toMatchObject({ ACTIVE: 1, PLANNED: 1, OUT_OF_SERVICE: 1, INSTALLED: 0 });
    expect(store.unplaced().map((c) => c.code)).toEqual(['FIX-09']);

    store.setFilters({ kind: CameraKind.FIXED });
    expect(store.visible().map((c) => c.code)).toEqual(['FIX-01', 'FIX-09']);
    store.setFilters({ quartier: LommeQuartier.CANTELEU });
    expect(store.visible().map((c) => c.code)).toEqual(['FIX-09']);
    store.setFilters({ kind: '', quartier: '', status: CameraStatus.OUT_OF_SERVICE });
    expect(store.visible().map((c) => c.code)).toEqual(['NOM-05']);
  });

  it('puts a saved camera in its place by code and reads the deployment again', async () => {
    const loading = store.load(true);
    backend
      .expectOne((r) => r.url === '/api/cameras')
      .flush({ items: [cameraOf('FIX-01'), cameraOf('NOM-01')], nextCursor: null });
    backend.expectOne('/api/cameras/deployment').flush(DEPLOYMENT);
    await loading;

    store.saved(cameraOf('FIX-15', { status: CameraStatus.PLANNED }));
    store.saved(cameraOf('FIX-01', { status: CameraStatus.OUT_OF_SERVICE, version: 2 }));
    expect(store.cameras().map((c) => [c.code, c.status])).toEqual([
      ['FIX-01', 'OUT_OF_SERVICE'],
      ['FIX-15', 'PLANNED'],
      ['NOM-01', 'ACTIVE'],
    ]);
    const refreshed = { ...DEPLOYMENT, rows: [] };
    for (const request of backend.match('/api/cameras/deployment')) request.flush(refreshed);
    await settle();
    expect(store.deployment()).toEqual(refreshed);
  });
});
