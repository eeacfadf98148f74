import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { App } from './app';

@Component({
  selector: 'vg-test-page',
  template: '<h1>Main courante</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestPage {}

describe('the application root and the page’s frame', () => {
  let frame: HTMLElement;

  beforeEach(() => {
    frame = document.createElement('div');
    frame.id = 'vg-frame';
    document.body.appendChild(frame);
  });
  afterEach(() => frame.remove());

  function start(): Router {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'main-courante', component: TestPage },
          { path: 'casse', loadComponent: () => Promise.reject(new Error('chunk introuvable')) },
          { path: 'refusee', component: TestPage, canActivate: [() => false] },
        ]),
      ],
    });
    const fixture = TestBed.createComponent(App);
    fixture.autoDetectChanges();
    return TestBed.inject(Router);
  }

  it('keeps the frame until the first page is drawn, then takes it away', async () => {
    const router = start();
    expect(document.getElementById('vg-frame')).toBe(frame);
    await router.navigateByUrl('/main-courante');
    // The navigation is over, the page not yet drawn: the frame is still what shows.
    expect(document.getElementById('vg-frame')).toBe(frame);
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.querySelector('vg-test-page h1')?.textContent).toBe('Main courante');
    expect(document.getElementById('vg-frame')).toBeNull();
  });

  it('takes it away when the first page fails to load, so the failure is seen', async () => {
    const router = start();
    await expect(router.navigateByUrl('/casse')).rejects.toThrow('chunk introuvable');
    expect(document.getElementById('vg-frame')).toBeNull();
  });

  it('takes it away when the first navigation is refused, so the frame never outlives it', async () => {
    const router = start();
    expect(await router.navigateByUrl('/refusee')).toBe(false);
    expect(document.getElementById('vg-frame')).toBeNull();
  });
});
