import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import type { DeploymentResponse } from '@vigie/shared';

import { deploymentLines } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/** « Caméras »: installed and in service against the plan, per kind, then year by year. */
@Component({
  selector: 'vg-deployment-tile',
  imports: [TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Caméras"
      i18n-heading
      icon="videocam"
      loadingLabel="Chargement du déploiement des caméras"
      i18n-loadingLabel
      link="/videoprotection"
      linkLabel="Voir"
      i18n-linkLabel
      testId="tile-deployment"
    >
      @if (lines(); as lines) {
        @if (lines.years.length > 0) {
          <ul class="vg-stack">
            @for (line of lines.years; track line.key) {
              <li [attr.data-testid]="'deployment-' + line.key">
                <div class="line">
                  <span class="label">{{ line.label }}</span>
                  <span class="value">{{ line.installed }} / {{ line.planned }}</span>
                </div>
                <div class="bar" role="img" [attr.aria-label]="line.description">
                  <span class="installed" [style.width.%]="line.installedWidth"></span>
                  <span class="active" [style.width.%]="line.activeWidth"></span>
                </div>
              </li>
            }
          </ul>
          <p class="totals">
            @for (total of lines.totals; track total.key) {
              <span data-testid="deployment-total">
                <strong>{{ total.label }}</strong> :
                <ng-container i18n
                  >{{ total.active }} en service, {{ total.connected }} reliées au CSU</ng-container
                >
              </span>
            }
          </p>
          <p class="legend" aria-hidden="true">
            <span><i class="swatch active"></i><ng-container i18n>en service</ng-container></span>
            <span><i class="swatch installed"></i><ng-container i18n>installées</ng-container></span>
            <span><i class="swatch"></i><ng-container i18n>prévues</ng-container></span>
          </p>
        } @else {
          <p class="empty quiet" i18n>Aucune caméra prévue au plan.</p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss', './deployment-tile.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeploymentTile implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly tile = new Tile<DeploymentResponse>(() => this.api.deployment());
  readonly lines = computed(() => {
    const deployment = this.tile.value();
    return deployment ? deploymentLines(deployment) : null;
  });

  ngOnInit(): void {
    void this.tile.load();
  }
}
