import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@vigie/shared';
import { filter, map } from 'rxjs';

import { AuthService } from '../auth/auth.service';
import { activeNavLink, navItemsFor } from './nav-items';

/** The signed-in frame: toolbar, side navigation (only what the roles allow), content. */
@Component({
  selector: 'vg-shell',
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly sidenav = viewChild.required(MatSidenav);

  readonly user = this.auth.user;
  readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  readonly navItems = computed(() => navItemsFor(this.user()));
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** One entry lit: the closest to the page shown (« Statistiques », not also « Main courante »). */
  readonly activeLink = computed(() => activeNavLink(this.navItems(), this.url()));
  readonly roleLabels = computed(() =>
    (this.user()?.roles ?? []).map((role) => ROLE_LABELS[role]).join(', '),
  );

  closeOnHandset(): void {
    if (this.handset()) void this.sidenav().close();
  }

  logout(): void {
    void this.auth.logout();
  }
}
