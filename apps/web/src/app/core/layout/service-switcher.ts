import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  InjectionToken,
  Injector,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import type { ServiceSummary } from '@vigie/shared';

import { serviceLine } from '../../shared/services/service-words';
import { SvgIcon } from '../../shared/ui/svg-icon';
import { AuthService } from '../auth/auth.service';
import { problemOf } from '../http/problem';
import { Outbox } from '../offline/outbox';

/** Starts the app anew at an address (a token, so that the specs see it instead of leaving the page). */
export const RELOAD_APP = new InjectionToken<(url: string) => void>('RELOAD_APP', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).location;
    return (url) => location.assign(url);
  },
});

/** Why the switch waits: the entries on the phone belong to the service they were written in. */
export function switchBlocked(waiting: number, service: string): string {
  return waiting === 1
    ? $localize`1 entrée de main courante attend encore d’être envoyée à ${service} : changez de service une fois qu’elle est partie ou retirée.`
    : $localize`${waiting} entrées de main courante attendent encore d’être envoyées à ${service} : changez de service une fois qu’elles sont parties ou retirées.`;
}

/**
 * The service the user works in, in the toolbar; for a member of several, the menu to work in
 * another. Switching reloads the app from « / »: every store, cache and open page held the other
 * service's rows, and a fresh start is the one way to be sure none is left.
 */
@Component({
  selector: 'vg-service-switcher',
  imports: [MatButtonModule, MatMenuModule, SvgIcon],
  template: `
    @if (others().length > 0) {
      <button
        mat-button
        class="switch"
        [matMenuTriggerFor]="menu"
        [disabled]="switching()"
        data-testid="service-switcher"
      >
        <span class="name" data-testid="service-name">{{ name() }}</span>
        <mat-icon svgIcon="expand_more" iconPositionEnd />
        <span class="visually-hidden" i18n>(changer de service)</span>
      </button>
      <!-- Plain text in a menu is presentational. A choice the outbox blocks stays enabled (a disabled
           item is skipped by the keyboard and cannot say why): it names the reason, and says it when chosen. -->
      <mat-menu #menu="matMenu" class="vg-service-menu" aria-label="Changer de service" i18n-aria-label>
        <div class="menu-title" role="presentation" i18n>Changer de service</div>
        @if (blocked(); as message) {
          <div
            id="service-switch-blocked"
            class="blocked"
            role="presentation"
            data-testid="service-switch-blocked"
          >
            {{ message }}
          </div>
        }
        @for (service of others(); track service.id) {
          <button
            mat-menu-item
            class="choice"
            [attr.aria-describedby]="blocked() ? 'service-switch-blocked' : null"
            (click)="switchTo(service)"
            data-testid="service-choice"
          >
            <mat-icon svgIcon="local_police" />
            <span class="choice-text">
              <span>{{ service.name }}</span>
              <small>{{ line(service) }}</small>
            </span>
          </button>
        }
      </mat-menu>
    } @else {
      <span class="name" data-testid="service-name">{{ name() }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      min-width: 0;
    }

    .name {
      font-size: 0.9rem;
      font-weight: 400;
      line-height: 1.25;
      opacity: 0.85;
      white-space: normal;
      text-align: left;
      // Two lines at most: a pooled service's name runs long on a phone.
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }

    @media (max-width: 599.98px) {
      .name {
        font-size: 0.8rem;
      }
    }

    .switch.mat-mdc-button {
      height: auto;
      min-height: 40px;
      min-width: 0;
      max-width: 100%;
      padding-inline: 8px 4px;
    }

    .menu-title {
      margin: 0;
      padding: 8px 16px 4px;
      font: var(--mat-sys-title-small);
    }

    .blocked {
      margin: 0;
      padding: 4px 16px 8px;
      font-size: 0.875rem;
      color: var(--vg-warning);
    }

    .choice-text {
      display: flex;
      flex-direction: column;
      padding-block: 6px;
      white-space: normal;

      small {
        color: var(--mat-sys-on-surface-variant);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceSwitcher {
  private readonly auth = inject(AuthService);
  private readonly outbox = inject(Outbox);
  private readonly reload = inject(RELOAD_APP);
  private readonly injector = inject(Injector);

  private readonly current = computed(() => this.auth.user()?.service ?? null);
  readonly name = computed(() => this.current()?.name ?? $localize`Administration de la plateforme`);
  readonly others = computed(() => {
    const current = this.current();
    return current ? (this.auth.user()?.services ?? []).filter((service) => service.id !== current.id) : [];
  });
  /** What stops the switch now, in words; null when nothing does. */
  readonly blocked = computed(() => {
    const waiting = this.outbox.count();
    return waiting > 0 ? switchBlocked(waiting, this.name()) : null;
  });
  readonly switching = signal(false);

  readonly line = serviceLine;

  async switchTo(service: ServiceSummary): Promise<void> {
    // Checked again here: an entry may have been written since the menu opened.
    const blocked = this.blocked();
    if (blocked) return this.say(blocked);
    this.switching.set(true);
    try {
      await this.auth.chooseService(service.id);
    } catch (error) {
      this.switching.set(false);
      return this.say(problemOf(error).detail);
    }
    this.reload('/');
  }

  /** The snack bar is fetched when first needed: the toolbar stays light. */
  private async say(message: string): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(message, 'OK', { duration: 8000 });
  }
}
