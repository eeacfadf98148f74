import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { navItemsFor } from '../../../core/layout/nav-items';
import { SvgIcon } from '../../../shared/ui/svg-icon';

/** Greets the signed-in user with his roles and what he can open. */
@Component({
  selector: 'vg-home-page',
  imports: [MatCardModule, MatChipsModule, SvgIcon, RouterLink],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);

  readonly user = this.auth.user;
  readonly roles = computed(() =>
    (this.user()?.roles ?? []).map((role) => ({ role, label: ROLE_LABELS[role] })),
  );
  readonly greeting = computed(() => {
    const hour = new Date().getHours();
    return hour >= 18 || hour < 5 ? $localize`Bonsoir` : $localize`Bonjour`;
  });
  readonly shortcuts = computed(() => navItemsFor(this.user()).filter((item) => item.link !== '/'));
  /** Logging an incident is one tap away for those who may (never HR). */
  readonly canLogIncident = computed(() => {
    this.user();
    return this.auth.can('readIncidents');
  });
  readonly today = new Date();
}
