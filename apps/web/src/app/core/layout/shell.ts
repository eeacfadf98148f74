import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { ROLE_LABELS } from '@vigie/shared';
import { filter, firstValueFrom, map } from 'rxjs';

import { SvgIcon } from '../../shared/ui/svg-icon';
import { AuthService } from '../auth/auth.service';
import { OfflineBar } from '../offline/offline-bar';
import { pendingLabel } from '../offline/offline-words';
import { Outbox } from '../offline/outbox';
import { activeNavLink, navItemsFor } from './nav-items';
import { ServiceSwitcher } from './service-switcher';

/** The signed-in frame: toolbar, side navigation (only what the roles allow), content. */
@Component({
  selector: 'vg-shell',
  imports: [
    MatButtonModule,
    MatDividerModule,
    SvgIcon,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    OfflineBar,
    RouterLink,
    RouterOutlet,
    ServiceSwitcher,
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
  /** « Mon temps » needs an agent record to read the account of. */
  readonly canReadOwnTime = computed(() => !!this.user()?.agentId && this.auth.can('readTimeAccounts'));
  readonly canReadAnyTime = computed(() => {
    this.user();
    return this.auth.can('readAnyTimeAccount');
  });
  readonly roleLabels = computed(() =>
    this.user()?.platform
      ? $localize`Compte de la plateforme`
      : (this.user()?.roles ?? []).map((role) => ROLE_LABELS[role]).join(', '),
  );

  /**
   * On a phone the menu is closed: its links are drawn in a task of their own once the page is,
   * not with it (ten links with their icons), or at once if the menu is opened first. On a desk
   * they show with the page.
   */
  private readonly navLater = signal(false);
  readonly navDrawn = computed(() => !this.handset() || this.navLater());
  private readonly injector = inject(Injector);

  constructor() {
    afterNextRender(() => setTimeout(() => this.navLater.set(true)));
  }

  toggleNav(): void {
    if (this.navLater()) {
      void this.sidenav().toggle();
      return;
    }
    // The links first, so that the opened menu moves the focus onto the first one.
    this.navLater.set(true);
    afterNextRender(() => void this.sidenav().toggle(), { injector: this.injector });
  }

  closeOnHandset(): void {
    if (this.handset()) void this.sidenav().close();
  }

  private readonly outbox = inject(Outbox);

  /**
   * Signing out deletes what the phone kept for the user, the outbox with it (its key dies with
   * the session): with entries still waiting, the user is asked first.
   */
  async logout(): Promise<void> {
    const waiting = this.outbox.count();
    if (waiting > 0) {
      const [{ MatDialog }, { ConfirmDialog }] = await Promise.all([
        import('@angular/material/dialog'),
        import('../../shared/ui/confirm-dialog'),
      ]);
      const confirmed = await firstValueFrom<boolean | undefined>(
        this.injector
          .get(MatDialog)
          .open<InstanceType<typeof ConfirmDialog>, unknown, boolean>(ConfirmDialog, {
            data: {
              title: $localize`Se déconnecter ?`,
              message: $localize`${pendingLabel(waiting)} : elles n’ont pas encore atteint Vigie et seront effacées du téléphone. Attendez le retour du réseau pour les garder.`,
              confirm: $localize`Se déconnecter et les effacer`,
            },
          })
          .afterClosed(),
      );
      if (confirmed !== true) return;
    }
    await this.auth.logout();
  }
}
