import { ChangeDetectionStrategy, Component, computed, ElementRef, input, viewChild } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

import {
  CHART_BASE_OPTIONS,
  CHART_FONT as FONT,
  CHART_NAVY as NAVY,
  drawOnCanvas,
} from '../../../shared/ui/canvas-chart';
import { type ChartRow, wrapLabel } from '../stats';

// Only what bars and a line need: chart.js stays in this lazy chunk, tree-shaken.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Tooltip,
);

/** A bar or line chart of counts, with the same figures in a table for screen readers. */
@Component({
  selector: 'vg-stats-chart',
  template: `
    <div class="frame" [style.height.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="ariaLabel()"></canvas>
    </div>
    <!-- A table ignores a height of 1 px: its box, not the table, is what is hidden. -->
    <div class="visually-hidden">
      <table [attr.data-testid]="testId()">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ column() }}</th>
            <th scope="col" i18n>Entrées</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td>{{ row.count }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .frame {
      position: relative;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatsChart {
  readonly rows = input.required<ChartRow[]>();
  readonly type = input<'bar' | 'line'>('bar');
  /** Horizontal bars, for long labels. */
  readonly horizontal = input(false);
  readonly caption = input.required<string>();
  readonly column = input.required<string>();
  /** Short labels of the axis (weeks), when the rows' labels are too long for it. */
  readonly axisLabels = input<string[] | null>(null);
  readonly testId = input<string | null>(null);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly height = computed(() => (this.horizontal() ? Math.max(160, this.rows().length * 30 + 40) : 260));
  readonly ariaLabel = computed(() => {
    const rows = [...this.rows()].sort((a, b) => b.count - a.count).slice(0, 3);
    const top = rows.map((row) => `${row.label} : ${row.count}`).join(', ');
    return top ? $localize`${this.caption()}. En tête : ${top}.` : this.caption();
  });

  constructor() {
    drawOnCanvas(
      this.canvas,
      () => ({
        labels:
          this.axisLabels() ??
          this.rows().map((row) => (this.horizontal() ? wrapLabel(row.label) : row.label)),
        data: this.rows().map((row) => row.count),
      }),
      ({ labels, data }) => this.config(labels, data),
      (chart, { labels, data }) => {
        chart.data.labels = labels;
        chart.data.datasets[0].data = data;
      },
    );
  }

  private config(
    labels: (string | string[])[],
    data: number[],
  ): ChartConfiguration<'bar' | 'line', number[], string | string[]> {
    const line = this.type() === 'line';
    const horizontal = this.horizontal();
    const valueAxis = { beginAtZero: true, ticks: { precision: 0, font: FONT }, grid: { color: '#e6e9ef' } };
    const labelAxis = {
      grid: { display: false },
      ticks: { font: FONT, autoSkip: !horizontal, maxRotation: 0, autoSkipPadding: 12 },
    };
    return {
      type: this.type(),
      data: {
        labels,
        datasets: [
          {
            label: $localize`Entrées`,
            data,
            borderColor: NAVY,
            backgroundColor: line ? 'rgba(26, 58, 107, 0.12)' : NAVY,
            borderWidth: line ? 2 : 0,
            borderRadius: line ? 0 : 4,
            fill: line ? 'origin' : false,
            tension: 0,
            pointRadius: line ? 2 : 0,
            maxBarThickness: 28,
          },
        ],
      },
      options: {
        ...CHART_BASE_OPTIONS,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: false },
          tooltip: {
            bodyFont: FONT,
            titleFont: FONT,
            callbacks: { title: (items) => this.rows()[items[0]?.dataIndex ?? 0]?.label ?? '' },
          },
        },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      },
    };
  }
}
