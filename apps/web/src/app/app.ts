import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { NavigationEnd, NavigationError, Router, RouterOutlet } from '@angular/router';
import { filter, take } from 'rxjs';

@Component({
  selector: 'vg-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  constructor() {
    // The page's frame painted from the HTML (#vg-frame, see styles.scss) goes once the first page
    // is drawn beneath it, or at once if that page failed to load (its error shows instead).
    const injector = inject(Injector);
    const doc = inject(DOCUMENT);
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd || event instanceof NavigationError),
        take(1),
      )
      .subscribe((event) => {
        const remove = (): void => doc.getElementById('vg-frame')?.remove();
        if (event instanceof NavigationEnd) afterNextRender(remove, { injector });
        else remove();
      });
  }
}
