import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ForecastResponse, HeadcountResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { forecastSentence } from '../forecast-words';
import { ForecastChart } from './forecast-chart';
import { TargetStatus } from './target-status';

/** Headcount today in big figures, and where the recruitment pipeline takes it. */
@Component({
  selector: 'vg-forecast-panel',
  imports: [ForecastChart, SvgIcon, TargetStatus],
  templateUrl: './forecast-panel.html',
  styleUrl: './forecast-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForecastPanel {
  readonly headcount = input.required<HeadcountResponse>();
  readonly forecast = input.required<ForecastResponse>();

  readonly sentence = computed(() => forecastSentence(this.forecast()));
  readonly reached = computed(() => this.forecast().targetReachedIn !== null);
}
