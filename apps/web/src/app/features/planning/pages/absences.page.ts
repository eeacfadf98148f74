import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  type AbsenceResponse,
  AbsenceStatus,
  addDays,
  AgentStatus,
  compareFrench,
  isoDateOfPicker,
  pickerDateOf,
  type RosterFinding,
  todayInParis,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { periodLabel } from '../../../shared/time/date-words';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AgentsApi } from '../../agents/data-access/agents.api';
import { AbsenceDialog } from '../components/absence-dialog';
import type { AgentOption } from '../components/absence-form';
import { AbsenceStatusChip } from '../components/absence-status-chip';
import { DecisionData, DecisionDialog } from '../components/decision-dialog';
import { AbsencesApi } from '../data-access/absences.api';
import { conflictWeeks } from '../domain/absence-conflicts';
import { sortRequests } from '../domain/my-planning';
import { ABSENCE_STATUS_LABELS, absenceKindLabel } from '../words/planning-words';

/**
 * « Absences »: the requests of the service, filtered by status and period; the chief accepts or
 * refuses them (an approval lists the assignments to revisit, with links to the planning) and
 * records absences for anybody.
 */
@Component({
  selector: 'vg-absences-page',
  imports: [
    AbsenceStatusChip,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './absences.page.html',
  styleUrl: './absences.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsencesPage implements OnInit {
  private readonly api = inject(AbsencesApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly canDecide = computed(() => {
    this.auth.user();
    return this.auth.can('decideAbsence');
  });
  readonly today = todayInParis();
  readonly statuses = Object.values(AbsenceStatus).map((status) => ({
    value: status,
    label: ABSENCE_STATUS_LABELS[status],
  }));
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly filters = this.fb.group({
    status: this.fb.control<AbsenceStatus | ''>(''),
    from: this.fb.control<Date | null>(pickerDateOf(addDays(this.today, -30))),
    to: this.fb.control<Date | null>(null),
  });

  readonly absences = signal<AbsenceResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** The conflicts each decision answered, by absence. */
  readonly conflicts = signal<Record<string, RosterFinding[]>>({});
  readonly sorted = computed(() => sortRequests(this.absences(), this.today));
  readonly pendingCount = computed(
    () => this.absences().filter((absence) => absence.status === AbsenceStatus.REQUESTED).length,
  );
  readonly period = periodLabel;
  readonly kindLabel = absenceKindLabel;
  readonly weeks = conflictWeeks;
  private request = 0;

  constructor() {
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => void this.load());
  }

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    const request = ++this.request;
    const { status, from, to } = this.filters.getRawValue();
    this.loading.set(true);
    this.error.set(null);
    try {
      const absences = await this.api.list({
        status,
        from: from ? isoDateOfPicker(from) : undefined,
        to: to ? isoDateOfPicker(to) : undefined,
      });
      if (request === this.request) this.absences.set(absences);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  decide(absence: AbsenceResponse, approved: boolean): void {
    this.dialog
      .open<DecisionDialog, DecisionData, AbsenceResponse>(DecisionDialog, {
        data: { absence, approved },
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((decided) => {
        if (decided) this.replace(decided);
      });
  }

  async record(): Promise<void> {
    let agents: AgentOption[];
    try {
      agents = (await this.agentsApi.all())
        .filter((agent) => agent.status !== AgentStatus.DEPARTED)
        .map((agent) => ({ id: agent.id, name: `${agent.lastName} ${agent.firstName}` }))
        .sort((a, b) => compareFrench(a.name, b.name));
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 5000 });
      return;
    }
    this.dialog
      .open<AbsenceDialog, AgentOption[], AbsenceResponse>(AbsenceDialog, {
        data: agents,
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((recorded) => {
        if (recorded) this.replace(recorded);
      });
  }

  /** Shows a decided or recorded absence, and the assignments it now conflicts with. */
  private replace(absence: AbsenceResponse): void {
    this.absences.update((list) =>
      list.some((a) => a.id === absence.id)
        ? list.map((a) => (a.id === absence.id ? absence : a))
        : [absence, ...list],
    );
    this.conflicts.update((all) => ({ ...all, [absence.id]: absence.conflicts }));
    const count = absence.conflicts.length;
    this.snackBar.open(
      absence.status === AbsenceStatus.REJECTED
        ? $localize`Demande de ${absence.agentName} refusée.`
        : count === 0
          ? $localize`Absence de ${absence.agentName} acceptée.`
          : count === 1
            ? $localize`Absence de ${absence.agentName} acceptée : 1 affectation à revoir.`
            : $localize`Absence de ${absence.agentName} acceptée : ${count} affectations à revoir.`,
      'OK',
      { duration: 5000 },
    );
  }

  clearFilters(): void {
    this.filters.setValue({ status: '', from: null, to: null });
  }
}
