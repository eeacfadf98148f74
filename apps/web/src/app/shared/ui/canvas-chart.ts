import { afterRenderEffect, DestroyRef, ElementRef, inject, Signal } from '@angular/core';
import {
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartType,
  type DefaultDataPoint,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

export const CHART_FONT = { family: 'Roboto' };
export const CHART_NAVY = '#1a3a6b';

/**
 * What a line over months or days needs of chart.js, each chart registering it with its extras in
 * its own lazy chunk (`Chart.register(...LINE_CHART_PARTS, Legend)`): chart.js stays tree-shaken.
 */
export const LINE_CHART_PARTS = [
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Tooltip,
] as const;

/** What every chart sets: sized by its frame, drawn at once, French numbers, one tooltip per column. */
export const CHART_BASE_OPTIONS = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  locale: 'fr-FR',
  interaction: { mode: 'index', intersect: false },
} as const;

/**
 * Draws a chart.js chart on `canvas` after each render where `read` changed: the first time with
 * `create`, afterwards in place with `update` (no flicker, no new canvas); destroyed with the
 * component. Call it in a constructor. Without a 2D context (tests) nothing is drawn: each chart
 * carries its figures in a table for screen readers too.
 */
export function drawOnCanvas<
  TType extends ChartType,
  TData = DefaultDataPoint<TType>,
  TLabel = unknown,
  TInput = void,
>(
  canvas: Signal<ElementRef<HTMLCanvasElement>>,
  read: () => TInput,
  create: (input: TInput) => ChartConfiguration<TType, TData, TLabel>,
  update: (chart: Chart<TType, TData, TLabel>, input: TInput) => void,
): void {
  let chart: Chart<TType, TData, TLabel> | null = null;
  afterRenderEffect(() => {
    const input = read();
    if (chart) {
      update(chart, input);
      chart.update();
      return;
    }
    const context = canvas().nativeElement.getContext('2d');
    if (!context) return;
    chart = new Chart(context, create(input));
  });
  inject(DestroyRef).onDestroy(() => chart?.destroy());
}
