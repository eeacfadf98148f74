import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { type ForecastResponse, formatDateFr, type HeadcountResponse } from '@vigie/shared';

import { forecastSentence } from '../forecast-words';
import { ForecastChart } from './forecast-chart';

/** Headcount today in big figures, and where the recruitment pipeline takes it. */
@Component({
  selector: 'vg-forecast-panel',
  imports: [ForecastChart, MatIconModule],
  templateUrl: './forecast-panel.html',
  styleUrl: './forecast-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForecastPanel {
  readonly headcount = input.required<HeadcountResponse>();
  readonly forecast = input.required<ForecastResponse>();

  readonly sentence = computed(() => forecastSentence(this.forecast()));
  readonly reached = computed(() => this.forecast().targetReachedIn !== null);
  readonly targetDate = computed(() => {
    const date = this.headcount().targetDate;
    return date ? formatDateFr(date) : null;
  });
}
