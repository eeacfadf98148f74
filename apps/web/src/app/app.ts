import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationSkipped,
  Router,
  RouterOutlet,
} from '@angular/router';
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
    // is drawn beneath it; at once if the first navigation fails, is cancelled (a redirection: the
    // page drawn is another one) or skipped. Should the app not start at all, main.ts removes it,
    // and its style hides it after 15 s whatever happens.
    const injector = inject(Injector);
    const doc = inject(DOCUMENT);
    inject(Router)
      .events.pipe(
        filter(
          (event) =>
            event instanceof NavigationEnd ||
            event instanceof NavigationError ||
            event instanceof NavigationCancel ||
            event instanceof NavigationSkipped,
        ),
        take(1),
      )
      .subscribe((event) => {
        if (event instanceof NavigationEnd) afterNextRender(() => removeFrame(doc), { injector });
        else removeFrame(doc);
      });
  }
}

/** Takes away the page's frame the server may have painted (apps/api/src/common/http/web-page.ts). */
export function removeFrame(doc: Document): void {
  doc.getElementById('vg-frame')?.remove();
}
