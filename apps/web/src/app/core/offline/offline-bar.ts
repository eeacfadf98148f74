import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { formatInstantFr } from '@vigie/shared';

import { SvgIcon } from '../../shared/ui/svg-icon';
import { AuthService } from '../auth/auth.service';
import { Connectivity } from './connectivity';
import { offlineSince, pendingLabel } from './offline-words';
import { Outbox } from './outbox';

/**
 * Under the toolbar of every signed-in page: that the phone is offline and since when, and the
 * outbox — the entries waiting on the phone (« en attente » until the API numbers them), those
 * refused with the reason, those that arrived with their number.
 */
@Component({
  selector: 'vg-offline-bar',
  imports: [MatButtonModule, RouterLink, SvgIcon],
  template: `
    @if (offline()) {
      <div class="offline" role="status" data-testid="offline-banner">
        <mat-icon svgIcon="cloud_off" />
        <p>
          <strong i18n>Hors ligne</strong>
          @if (since(); as since) {
            {{ since }}
          }
          <span class="detail" i18n>
            — le téléphone n’a pas de réseau : vous consultez ce qu’il a gardé, et vos entrées partiront
            d’elles-mêmes au retour du réseau.
          </span>
        </p>
      </div>
    }
    @if (outbox.count() > 0 || outbox.sent().length > 0) {
      <section class="outbox" aria-labelledby="outbox-title" data-testid="outbox">
        <button
          type="button"
          class="outbox-head"
          (click)="open.set(!open())"
          [attr.aria-expanded]="open()"
          aria-controls="outbox-list"
        >
          <mat-icon svgIcon="schedule_send" />
          <span id="outbox-title" data-testid="outbox-count">{{ title() }}</span>
          @if (outbox.busy()) {
            <span class="sending" i18n>envoi…</span>
          }
          <mat-icon class="chevron" [svgIcon]="open() ? 'expand_less' : 'expand_more'" />
        </button>
        @if (open()) {
          <ul id="outbox-list" class="outbox-list">
            @for (entry of outbox.pending(); track entry.seq) {
              <li data-testid="outbox-entry">
                @if (entry.refused) {
                  <span class="chip refused" i18n>refusée</span>
                } @else {
                  <span class="chip waiting" i18n>en attente</span>
                }
                <span class="what">
                  <strong>{{ entry.dto.summary }}</strong>
                  <span class="when"
                    >{{ when(entry.dto.occurredAt) }} · {{ entry.dto.location.address }}
                    @if (entry.photoCount > 0) {
                      ·
                      <span data-testid="outbox-photos" i18n>{entry.photoCount, plural,
                        =1 {1 photo}
                        other {{{ entry.photoCount }} photos}
                      }</span>
                    }
                  </span>
                  @if (entry.refused) {
                    <span class="reason">{{ entry.refused }}</span>
                  }
                </span>
                @if (entry.refused) {
                  <button mat-button type="button" (click)="outbox.discard(entry.seq)" i18n>Retirer</button>
                }
              </li>
            }
            @for (entry of outbox.sent(); track entry.key) {
              <li data-testid="outbox-sent">
                <span class="chip sent" i18n>envoyée</span>
                <span class="what">
                  <strong>{{ entry.summary }}</strong>
                  <a class="when" [routerLink]="['/main-courante', entry.id]" i18n>n° {{ entry.number }}</a>
                </span>
              </li>
            }
            @if (outbox.count() === 0) {
              <li class="done">
                <button mat-button type="button" (click)="outbox.clearSent()" data-testid="outbox-close" i18n>
                  Fermer
                </button>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .offline {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 8px 16px;
      background: #fff4e0;
      color: #5c3b00;
      border-bottom: 1px solid #f0c98a;
    }
    .offline p {
      margin: 0;
      line-height: 1.4;
    }
    .offline mat-icon {
      flex: none;
      color: var(--vg-warning);
    }
    .outbox {
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      background: var(--vg-surface-muted);
    }
    .outbox-head {
      display: flex;
      gap: 8px;
      align-items: center;
      width: 100%;
      min-height: 44px;
      padding: 8px 16px;
      border: 0;
      background: none;
      font: inherit;
      font-weight: 500;
      color: inherit;
      cursor: pointer;
      text-align: left;
    }
    .outbox-head .chevron {
      margin-left: auto;
    }
    .sending {
      font-weight: 400;
      color: var(--mat-sys-on-surface-variant);
    }
    .outbox-list li.done {
      justify-content: flex-end;
      padding: 0;
      border-top: 0;
    }
    .outbox-list {
      max-height: 45vh;
      overflow-y: auto;
      list-style: none;
      margin: 0;
      padding: 0 16px 8px;
    }
    .outbox-list li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 8px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      display: flex;
      flex-direction: column;
      min-width: 0;
      flex: 1;
    }
    .what strong {
      overflow-wrap: anywhere;
    }
    .when,
    .reason {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      color: var(--vg-danger);
    }
    .chip {
      flex: none;
      padding: 2px 8px;
      border-radius: 12px;
      font-size: 0.75rem;
      font-weight: 500;
      white-space: nowrap;
    }
    .waiting {
      background: #fff4e0;
      color: #5c3b00;
    }
    .refused {
      background: #fde7e6;
      color: var(--vg-danger);
    }
    .sent {
      background: #e3f2e8;
      color: var(--vg-ok);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfflineBar {
  private readonly connectivity = inject(Connectivity);
  private readonly auth = inject(AuthService);
  readonly outbox = inject(Outbox);

  readonly open = signal(true);
  /** Offline: no network, or signed in from what the phone kept (the session not yet renewed). */
  readonly offline = computed(() => this.connectivity.offline() || this.auth.offline());
  readonly since = computed(() => offlineSince(this.connectivity.since()));
  readonly title = computed(() => {
    const count = this.outbox.count();
    if (count > 0) return pendingLabel(count);
    const sent = this.outbox.sent().length;
    return sent === 1 ? $localize`1 entrée envoyée` : $localize`${sent} entrées envoyées`;
  });

  when(occurredAt: string): string {
    return formatInstantFr(occurredAt);
  }
}
