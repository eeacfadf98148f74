import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { RuleViolation } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { WeekStore } from '../data-access/week.store';
import { groupByRule } from '../words/planning-words';

/**
 * « Vérifier »: the week's violations (hard rules, red) and warnings (amber), grouped by rule;
 * each one brings what it is about into view in the grid.
 */
@Component({
  selector: 'vg-check-panel',
  imports: [MatButtonModule, SvgIcon, MatProgressBarModule],
  templateUrl: './check-panel.html',
  styleUrl: './check-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckPanel {
  private readonly store = inject(WeekStore);

  readonly state = this.store.check;
  readonly violations = computed(() => groupByRule(this.state()?.violations ?? []));
  readonly warnings = computed(() => groupByRule(this.state()?.warnings ?? []));
  readonly violationCount = computed(() => this.state()?.violations.length ?? 0);
  readonly warningCount = computed(() => this.state()?.warnings.length ?? 0);

  isSelected(finding: RuleViolation): boolean {
    const highlight = this.store.highlight();
    return !!highlight && highlight.agentId === finding.agentId && highlight.shiftId === finding.shiftId;
  }

  show(finding: RuleViolation): void {
    this.store.highlight.set({ agentId: finding.agentId, shiftId: finding.shiftId });
  }

  close(): void {
    this.store.closeCheck();
  }
}
