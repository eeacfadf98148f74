import { ChangeDetectionStrategy, Component, computed, ElementRef, input, viewChild } from '@angular/core';
import type { DeploymentRowResponse } from '@vigie/shared';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

import { CHART_BASE_OPTIONS, CHART_FONT as FONT, drawOnCanvas } from '../../../shared/ui/canvas-chart';
import { DEPLOYMENT_MEASURES, type DeploymentSeries, deploymentSeries } from '../deployment';

// Bars only: chart.js stays in the lazy chunks that draw charts, tree-shaken.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * The cameras per year and kind against the plan: planned, installed, in service, connected to
 * the CSU side by side; the same figures in a table for screen readers.
 */
@Component({
  selector: 'vg-deployment-chart',
  template: `
    <div class="frame">
      <canvas #canvas role="img" [attr.aria-label]="ariaLabel()" data-testid="deployment-chart"></canvas>
    </div>
    <!-- A table ignores a height of 1 px: its box, not the table, is what is hidden. -->
    <div class="visually-hidden">
      <table data-testid="deployment-table">
        <caption i18n>
          Déploiement des caméras par année et par type, face au plan
        </caption>
        <thead>
          <tr>
            <th scope="col" i18n>Année et type</th>
            @for (measure of measures; track measure.key) {
              <th scope="col">{{ measure.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (label of series().labels; track label; let i = $index) {
            <tr>
              <th scope="row">{{ label }}</th>
              @for (measure of measures; track measure.key) {
                <td>{{ series().values[measure.key][i] }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .frame {
      position: relative;
      height: 280px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeploymentChart {
  readonly rows = input.required<DeploymentRowResponse[]>();

  readonly measures = DEPLOYMENT_MEASURES;
  readonly series = computed(() => deploymentSeries(this.rows()));
  readonly ariaLabel = computed(() => {
    const { labels, values } = this.series();
    const parts = labels.map(
      (label, i) => $localize`${label} : ${values.installed[i]} installées sur ${values.planned[i]} prévues`,
    );
    return $localize`Déploiement des caméras face au plan. ${parts.join(' ; ')}.`;
  });

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    drawOnCanvas(
      this.canvas,
      () => this.series(),
      ({ labels, values }) => this.config(labels, values),
      (chart, { labels, values }) => {
        chart.data.labels = labels;
        this.measures.forEach(({ key }, i) => (chart.data.datasets[i].data = values[key]));
      },
    );
  }

  private config(
    labels: string[],
    values: DeploymentSeries['values'],
  ): ChartConfiguration<'bar', number[], string> {
    return {
      type: 'bar',
      data: {
        labels,
        datasets: this.measures.map(({ key, label, colour }) => ({
          label,
          data: values[key],
          backgroundColor: colour,
          borderColor: key === 'planned' ? '#8a9ab5' : colour,
          borderWidth: key === 'planned' ? 1 : 0,
          borderRadius: 4,
          maxBarThickness: 36,
        })),
      },
      options: {
        ...CHART_BASE_OPTIONS,
        plugins: {
          legend: { position: 'bottom', labels: { font: FONT, boxWidth: 14, boxHeight: 14 } },
          tooltip: { bodyFont: FONT, titleFont: FONT },
        },
        scales: {
          x: { grid: { display: false }, ticks: { font: FONT } },
          y: {
            beginAtZero: true,
            ticks: { precision: 0, font: FONT },
            grid: { color: '#e6e9ef' },
            title: { display: true, text: $localize`caméras`, font: FONT },
          },
        },
      },
    };
  }
}
