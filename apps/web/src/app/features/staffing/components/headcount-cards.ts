import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CATEGORY_LABELS, type HeadcountResponse, STAFF_CATEGORIES, type StaffCategory } from '@vigie/shared';

import { barWidth } from '../../../shared/ui/bar-width';
import { TargetStatus } from './target-status';

interface CategoryRow {
  category: StaffCategory;
  label: string;
  operational: number;
  inTraining: number;
  target: number | null;
  /** Widths of the bar, in % of the larger of target and headcount. */
  operationalWidth: number;
  trainingWidth: number;
}

/** The service's headcount today: operational against the target, training, pipeline, categories. */
@Component({
  selector: 'vg-headcount-cards',
  imports: [TargetStatus],
  templateUrl: './headcount-cards.html',
  styleUrl: './headcount-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadcountCards {
  readonly headcount = input.required<HeadcountResponse>();

  readonly missing = computed(() => {
    const { target, operational } = this.headcount();
    return target === null ? 0 : Math.max(0, target - operational);
  });
  readonly progress = computed(() => {
    const { target, operational } = this.headcount();
    return target === null ? 0 : barWidth(operational, target);
  });
  readonly categories = computed<CategoryRow[]>(() =>
    STAFF_CATEGORIES.map((category) => {
      const counts = this.headcount().byCategory[category];
      const scale = Math.max(counts.target ?? 0, counts.operational + counts.inTraining, 1);
      return {
        category,
        label: CATEGORY_LABELS[category],
        operational: counts.operational,
        inTraining: counts.inTraining,
        target: counts.target,
        operationalWidth: barWidth(counts.operational, scale),
        trainingWidth: barWidth(counts.inTraining, scale),
      };
    }),
  );
}
