import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  AGENT_STATUSES,
  type AgentStatus,
  type AgentSummaryResponse,
  type Grade,
  GRADE_LABELS,
  GRADES,
  type HeadcountResponse,
  STATUS_LABELS,
} from '@vigie/shared';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { HeadcountCards } from '../../staffing/components/headcount-cards';
import { StaffingApi } from '../../staffing/data-access/staffing.api';
import { ratioLabel, trainingFlags } from '../agent-words';
import { AgentDialog, AgentDialogResult } from '../components/agent-dialog';
import { QualificationChips } from '../components/qualification-chips';
import { StatusChip } from '../components/status-chip';
import { AgentFilters, AgentsApi } from '../data-access/agents.api';
import { lentBy } from '../secondment-words';

/** « Effectif »: the headcount against the target, and the agents with their qualifications. */
@Component({
  selector: 'vg-agents-page',
  imports: [
    HeadcountCards,
    MatButtonModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    QualificationChips,
    ReactiveFormsModule,
    RouterLink,
    StatusChip,
  ],
  templateUrl: './agents.page.html',
  styleUrl: './agents.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentsPage implements OnInit {
  private readonly api = inject(AgentsApi);
  private readonly staffing = inject(StaffingApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  readonly canWrite = computed(() => {
    this.auth.user();
    return this.auth.can('writeAgents');
  });
  readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  readonly statuses = AGENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
  readonly grades = GRADES.map((grade) => ({ value: grade, label: GRADE_LABELS[grade] }));
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly filters = this.fb.group({
    status: this.fb.control<AgentStatus | ''>(''),
    grade: this.fb.control<Grade | ''>(''),
    q: [''],
  });

  readonly agents = signal<AgentSummaryResponse[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly headcount = signal<HeadcountResponse | null>(null);
  readonly headcountError = signal<string | null>(null);
  readonly hasFilters = signal(false);
  readonly columns = ['name', 'grade', 'status', 'brigade', 'ratio', 'qualifications'];
  readonly ratio = ratioLabel;
  /** Continuing training behind, a weapon's yearly training short: beside the qualifications. */
  readonly flags = trainingFlags;
  /** « Mis à disposition par … »: another service's agent, at this one's disposal. */
  readonly lentBy = lentBy;
  private request = 0;

  constructor() {
    const { status, grade, q } = this.filters.controls;
    merge(
      status.valueChanges,
      grade.valueChanges,
      q.valueChanges.pipe(
        map((text) => text.trim()),
        debounceTime(300),
        distinctUntilChanged(),
      ),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.load());
  }

  ngOnInit(): void {
    void this.load();
    void this.loadHeadcount();
  }

  gradeLabel(grade: Grade): string {
    return GRADE_LABELS[grade];
  }

  async load(more = false): Promise<void> {
    const request = ++this.request;
    const filters: AgentFilters = this.filters.getRawValue();
    this.hasFilters.set(Boolean(filters.status || filters.grade || filters.q.trim()));
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.list(filters, more ? (this.nextCursor() ?? undefined) : undefined);
      if (request !== this.request) return; // a newer search answered first
      this.agents.set(more ? [...this.agents(), ...page.items] : page.items);
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  async loadHeadcount(): Promise<void> {
    this.headcountError.set(null);
    try {
      this.headcount.set(await this.staffing.headcount());
    } catch (error) {
      this.headcountError.set(problemOf(error).detail);
    }
  }

  clearFilters(): void {
    this.filters.setValue({ status: '', grade: '', q: '' });
  }

  create(): void {
    this.dialog
      .open<AgentDialog, null, AgentDialogResult>(AgentDialog, {
        data: null,
        autoFocus: 'first-tabbable',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved && saved !== 'reload') void this.router.navigate(['/effectif', saved.id]);
      });
  }
}
