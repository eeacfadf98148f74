import { ChangeDetectionStrategy, Component, computed, ElementRef, input, viewChild } from '@angular/core';
import type { ForecastResponse } from '@vigie/shared';
import { Chart, type ChartConfiguration, Legend } from 'chart.js';

import {
  CHART_BASE_OPTIONS,
  CHART_FONT as FONT,
  CHART_NAVY as NAVY,
  drawOnCanvas,
  LINE_CHART_PARTS,
} from '../../../shared/ui/canvas-chart';
import { monthInWords, shortMonth } from '../forecast-words';

// Only what a line chart needs, and its legend: chart.js stays in this lazy chunk, tree-shaken.
Chart.register(...LINE_CHART_PARTS, Legend);

const TARGET = '#c2410c';

/**
 * The y axis of a headcount: from 0, so that 17 of 24 looks like 17 of 24 (an axis cut at 14 made it
 * look like a third of the way), to one above the largest value.
 */
export function headcountAxis(values: readonly number[]): { min: number; max: number } {
  return { min: 0, max: Math.max(0, ...values) + 1 };
}

/** Forecast operational headcount month by month, against the target line; a table for screen readers. */
@Component({
  selector: 'vg-forecast-chart',
  templateUrl: './forecast-chart.html',
  styles: `
    .frame {
      position: relative;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForecastChart {
  readonly forecast = input.required<ForecastResponse>();
  /** The forecast in words, read out as the chart's label. */
  readonly summary = input('');
  /** Height of the chart, in pixels (smaller on a dashboard tile). */
  readonly height = input(260);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly rows = computed(() =>
    this.forecast().months.map((month) => ({ ...month, label: monthInWords(month.month) })),
  );
  readonly ariaLabel = computed(() => {
    const months = this.forecast().months.length;
    return $localize`Prévision de l’effectif opérationnel sur ${months} mois, face à l’objectif. ${this.summary()}`;
  });

  constructor() {
    drawOnCanvas(
      this.canvas,
      () => {
        const months = this.forecast().months;
        return {
          labels: months.map((month) => shortMonth(month.month)),
          operational: months.map((month) => month.operational),
          targets: months.map((month) => month.target),
        };
      },
      ({ labels, operational, targets }) => this.config(labels, operational, targets),
      (chart, { labels, operational, targets }) => {
        chart.data.labels = labels;
        chart.data.datasets[0].data = operational;
        chart.data.datasets[1].data = targets;
        chart.options.scales = this.scales(operational, targets);
      },
    );
  }

  private config(
    labels: string[],
    operational: number[],
    targets: (number | null)[],
  ): ChartConfiguration<'line', (number | null)[], string> {
    return {
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: $localize`Effectif opérationnel prévu`,
            data: operational,
            borderColor: NAVY,
            backgroundColor: 'rgba(26, 58, 107, 0.10)',
            fill: 'origin',
            stepped: 'after',
            borderWidth: 2.5,
            pointRadius: 3,
            pointBackgroundColor: NAVY,
          },
          {
            label: $localize`Objectif`,
            data: targets,
            borderColor: TARGET,
            borderDash: [6, 4],
            borderWidth: 2,
            stepped: 'after',
            pointRadius: 0,
            fill: false,
          },
        ],
      },
      options: {
        ...CHART_BASE_OPTIONS,
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, font: FONT } },
          tooltip: { bodyFont: FONT, titleFont: FONT },
        },
        scales: this.scales(operational, targets),
      },
    };
  }

  private scales(operational: number[], targets: (number | null)[]) {
    const values = [...operational, ...targets.filter((value): value is number => value !== null)];
    const { min, max } = headcountAxis(values);
    return {
      x: {
        grid: { display: false },
        ticks: { font: FONT, maxRotation: 0, autoSkipPadding: 8 },
      },
      y: { min, max, beginAtZero: true, ticks: { precision: 0, font: FONT } },
    };
  }
}
