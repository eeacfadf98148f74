import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type DashboardIncidentsResponse,
  IncidentStatus,
  type IncidentSummaryResponse,
  localTimeOf,
} from '@vigie/shared';

import { Territory } from '../../../shared/territory/territory';
import { moreText } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/** Two lines keep the dashboard whole on a 1366×768 screen; the list has the rest. */
const SHOWN = 2;
const OPEN_STATUSES: readonly IncidentStatus[] = [IncidentStatus.OPEN, IncidentStatus.IN_PROGRESS];

/** « Main courante »: entries by status (each opens the list filtered on it), and the last 24 hours. */
@Component({
  selector: 'vg-incidents-tile',
  imports: [RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Main courante"
      i18n-heading
      icon="assignment"
      loadingLabel="Chargement de la main courante"
      i18n-loadingLabel
      link="/main-courante"
      linkLabel="Ouvrir"
      i18n-linkLabel
      testId="tile-incidents"
    >
      @if (tile.value(); as data) {
        <p class="figure" data-testid="incidents-open">
          <strong>{{ data.open }}</strong>&ngsp;
          <span>{{ data.open > 1 ? openWords[1] : openWords[0] }}</span>
        </p>
        <ul class="statuses" aria-label="Entrées par statut" i18n-aria-label>
          @for (row of data.byStatus; track row.status) {
            <li>
              <a
                routerLink="/main-courante"
                [queryParams]="{ statut: row.status }"
                [class.open]="isOpen(row.status)"
                [attr.data-testid]="'incidents-' + row.status"
              >
                <strong>{{ row.count }}</strong> {{ row.label }}
              </a>
            </li>
          }
        </ul>
        @if (data.last24h.length > 0) {
          <h3 class="section-title" data-testid="incidents-24h">{{ last24h() }}</h3>
          <ul class="list">
            @for (entry of data.last24h.slice(0, shownCount); track entry.id) {
              <li>
                <a class="item" [routerLink]="['/main-courante', entry.id]" data-testid="incident-recent">
                  <span class="side time">{{ time(entry.occurredAt) }}</span>
                  <span class="main">
                    <span class="title">{{ entry.summary }}</span>
                    <span class="meta"
                      >{{ entry.number }} · {{ entry.categoryLabel }} · {{ quartier(entry) }}</span
                    >
                  </span>
                </a>
              </li>
            }
          </ul>
          @if (data.last24hCount > shownCount) {
            <p class="more-count">{{ moreText(data.last24hCount - shownCount) }}</p>
          }
        } @else {
          <p class="empty quiet" data-testid="incidents-24h" i18n>Aucune entrée ces dernières 24 heures.</p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss', './incidents-tile.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentsTile implements OnInit {
  private readonly api = inject(DashboardApi);
  private readonly territory = inject(Territory);

  readonly tile = new Tile<DashboardIncidentsResponse>(() => this.api.incidents());
  readonly shownCount = SHOWN;
  readonly openWords = [$localize`ouverte ou en cours`, $localize`ouvertes ou en cours`];
  readonly moreText = moreText;

  readonly last24h = computed(() => {
    const count = this.tile.value()?.last24hCount ?? 0;
    return count > 1
      ? $localize`Dernières 24 heures : ${count} entrées`
      : $localize`Dernières 24 heures : ${count} entrée`;
  });

  ngOnInit(): void {
    void this.tile.load();
  }

  isOpen(status: IncidentStatus): boolean {
    return OPEN_STATUSES.includes(status);
  }

  time(instant: string): string {
    return localTimeOf(instant);
  }

  quartier(entry: IncidentSummaryResponse): string {
    return this.territory.label(entry.location.quartier);
  }
}
