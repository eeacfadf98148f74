import { computed, inject, Injectable, signal } from '@angular/core';
import { type TimeAccountResponse, todayInParis, type WorkedTimeResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { monthOf } from '../words/time-words';
import { TimeAccountsApi } from './time-accounts.api';

/**
 * One agent's time account for a year, and what a supervisor recorded of his worked hours (the
 * corrections he sees, with their reasons). Provided by the component that shows it.
 */
@Injectable()
export class TimeAccountStore {
  private readonly api = inject(TimeAccountsApi);

  readonly today = signal(todayInParis());
  readonly year = signal(Number(this.today().slice(0, 4)));
  readonly agentId = signal<string | null>(null);
  readonly account = signal<TimeAccountResponse | null>(null);
  readonly worked = signal<WorkedTimeResponse[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  private run = 0;

  /** This month's overtime against the ceiling; the last month of a past year. */
  readonly month = computed(() => {
    const account = this.account();
    if (!account) return null;
    const thisMonth = this.today().slice(0, 7);
    const month = thisMonth.startsWith(`${account.year}-`) ? thisMonth : `${account.year}-12`;
    return monthOf(account, month);
  });
  /** The months over the ceiling, to warn of beside this one. */
  readonly monthsOver = computed(() => (this.account()?.overtimeMonths ?? []).filter((m) => m.overCeiling));
  /** The newest corrections first. */
  readonly corrections = computed(() =>
    [...this.worked()].sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  );

  /** Loads the agent's account and corrections for the year shown (an older answer is dropped). */
  async load(agentId: string, year = this.year()): Promise<void> {
    const run = ++this.run;
    this.agentId.set(agentId);
    this.year.set(year);
    this.loading.set(true);
    this.error.set(null);
    try {
      const [account, worked] = await Promise.all([
        this.api.account(agentId, year),
        this.api.workedOf(agentId, year),
      ]);
      if (run !== this.run) return;
      this.account.set(account);
      this.worked.set(worked);
    } catch (error) {
      if (run !== this.run) return;
      this.account.set(null);
      this.worked.set([]);
      this.error.set(problemOf(error).detail);
    } finally {
      if (run === this.run) this.loading.set(false);
    }
  }

  selectYear(year: number): void {
    const agentId = this.agentId();
    if (agentId) void this.load(agentId, year);
  }
}
