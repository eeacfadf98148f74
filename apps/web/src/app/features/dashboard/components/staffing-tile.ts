import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { CATEGORY_LABELS, type DashboardStaffingResponse, STAFF_CATEGORIES } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { ForecastChart } from '../../staffing/components/forecast-chart';
import { TargetStatus } from '../../staffing/components/target-status';
import { forecastSentence } from '../../staffing/forecast-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/**
 * « Effectif »: operational headcount against the target, by category, and the forecast line
 * with the month the target is reached (or the shortfall).
 */
@Component({
  selector: 'vg-staffing-tile',
  imports: [ForecastChart, SvgIcon, TargetStatus, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Effectif"
      i18n-heading
      icon="groups"
      loadingLabel="Chargement de l’effectif"
      i18n-loadingLabel
      [link]="link()"
      [linkLabel]="linkLabel()"
      testId="tile-staffing"
    >
      @if (tile.value(); as data) {
        <div class="layout">
          <div class="figures">
            <p class="figure" data-testid="staffing-figure">
              <strong>{{ data.headcount.operational }}</strong>&ngsp;
              @if (data.headcount.target !== null) {
                <span i18n>opérationnels sur {{ data.headcount.target }}</span>
              } @else {
                <span i18n>opérationnels</span>
              }
            </p>
            <vg-target-status [headcount]="data.headcount" [compact]="true" />
            <p class="sub">
              <ng-container i18n>{{ data.headcount.inTraining }} en formation</ng-container> ·
              <ng-container i18n>{{ data.headcount.inPipeline }} en recrutement</ng-container>
            </p>
            <ul class="categories" aria-label="Par catégorie" i18n-aria-label>
              @for (row of categories(); track row.category) {
                <li [attr.data-testid]="'staffing-' + row.category">
                  <span class="label">{{ row.label }}</span>&ngsp;
                  <span class="bar" aria-hidden="true"><span [style.width.%]="row.width"></span></span>
                  <span class="count"
                    >{{ row.operational }}
                    @if (row.target !== null) {
                      <span class="of">/ {{ row.target }}</span>
                    }
                  </span>
                </li>
              }
            </ul>
            <p class="sentence" [class.reached]="reached()">
              <mat-icon aria-hidden="true" [svgIcon]="reached() ? 'flag' : 'trending_down'" />
              <span data-testid="staffing-forecast">{{ sentence() }}</span>
            </p>
          </div>
          <div class="chart">
            <vg-forecast-chart [forecast]="data.forecast" [summary]="sentence()" [height]="chartHeight()" />
          </div>
        </div>
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss', './staffing-tile.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffingTile implements OnInit {
  private readonly api = inject(DashboardApi);

  /** Where « Voir » leads: the recruitment board (with the full forecast) or the agents' list. */
  readonly link = input<string | null>('/effectif');
  readonly linkLabel = input($localize`Voir l’effectif`);
  readonly chartHeight = input(170);

  readonly tile = new Tile<DashboardStaffingResponse>(() => this.api.staffing());

  readonly sentence = computed(() => {
    const data = this.tile.value();
    return data ? forecastSentence(data.forecast) : '';
  });
  readonly reached = computed(() => this.tile.value()?.forecast.targetReachedIn != null);
  readonly categories = computed(() => {
    const data = this.tile.value();
    if (!data) return [];
    return STAFF_CATEGORIES.map((category) => {
      const counts = data.headcount.byCategory[category];
      const scale = Math.max(counts.target ?? 0, counts.operational, 1);
      return {
        category,
        label: CATEGORY_LABELS[category],
        operational: counts.operational,
        target: counts.target,
        width: Math.min(100, Math.round((counts.operational / scale) * 100)),
      };
    });
  });

  ngOnInit(): void {
    void this.tile.load();
  }
}
