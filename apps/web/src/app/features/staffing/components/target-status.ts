import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { HeadcountResponse } from '@vigie/shared';

import { missedTargetInShort, missedTargetInWords, targetInWords } from '../forecast-words';

/**
 * The target the headcount is measured against, and the last deadline missed: the same words on
 * the Effectif page, the dashboard and Recrutement (the words of `targetAt` and `chooseTarget`).
 */
@Component({
  selector: 'vg-target-status',
  template: `
    @if (!compact()) {
      @if (target(); as words) {
        <p class="target" data-testid="target-line">{{ words }}</p>
      } @else {
        <p class="target" data-testid="target-line" i18n>Aucun objectif fixé</p>
      }
    }
    @if (missed(); as words) {
      <p class="missed" data-testid="missed-target">{{ words }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    p {
      margin: 2px 0;
      font-size: 0.875rem;
    }

    .target {
      color: var(--mat-sys-on-surface-variant);
    }

    .missed {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetStatus {
  readonly headcount = input.required<HeadcountResponse>();
  /**
   * On a dashboard tile, whose forecast sentence already opens with the target and its date: the
   * missed deadline alone, in short.
   */
  readonly compact = input(false);

  readonly target = computed(() => targetInWords(this.headcount().target, this.headcount().targetDate));
  readonly missed = computed(() => {
    const missed = this.headcount().missedTarget;
    if (!missed) return null;
    return this.compact() ? missedTargetInShort(missed) : missedTargetInWords(missed);
  });
}
