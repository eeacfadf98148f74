import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type DashboardQualificationsResponse, formatDateFr } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { moreText } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/**
 * « Habilitations »: qualifications expiring within 30 days, and firearm permits to bring to the
 * préfet (last year's training short) or suspended by him; each opens the agent's record.
 */
@Component({
  selector: 'vg-qualifications-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Habilitations"
      i18n-heading
      icon="verified_user"
      loadingLabel="Chargement des habilitations"
      i18n-loadingLabel
      link="/effectif"
      linkLabel="Effectif"
      i18n-linkLabel
      testId="tile-qualifications"
    >
      @if (tile.value(); as data) {
        @if (data.expiring.length + data.firearm.length > 0) {
          @if (data.firearm.length > 0) {
            <h3 class="section-title" i18n>Port d’arme : décisions du préfet</h3>
            <ul class="list">
              @for (lapse of data.firearm.slice(0, shown()); track lapse.agentId) {
                <li>
                  <a class="item" [routerLink]="['/effectif', lapse.agentId]" data-testid="firearm-lapse">
                    <mat-icon
                      aria-hidden="true"
                      [class.danger]="lapse.decision !== 'MAINTAINED'"
                      [class.warning]="lapse.decision === 'MAINTAINED'"
                      svgIcon="gpp_maybe"
                    />
                    <span class="main">
                      <span class="title">{{ lapse.agentName }}</span>
                      <span class="meta" [title]="lapse.reason">{{ lapse.reason }}</span>
                    </span>
                    @switch (lapse.decision) {
                      @case ('SUSPENDED') {
                        <span class="side pill danger" i18n>suspendu</span>
                      }
                      @case ('MAINTAINED') {
                        <span class="side pill" i18n>maintenu</span>
                      }
                      @default {
                        <span class="side pill warning" i18n>décision à enregistrer</span>
                      }
                    }
                  </a>
                </li>
              }
            </ul>
            @if (data.firearm.length > shown()) {
              <p class="more-count">{{ moreText(data.firearm.length - shown()) }}</p>
            }
          }
          @if (data.expiring.length > 0) {
            <h3 class="section-title" i18n>Expirent dans les 30 jours</h3>
            <ul class="list">
              @for (item of data.expiring.slice(0, shown()); track item.agentId + item.kind) {
                <li>
                  <a
                    class="item"
                    [routerLink]="['/effectif', item.agentId]"
                    data-testid="expiring-qualification"
                  >
                    <mat-icon aria-hidden="true" class="warning" svgIcon="event_busy" />
                    <span class="main">
                      <span class="title">{{ item.agentName }}</span>
                      <span class="meta" i18n
                        >{{ item.kindLabel }} · expire le {{ date(item.expiresOn) }}</span
                      >
                    </span>
                    <span
                      class="side pill"
                      [class.danger]="item.daysLeft <= 7"
                      [class.warning]="item.daysLeft > 7"
                    >
                      {{ daysLeft(item.daysLeft) }}
                    </span>
                  </a>
                </li>
              }
            </ul>
            @if (data.expiring.length > shown()) {
              <p class="more-count">{{ moreText(data.expiring.length - shown()) }}</p>
            }
          }
        } @else {
          <p class="empty" data-testid="qualifications-empty">
            <mat-icon aria-hidden="true" svgIcon="task_alt" />
            <span i18n>Aucune habilitation n’expire dans les 30 jours.</span>
          </p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss'],
  styles: `
    // One line of detail per person (the whole of it on hover and on the agent's page): with
    // the préfet's decisions above the expiring ones, the tile still fits a 1366×768 screen.
    .item .meta {
      -webkit-line-clamp: 1;
      line-clamp: 1;
    }

    .item > mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 20px;

      &.danger {
        color: var(--vg-danger);
      }

      &.warning {
        color: var(--vg-warning);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationsTile implements OnInit {
  private readonly api = inject(DashboardApi);

  /** How many lines of each list (more on HR's home than on the dashboard). */
  readonly limit = input(3);

  readonly tile = new Tile<DashboardQualificationsResponse>(() => this.api.qualifications());
  readonly shown = computed(() => this.limit());
  readonly moreText = moreText;
  readonly date = formatDateFr;

  ngOnInit(): void {
    void this.tile.load();
  }

  daysLeft(days: number): string {
    if (days <= 0) return $localize`aujourd’hui`;
    return days > 1 ? $localize`${days} jours` : $localize`demain`;
  }
}
