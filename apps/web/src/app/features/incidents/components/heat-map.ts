import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StatsBucketResponse } from '@vigie/shared';

import { entriesLabel, HEAT_LEVELS, heatMap } from '../stats';

/**
 * Hour of the week (7 rows, Monday first, × 24 hours), each cell shaded by its count relative to
 * the busiest hour. A real table: a screen reader reads day, hour and count; the count is written
 * in the cell where there is room, and in its tooltip everywhere.
 */
@Component({
  selector: 'vg-heat-map',
  templateUrl: './heat-map.html',
  styleUrl: './heat-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatMap {
  readonly buckets = input.required<StatsBucketResponse[]>();

  readonly map = computed(() => heatMap(this.buckets()));
  readonly hours = Array.from({ length: 24 }, (_, hour) => hour);
  readonly levels = Array.from({ length: HEAT_LEVELS + 1 }, (_, level) => level);
  readonly maxLabel = computed(() => entriesLabel(this.map().max));
}
