import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  canMoveFootage,
  type FootageRequestResponse,
  FootageStatus,
  formatInstantFr,
  isOpenFootage,
} from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { authorityLabel, countdownOf, footageStatusLabel, windowText } from '../video-words';
import {
  actionLabel,
  type FootageAction,
  FootageActionForm,
  type OperatorOption,
} from './footage-action-form';
import { FootageStatusChip } from './footage-status-chip';

const ACTIONS: FootageAction[] = [FootageStatus.EXTRACTED, FootageStatus.DELIVERED, FootageStatus.REFUSED];

/**
 * A footage request of the register: the camera and window, the time left before the images are
 * overwritten (red under 72 h), who asked and why, its history; and, while it is open, its next
 * steps for supervisors (`actions`).
 */
@Component({
  selector: 'vg-footage-request-card',
  imports: [FootageActionForm, FootageStatusChip, MatButtonModule, SvgIcon, RouterLink],
  templateUrl: './footage-request-card.html',
  styleUrl: './footage-request-card.scss',
  host: { '[attr.data-urgency]': 'countdown().tone' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageRequestCard {
  readonly request = input.required<FootageRequestResponse>();
  readonly now = input.required<Date>();
  /** Offer the status changes (the register's page); the entry's page only shows the request. */
  readonly actions = input(false);
  readonly operators = input<OperatorOption[]>([]);
  readonly ownAgentId = input<string | null>(null);
  /** Show the linked entry of the main courante (not on the entry's own page). */
  readonly showIncident = input(true);
  readonly changed = output<FootageRequestResponse>();

  readonly countdown = computed(() => countdownOf(this.request(), this.now()));
  readonly window = computed(() => windowText(this.request().from, this.request().to));
  readonly authority = computed(() => authorityLabel(this.request().authority));
  readonly overwritten = computed(() => Date.parse(this.request().overwriteAt) <= this.now().getTime());
  readonly open = computed(() => isOpenFootage(this.request().status));
  readonly nextSteps = computed(() =>
    ACTIONS.filter((to) => canMoveFootage(this.request().status, to)).map((to) => ({
      to,
      label: actionLabel(to),
      // Overwritten images cannot be extracted any more.
      disabled: to === FootageStatus.EXTRACTED && this.overwritten(),
    })),
  );
  readonly icon = computed(() => {
    switch (this.request().status) {
      case FootageStatus.REQUESTED:
        return this.overwritten() ? 'history' : 'timer';
      case FootageStatus.EXTRACTED:
        return 'download_done';
      case FootageStatus.DELIVERED:
        return 'task_alt';
      default:
        return 'block';
    }
  });
  readonly acting = signal<FootageAction | null>(null);
  readonly dateTime = formatInstantFr;
  readonly statusLabel = footageStatusLabel;

  done(updated: FootageRequestResponse): void {
    this.acting.set(null);
    this.changed.emit(updated);
  }
}
