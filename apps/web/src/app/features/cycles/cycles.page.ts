import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  OnInit,
  signal,
  WritableSignal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  addDays,
  AgentStatus,
  compareFrench,
  CYCLE_LIMITS,
  cycleHoursPerWeek,
  type CycleResponse,
  cycleRestGaps,
  type CycleRolloutResponse,
  DEFAULT_RULE_SET,
  endOfMonth,
  formatDateFr,
  isoDateOfPicker,
  pickerDateOf,
  type ShiftTypeResponse,
  todayInParis,
  weekStart,
} from '@vigie/shared';

import { problemOf } from '../../core/http/problem';
import { provideFrenchDates } from '../../shared/ui/french-dates';
import { PeriodFields } from '../../shared/ui/period-fields';
import { AgentsApi } from '../agents/data-access/agents.api';
import { PlanningApi } from '../planning/data-access/planning.api';
import { CyclesApi } from './cycles.api';

interface AgentOption {
  id: string;
  name: string;
  brigade: string | null;
}

/**
 * « Cycles de travail » (décret 2000-815 art. 4): the chief draws a pattern of days, gives it to a
 * brigade or to agents, and rolls it out over a period into the draft roster; the report says what
 * was placed and, for the rest, the rule that refused each day.
 */
@Component({
  selector: 'vg-cycles-page',
  imports: [
    PeriodFields,
    FormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    NgTemplateOutlet,
    RouterLink,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './cycles.page.html',
  styleUrl: './cycles.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CyclesPage implements OnInit {
  private readonly api = inject(CyclesApi);
  private readonly planning = inject(PlanningApi);
  private readonly agentsApi = inject(AgentsApi);

  readonly limits = CYCLE_LIMITS;
  readonly fr = formatDateFr;
  readonly cycles = signal<CycleResponse[]>([]);
  readonly types = signal<ShiftTypeResponse[]>([]);
  readonly agents = signal<AgentOption[]>([]);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);

  /** The cycle being edited (null: a new one). */
  readonly editing = signal<CycleResponse | null>(null);
  readonly name = signal('');
  readonly startDate = signal(todayInParis());
  readonly days = signal<(string | null)[]>(Array<string | null>(7).fill(null));
  readonly target = signal<'brigade' | 'agents'>('brigade');
  readonly brigade = signal('');
  readonly agentIds = signal<string[]>([]);

  readonly rolloutFrom = signal(addDays(endOfMonth(todayInParis()), 1));
  readonly rolloutTo = signal(endOfMonth(addDays(endOfMonth(todayInParis()), 1)));
  readonly report = signal<CycleRolloutResponse | null>(null);

  /** « Copier une semaine »: a Monday, and how many weeks after it receive its assignments. */
  readonly copySource = signal(addDays(weekStart(todayInParis()), 7));
  readonly copyCount = signal(1);
  readonly copyReport = signal<CycleRolloutResponse | null>(null);
  readonly copyDay = computed(() => pickerDateOf(this.copySource()));

  // The datepickers' values, one Date per day chosen: a new object at every change detection
  // would be written back into the field again and again.
  readonly startDay = computed(() => pickerDateOf(this.startDate()));
  readonly activeTypes = computed(() => this.types().filter((type) => type.active));
  readonly typesById = computed(() => new Map(this.types().map((type) => [type.id, type])));
  readonly brigades = computed(() =>
    [...new Set(this.agents().flatMap((agent) => (agent.brigade ? [agent.brigade] : [])))].sort(
      compareFrench,
    ),
  );
  readonly hoursPerWeek = computed(() => cycleHoursPerWeek(this.days(), this.typesById()));
  readonly restGaps = computed(() =>
    cycleRestGaps(this.days(), this.typesById(), DEFAULT_RULE_SET.minDailyRestHours),
  );
  readonly agentNames = computed(() => new Map(this.agents().map((agent) => [agent.id, agent.name])));

  ngOnInit(): void {
    void this.run(() => this.load());
  }

  private async load(): Promise<void> {
    const [cycles, types, agents] = await Promise.all([
      this.api.list(),
      this.planning.shiftTypes(),
      this.agentsApi.all(),
    ]);
    this.cycles.set(cycles);
    this.types.set(types);
    this.agents.set(
      agents
        .filter((agent) => agent.status !== AgentStatus.DEPARTED)
        .map((agent) => ({
          id: agent.id,
          name: `${agent.firstName} ${agent.lastName}`,
          brigade: agent.brigade,
        }))
        .sort((a, b) => compareFrench(a.name, b.name)),
    );
  }

  /** The datepicker's day (dd/MM/yyyy typed or picked) as `YYYY-MM-DD`; a half-typed date is kept out. */
  setDate(target: WritableSignal<string>, value: Date | null): void {
    if (value instanceof Date && !Number.isNaN(value.getTime())) target.set(isoDateOfPicker(value));
  }

  /** Any day picked stands for its week: the copy goes Monday to Sunday. */
  setCopySource(value: Date | null): void {
    if (value instanceof Date && !Number.isNaN(value.getTime()))
      this.copySource.set(weekStart(isoDateOfPicker(value)));
  }

  async copyWeek(): Promise<void> {
    const count = Math.min(Math.max(Math.trunc(this.copyCount()) || 1, 1), CYCLE_LIMITS.copyWeeks);
    const source = this.copySource();
    const targets = Array.from({ length: count }, (_, index) => addDays(source, 7 * (index + 1)));
    await this.run(async () => {
      this.copyReport.set(await this.api.copyWeek({ source, targets }));
    });
  }

  typeCode(id: string | null): string {
    return id ? (this.typesById().get(id)?.code ?? '?') : '';
  }

  assignee(cycle: CycleResponse): string {
    if (cycle.brigade) return $localize`Brigade ${cycle.brigade}`;
    return cycle.agentIds.map((id) => this.agentNames().get(id) ?? '?').join(', ');
  }

  setLength(length: number): void {
    if (!Number.isInteger(length) || length < CYCLE_LIMITS.length.min || length > CYCLE_LIMITS.length.max)
      return;
    const days = this.days().slice(0, length);
    while (days.length < length) days.push(null);
    this.days.set(days);
  }

  setDay(index: number, shiftTypeId: string | null): void {
    this.days.update((days) => days.map((day, i) => (i === index ? shiftTypeId : day)));
  }

  newCycle(): void {
    this.editing.set(null);
    this.name.set('');
    this.startDate.set(todayInParis());
    this.days.set(Array<string | null>(7).fill(null));
    this.target.set('brigade');
    this.brigade.set('');
    this.agentIds.set([]);
    this.report.set(null);
    this.error.set(null);
  }

  edit(cycle: CycleResponse): void {
    this.editing.set(cycle);
    this.name.set(cycle.name);
    this.startDate.set(cycle.startDate);
    this.days.set([...cycle.days]);
    this.target.set(cycle.brigade ? 'brigade' : 'agents');
    this.brigade.set(cycle.brigade ?? '');
    this.agentIds.set([...cycle.agentIds]);
    this.report.set(null);
    this.error.set(null);
  }

  /** What the cycle still lacks, in the user's words, before anything is sent. */
  private missing(): string | null {
    if (this.name().trim() === '') return $localize`Donnez un nom au cycle.`;
    if (this.target() === 'brigade' && this.brigade() === '')
      return $localize`Choisissez la brigade du cycle.`;
    if (this.target() === 'agents' && this.agentIds().length === 0)
      return $localize`Choisissez au moins un agent pour le cycle.`;
    return null;
  }

  async save(): Promise<void> {
    const missing = this.missing();
    if (missing) {
      this.error.set(missing);
      return;
    }
    const assignee =
      this.target() === 'brigade' ? { brigade: this.brigade() } : { agentIds: this.agentIds() };
    const body = { name: this.name(), startDate: this.startDate(), days: this.days(), ...assignee };
    await this.run(async () => {
      const current = this.editing();
      const saved = current
        ? await this.api.update(current.id, { ...body, version: current.version })
        : await this.api.create(body);
      this.cycles.set(await this.api.list());
      this.editing.set(saved);
    });
  }

  async rollout(): Promise<void> {
    const cycle = this.editing();
    if (!cycle) return;
    await this.run(async () => {
      this.report.set(await this.api.rollout(cycle.id, { from: this.rolloutFrom(), to: this.rolloutTo() }));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      // The detail already names the fields at fault: said once.
      this.error.set(problemOf(error).detail);
    } finally {
      this.busy.set(false);
    }
  }
}
