import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type AbsenceResponse,
  AbsenceStatus,
  addDays,
  formatInstantFr,
  type RosterChangeResponse,
  type ScheduleResponse,
  todayInParis,
} from '@vigie/shared';

import { AuthService, VAULT } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { isUnreachable } from '../../../core/offline/connectivity';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AbsenceForm } from '../components/absence-form';
import { AbsenceRequests } from '../components/absence-requests';
import { CalendarLink } from '../components/calendar-link';
import { RosterChanges } from '../components/roster-changes';
import { ShiftDays } from '../components/shift-days';
import { AbsencesApi } from '../data-access/absences.api';
import { KEPT_PLANNING, type KeptPlanning, readKeptPlanning } from '../data-access/kept-planning';
import { ScheduleApi } from '../data-access/schedule.api';
import { groupByDay, sortRequests } from '../domain/my-planning';

const DAYS_AHEAD = 27;

/**
 * « Mon planning », phone first: the agent's published shifts of the next four weeks, the
 * changes made to them, his absence requests and the form to ask for one, his calendar link.
 */
@Component({
  selector: 'vg-my-planning-page',
  imports: [
    AbsenceForm,
    AbsenceRequests,
    CalendarLink,
    MatButtonModule,
    SvgIcon,
    MatProgressBarModule,
    RosterChanges,
    ShiftDays,
  ],
  templateUrl: './my-planning.page.html',
  styleUrl: './my-planning.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyPlanningPage implements OnInit {
  private readonly scheduleApi = inject(ScheduleApi);
  private readonly absencesApi = inject(AbsencesApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly vault = inject(VAULT);

  readonly agentId = computed(() => this.auth.user()?.agentId ?? null);
  readonly canRequest = computed(() => {
    this.auth.user();
    return this.auth.can('requestAbsence');
  });
  readonly canLink = computed(() => {
    this.auth.user();
    return this.auth.can('calendarLink');
  });

  readonly today = todayInParis();
  readonly schedule = signal<ScheduleResponse | null>(null);
  readonly requests = signal<AbsenceResponse[]>([]);
  readonly changes = signal<RosterChangeResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly showForm = signal(false);
  /** Shown from what the phone kept (no network): when it was fetched. */
  readonly keptAt = signal<string | null>(null);

  readonly days = computed(() => {
    const schedule = this.schedule();
    return schedule
      ? groupByDay(
          schedule.shifts,
          schedule.absences,
          this.today,
          addDays(this.today, DAYS_AHEAD),
          this.today,
        )
      : [];
  });
  readonly sortedRequests = computed(() => sortRequests(this.requests(), this.today));

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    const agentId = this.agentId();
    if (!agentId) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [schedule, requests, changes] = await Promise.all([
        this.scheduleApi.schedule(agentId, { from: this.today, to: addDays(this.today, DAYS_AHEAD) }),
        this.absencesApi.requestsOf(agentId, this.today),
        this.scheduleApi.changes(),
      ]);
      this.schedule.set(schedule);
      this.requests.set(requests);
      this.changes.set(changes);
      this.keptAt.set(null);
      const userId = this.auth.user()?.id;
      if (userId) {
        const kept: KeptPlanning = { schedule, requests, changes, fetchedAt: Date.now() };
        void this.vault.cache(userId, KEPT_PLANNING, kept).catch(() => undefined);
      }
    } catch (error) {
      if (!(isUnreachable(error) && (await this.showKept()))) this.error.set(problemOf(error).detail);
    } finally {
      this.loading.set(false);
    }
  }

  /** Without network: the published weeks as last fetched, if the phone kept them. */
  private async showKept(): Promise<boolean> {
    const kept = await readKeptPlanning(this.vault, this.auth.user()?.id);
    if (!kept) return false;
    this.schedule.set(kept.schedule);
    this.requests.set(kept.requests);
    this.changes.set(kept.changes);
    this.keptAt.set(formatInstantFr(kept.fetchedAt).replace(' ', ' à '));
    return true;
  }

  onRequested(absence: AbsenceResponse): void {
    this.requests.update((list) => [absence, ...list]);
    this.showForm.set(false);
    this.snackBar.open(
      absence.status === AbsenceStatus.APPROVED
        ? $localize`Absence enregistrée.`
        : $localize`Demande envoyée : le chef de service vous répondra ici.`,
      'OK',
      { duration: 5000 },
    );
  }

  async markRead(): Promise<void> {
    try {
      await this.scheduleApi.markChangesRead();
      this.changes.update((list) => list.map((change) => ({ ...change, read: true })));
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 5000 });
    }
  }
}
