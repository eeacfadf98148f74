import { type WritableSignal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { CameraStatus, LOMME_TERRITORY, LommeQuartier, Role, type UserResponse } from '@vigie/shared';
import type { Map as LeafletMap } from 'leaflet';

import { AuthService } from '../../../core/auth/auth.service';
import { ServiceMap } from '../../../shared/map/service-map';
import { signedInAs } from '../../../testing/page-testing';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { cameraOf } from '../testing/video.builders';
import { CameraMap, markerTitle } from './camera-map';

/** Leaflet starts once its stylesheet is there, or after 2 s without it (as in jsdom). */
async function until(condition: () => boolean, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timeout');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the camera map', () => {
  it('draws the quartiers and a dot per placed camera in its status colour, without any tile', async () => {
    TestBed.configureTestingModule({ providers: [signedInAs(serviceUser([Role.AGENT]))] });
    const fixture = TestBed.createComponent(CameraMap);
    fixture.componentRef.setInput('cameras', [
      cameraOf('NOM-01'),
      cameraOf('NOM-05', { status: CameraStatus.OUT_OF_SERVICE, lat: 50.6329, lng: 3.0012 }),
      cameraOf('FIX-09', { status: CameraStatus.PLANNED, lat: 50.6401, lng: 3.0301 }),
      cameraOf('FIX-30', { status: CameraStatus.PLANNED, lat: null, lng: null }),
    ]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    await until(() => element.querySelectorAll('path.vg-camera').length > 0);

    expect(element.querySelectorAll('path.vg-quartier')).toHaveLength(6);
    expect(
      [...element.querySelectorAll('.vg-quartier-label')].map((label) => label.textContent?.trim()).sort(),
    ).toEqual(['Bourg', 'Canteleu', 'Délivrance', 'Marais', 'Mitterie', 'Mont-à-Camp']);
    const dots = [...element.querySelectorAll<SVGPathElement>('path.vg-camera')];
    expect(dots.map((dot) => dot.getAttribute('fill'))).toEqual(['#1e8e3e', '#c5221f', '#8a94a6']);
    expect(dots.map((dot) => dot.getAttribute('class')?.match(/vg-camera-(\w+)/)?.[1])).toEqual([
      'active',
      'out_of_service',
      'planned',
    ]);

    // Choosing a dot chooses the camera.
    const chosen: string[] = [];
    fixture.componentInstance.selected.subscribe((id) => chosen.push(id));
    dots[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(chosen).toEqual(['cam-NOM-05']);

    // Filtering the list redraws the dots.
    fixture.componentRef.setInput('cameras', [cameraOf('NOM-01')]);
    fixture.detectChanges();
    await until(() => element.querySelectorAll('path.vg-camera').length === 1);
    fixture.destroy();
  });

  it('draws the service’s own quartiers, and follows the chief’s changes', async () => {
    TestBed.configureTestingModule({ providers: [signedInAs(serviceUser([Role.CHIEF]))] });
    const user = TestBed.inject(AuthService).user as WritableSignal<UserResponse>;
    const fixture = TestBed.createComponent(CameraMap);
    fixture.componentRef.setInput('cameras', [cameraOf('NOM-01')]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    await until(() => element.querySelectorAll('path.vg-quartier').length === 6);

    // The chief retires the Bourg: no longer drawn.
    user.update((u) => ({
      ...u,
      territory: {
        ...LOMME_TERRITORY,
        quartiers: LOMME_TERRITORY.quartiers.map((quartier) =>
          quartier.code === LommeQuartier.BOURG ? { ...quartier, retired: true } : quartier,
        ),
      },
    }));
    fixture.detectChanges();
    await until(() => element.querySelectorAll('path.vg-quartier').length === 5);
    expect(element.querySelector('path.vg-quartier-bourg')).toBeNull();
    fixture.destroy();
  });

  it('draws no quartier for a service that outlined none (a pooled one’s communes), only its cameras', async () => {
    TestBed.configureTestingModule({
      providers: [signedInAs(serviceUser([Role.AGENT], { service: POOLED }))],
    });
    const fixture = TestBed.createComponent(CameraMap);
    fixture.componentRef.setInput('cameras', [cameraOf('VER-01', { lat: 50.676, lng: 2.99 })]);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    await until(() => element.querySelectorAll('path.vg-camera').length === 1);
    expect(element.querySelectorAll('path.vg-quartier')).toHaveLength(0);
    expect(element.querySelectorAll('.vg-quartier-label')).toHaveLength(0);
    fixture.destroy();
  });

  it('opens on the cameras while the service does not know its area yet, on France without any', async () => {
    const opened = serviceUser([Role.CHIEF], { territory: { quartiers: [], area: null } });
    TestBed.configureTestingModule({ providers: [signedInAs(opened)] });
    const fixture = TestBed.createComponent(CameraMap);
    fixture.componentRef.setInput('cameras', []);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const map = () =>
      (fixture.debugElement.query(By.directive(ServiceMap)).componentInstance as { map: LeafletMap | null })
        .map;
    await until(() => map() !== null);
    // Nothing to show yet: France.
    expect(map()!.getCenter().lat).toBeCloseTo(46.2, 1);
    expect(map()!.getZoom()).toBe(5);

    // The registry came: the map goes to its cameras.
    fixture.componentRef.setInput('cameras', [
      cameraOf('A-01', { lat: 48.11, lng: -1.68 }),
      cameraOf('A-02', { lat: 48.13, lng: -1.66 }),
    ]);
    fixture.detectChanges();
    await until(() => element.querySelectorAll('path.vg-camera').length === 2);
    expect(map()!.getCenter().lat).toBeCloseTo(48.12, 2);
    expect(map()!.getCenter().lng).toBeCloseTo(-1.67, 2);
    fixture.destroy();
  });

  it('names a camera as the list does when the dot is pointed at', () => {
    expect(
      markerTitle(cameraOf('NOM-05', { label: 'Chemin du Halage', status: CameraStatus.OUT_OF_SERVICE })),
    ).toBe('NOM-05 — Chemin du Halage · Hors service');
  });
});
