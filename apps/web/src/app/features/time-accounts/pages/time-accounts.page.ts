import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { type TimeAccountSummaryResponse, todayInParis } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { TimeAccountsStore } from '../data-access/time-accounts.store';
import {
  balanceTone,
  hoursFr,
  monthChoices,
  payrollFileName,
  signedHoursFr,
  yearChoices,
} from '../words/time-words';

/**
 * « Comptes d'heures »: everybody's account for a year, those drifting furthest from their due
 * hours first; a line opens that agent's account. The chief and HR download a month's payroll CSV.
 */
@Component({
  selector: 'vg-time-accounts-page',
  imports: [MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, RouterLink, SvgIcon],
  providers: [TimeAccountsStore],
  templateUrl: './time-accounts.page.html',
  styleUrl: './time-accounts.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeAccountsPage implements OnInit {
  readonly store = inject(TimeAccountsStore);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);

  readonly years = yearChoices(this.store.year());
  readonly months = monthChoices(todayInParis());
  /** The payroll of the month just closed is the one HR asks for. */
  readonly month = signal(this.months[1].value);
  readonly canExport = computed(() => {
    this.auth.user();
    return this.auth.can('exportPayroll');
  });
  readonly hours = hoursFr;
  readonly signed = signedHoursFr;

  ngOnInit(): void {
    void this.store.load();
  }

  tone(item: TimeAccountSummaryResponse): string {
    return balanceTone(item.balanceToDate);
  }

  async exportPayroll(): Promise<void> {
    const month = this.month();
    const blob = await this.store.payroll(month);
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = payrollFileName(month);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.snackBar.open($localize`Export paie téléchargé : ${payrollFileName(month)}.`, 'OK', {
      duration: 4000,
    });
  }
}
