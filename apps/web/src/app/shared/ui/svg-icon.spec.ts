import { ChangeDetectionStrategy, Component, ErrorHandler, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ICONS } from '../../core/icons/icons.generated';
import { SvgIcon } from './svg-icon';

@Component({
  selector: 'vg-test-icons',
  imports: [SvgIcon],
  template: `
    <button type="button"><mat-icon [svgIcon]="name()" /> Menu</button>
    <p>Rue du Bourg <mat-icon inline svgIcon="location_on" /></p>
    <mat-icon aria-hidden="false" svgIcon="warning" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TestIcons {
  readonly name = signal('menu');
}

describe('the icons (mat-icon)', () => {
  const errors: unknown[] = [];

  function render() {
    errors.length = 0;
    TestBed.configureTestingModule({
      providers: [
        { provide: ErrorHandler, useValue: { handleError: (error: unknown) => errors.push(error) } },
      ],
    });
    const fixture = TestBed.createComponent(TestIcons);
    fixture.detectChanges();
    const icons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('mat-icon')];
    return { fixture, icons };
  }

  it('shows the named icon as SVG filling its box, hidden from assistive technologies by default', () => {
    const { icons } = render();
    const [menu, place, warning] = icons;
    expect(menu.querySelector('svg path')?.getAttribute('d')).toBe(
      new DOMParser()
        .parseFromString(ICONS['menu'], 'image/svg+xml')
        .querySelector('path')
        ?.getAttribute('d'),
    );
    expect(menu.querySelector('svg')?.getAttribute('width')).toBe('100%');
    expect(menu.classList).toContain('mat-icon');
    expect(menu.getAttribute('aria-hidden')).toBe('true');
    expect(menu.getAttribute('role')).toBe('img');
    expect(place.classList).toContain('mat-icon-inline');
    expect(menu.classList).not.toContain('mat-icon-inline');
    expect(warning.getAttribute('aria-hidden')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('gives each icon its own copy, and changes it with its name', async () => {
    const { fixture, icons } = render();
    const [menu] = icons;
    const first = menu.querySelector('svg');
    fixture.componentInstance.name.set('close');
    await fixture.whenStable();
    expect(menu.querySelectorAll('svg')).toHaveLength(1);
    expect(menu.querySelector('svg')).not.toBe(first);
    expect(menu.getAttribute('data-icon')).toBe('close');
    const again = TestBed.createComponent(TestIcons);
    again.detectChanges();
    expect((again.nativeElement as HTMLElement).querySelector('mat-icon svg')).not.toBe(
      menu.querySelector('svg'),
    );
  });

  it('reports a name the set does not have, and shows nothing for it', async () => {
    const { fixture, icons } = render();
    fixture.componentInstance.name.set('licorne');
    await fixture.whenStable();
    expect(icons[0].querySelector('svg')).toBeNull();
    expect(String(errors[0])).toContain('Icône inconnue : « licorne »');
  });
});
