import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { DeploymentRowResponse } from '@vigie/shared';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

import { DEPLOYMENT_MEASURES, deploymentSeries } from '../deployment';

// Bars only: chart.js stays in the lazy chunks that draw charts, tree-shaken.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const FONT = { family: 'Roboto' };

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
  private chart: Chart<'bar', number[], string> | null = null;

  constructor() {
    afterRenderEffect(() => this.draw());
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(): void {
    const { labels, values } = this.series();
    if (this.chart) {
      this.chart.data.labels = labels;
      this.measures.forEach(({ key }, i) => (this.chart!.data.datasets[i].data = values[key]));
      this.chart.update();
      return;
    }
    const context = this.canvas().nativeElement.getContext('2d');
    if (!context) return; // no canvas (tests): the table tells it all
    this.chart = new Chart(context, {
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
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: 'fr-FR',
        interaction: { mode: 'index', intersect: false },
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
    });
  }
}
