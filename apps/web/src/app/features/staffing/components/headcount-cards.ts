import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CATEGORY_LABELS, type HeadcountResponse, STAFF_CATEGORIES, type StaffCategory } from '@vigie/shared';

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

function share(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
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
    return target === null ? 0 : share(operational, target);
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
        operationalWidth: share(counts.operational, scale),
        trainingWidth: share(counts.inTraining, scale),
      };
    }),
  );
}
