import { TestBed } from '@angular/core/testing';
import { CameraStatus } from '@vigie/shared';

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

  it('names a camera as the list does when the dot is pointed at', () => {
    expect(
      markerTitle(cameraOf('NOM-05', { label: 'Chemin du Halage', status: CameraStatus.OUT_OF_SERVICE })),
    ).toBe('NOM-05 — Chemin du Halage · Hors service');
  });
});
