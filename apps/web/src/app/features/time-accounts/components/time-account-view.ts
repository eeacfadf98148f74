import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { LeaveBalanceResponse, WorkedTimeResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { TimeAccountStore } from '../data-access/time-account.store';
import {
  balanceText,
  balanceToDateText,
  balanceToDateTitle,
  balanceTone,
  ceilingPercent,
  ceilingText,
  compensationLabel,
  correctionText,
  hoursFr,
  LEAVE_KIND_LABELS,
  leaveAmount,
  openedText,
  openingText,
  OVERTIME_KIND_LABELS,
  OVERTIME_KINDS,
  overtimeTotal,
  plannedPercent,
  progressText,
  recordedText,
  signedHoursFr,
  workedPercent,
  yearChoices,
} from '../words/time-words';
import { TimeAccountSettings } from './time-account-settings';

/**
 * One agent's time account: hours due, planned and worked toward the year's due hours, the
 * projected balance, overtime by kind and this month against the 25 h ceiling, leave balances,
 * and the corrections a supervisor made to his worked hours. « Mon temps » shows the agent's
 * own; « Comptes d'heures » anybody's, with the same component.
 */
@Component({
  selector: 'vg-time-account-view',
  imports: [MatFormFieldModule, MatProgressBarModule, MatSelectModule, SvgIcon, TimeAccountSettings],
  providers: [TimeAccountStore],
  templateUrl: './time-account-view.html',
  styleUrl: './time-account-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeAccountView {
  readonly store = inject(TimeAccountStore);

  readonly agentId = input.required<string>();
  /** The agent reads his own account (« vos heures ») rather than somebody else's. */
  readonly own = input(true);
  /** The chief or HR: how the hours are counted and the opening balance can be set here. */
  readonly manage = input(false);

  readonly years = yearChoices(this.store.year());
  readonly kinds = OVERTIME_KINDS;
  readonly kindLabels = OVERTIME_KIND_LABELS;
  readonly leaveLabels = LEAVE_KIND_LABELS;
  readonly hours = hoursFr;
  readonly signed = signedHoursFr;

  readonly account = this.store.account;
  readonly worked = computed(() => (this.account() ? workedPercent(this.account()!) : 0));
  readonly planned = computed(() => (this.account() ? plannedPercent(this.account()!) : 0));
  readonly progress = computed(() => (this.account() ? progressText(this.account()!) : ''));
  readonly balance = computed(() => balanceText(this.account()?.projectedBalance ?? 0));
  readonly tone = computed(() => balanceTone(this.account()?.balanceToDate ?? 0));
  readonly toDateTitle = computed(() => {
    const account = this.account();
    return account ? balanceToDateTitle(account) : '';
  });
  readonly toDate = computed(() => {
    const account = this.account();
    return account ? balanceToDateText(account) : '';
  });
  readonly opened = computed(() => {
    const account = this.account();
    return account ? openedText(account) : null;
  });
  readonly openingLine = computed(() => {
    const account = this.account();
    return account ? openingText(account) : null;
  });
  readonly overtime = computed(() => (this.account() ? overtimeTotal(this.account()!.overtime) : 0));
  readonly month = this.store.month;
  readonly monthText = computed(() => (this.month() ? ceilingText(this.month()!) : ''));
  readonly monthPercent = computed(() => (this.month() ? ceilingPercent(this.month()!) : 0));
  readonly othersOver = computed(() =>
    this.store.monthsOver().filter((month) => month.month !== this.month()?.month),
  );

  constructor() {
    effect(() => {
      const agentId = this.agentId();
      untracked(() => void this.store.load(agentId));
    });
  }

  amount(balance: LeaveBalanceResponse, value: number): string {
    return leaveAmount(balance.unit, value);
  }

  correction(worked: WorkedTimeResponse): string {
    return correctionText(worked);
  }

  recorded(worked: WorkedTimeResponse): string {
    return recordedText(worked);
  }

  compensation(worked: WorkedTimeResponse): string {
    return compensationLabel(worked);
  }

  monthLine(month: Parameters<typeof ceilingText>[0]): string {
    return ceilingText(month);
  }

  overtimeOf(worked: WorkedTimeResponse): number {
    return overtimeTotal(worked.overtime);
  }
}
