import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import {
  formatDateFr,
  GRADE_LABELS,
  Milestone,
  type RecruitmentResponse,
  RecruitmentStatus,
  ROUTE_LABELS,
} from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { checklist, isExit, recordedOn, stepLabel } from '../recruitment-board';

/** One candidate on the board: route, grade, milestones done and pending, delay, expected date. */
@Component({
  selector: 'vg-recruitment-card',
  imports: [SvgIcon],
  templateUrl: './recruitment-card.html',
  styleUrl: './recruitment-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.stalled]': 'recruitment().stalled' },
})
export class RecruitmentCard {
  readonly recruitment = input.required<RecruitmentResponse>();
  readonly opened = output<RecruitmentResponse>();

  readonly formatDate = formatDateFr;
  readonly subtitle = computed(
    () => `${ROUTE_LABELS[this.recruitment().route]} · ${GRADE_LABELS[this.recruitment().grade]}`,
  );
  readonly steps = computed(() => checklist(this.recruitment()));
  readonly open = computed(() => this.recruitment().status === RecruitmentStatus.OPEN);
  readonly operationalOn = computed(() => recordedOn(this.recruitment(), Milestone.OPERATIONAL));
  /** « Désistement le 02/11/2026 » for a closed one. */
  readonly closing = computed(() => {
    const exit = this.recruitment().milestones.find((record) => isExit(record.milestone));
    if (!exit) return null;
    return { label: stepLabel(exit.milestone), date: formatDateFr(exit.date), reason: exit.reason };
  });
}
