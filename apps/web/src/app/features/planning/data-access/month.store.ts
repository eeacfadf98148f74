import { computed, inject, Injectable, signal } from '@angular/core';
import {
  type AbsenceResponse,
  AbsenceStatus,
  type AgentSummaryResponse,
  endOfMonth,
  type ShiftResponse,
  todayInParis,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { AgentsApi } from '../../agents/data-access/agents.api';
import { buildMonthGrid } from '../domain/month-grid';
import { AbsencesApi } from './absences.api';
import { type Period, PlanningApi } from './planning.api';

/**
 * The month shown by the « Planning » page's « Mois » view: read only, from the same API reads as
 * the week (shifts of the period, approved absences, agents), with the public holidays of the
 * school calendar to shade. Provided by the page.
 */
@Injectable()
export class MonthStore {
  private readonly api = inject(PlanningApi);
  private readonly absencesApi = inject(AbsencesApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);

  readonly today = signal(todayInParis());
  /** `YYYY-MM` */
  readonly month = signal(this.today().slice(0, 7));
  readonly agents = signal<AgentSummaryResponse[]>([]);
  readonly shifts = signal<ShiftResponse[]>([]);
  readonly absences = signal<AbsenceResponse[]>([]);
  readonly holidays = signal<{ date: string; label: string }[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  private holidaysAsked = false;

  readonly period = computed<Period>(() => ({
    from: `${this.month()}-01`,
    to: endOfMonth(`${this.month()}-01`),
  }));
  readonly grid = computed(() =>
    buildMonthGrid({
      month: this.month(),
      today: this.today(),
      agents: this.agents(),
      shifts: this.shifts(),
      absences: this.absences(),
      publicHolidays: this.holidays(),
    }),
  );

  private request = 0;

  async load(month: string = this.month()): Promise<void> {
    const request = ++this.request;
    this.month.set(month);
    this.loading.set(true);
    this.error.set(null);
    const period = this.period();
    try {
      const [agents, shifts, absences] = await Promise.all([
        this.agents().length > 0 ? Promise.resolve(this.agents()) : this.agentsApi.all(),
        this.api.shifts(period),
        this.auth.can('readAbsences')
          ? this.absencesApi.list({ ...period, status: AbsenceStatus.APPROVED })
          : Promise.resolve([]),
        this.loadHolidays(),
      ]);
      if (request !== this.request) return;
      this.agents.set(agents);
      this.shifts.set(shifts);
      this.absences.set(absences);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  /**
   * The public holidays, once: the school calendar lists those of the years it spans (computed by
   * the API, the one place that knows them). Only the planners read it; the others see the
   * weekends shaded, not the holidays, and the month all the same.
   */
  private async loadHolidays(): Promise<void> {
    if (this.holidaysAsked || !this.auth.can('editPlanning')) return;
    this.holidaysAsked = true;
    try {
      this.holidays.set((await this.api.schoolCalendar()).publicHolidays);
    } catch {
      this.holidaysAsked = false; // Tried again with the next month.
    }
  }
}
