import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  formatDateFr,
  INCIDENT_TAXONOMY,
  type IncidentStatsResponse,
  isIsoDate,
  isoDateOfPicker,
  pickerDateOf,
  positionCellCentre,
  todayInParis,
} from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { type MapDot, ServiceMap } from '../../../shared/map/service-map';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { HeatMap } from '../components/heat-map';
import { StatsChart } from '../components/stats-chart';
import { IncidentsApi } from '../data-access/incidents.api';
import {
  byGroup,
  type ChartRow,
  defaultStatsPeriod,
  entriesLabel,
  type StatsPeriod,
  weekSeries,
} from '../stats';

interface Loaded {
  category: IncidentStatsResponse;
  quartier: IncidentStatsResponse;
  week: IncidentStatsResponse;
  hourOfWeek: IncidentStatsResponse;
  position: IncidentStatsResponse;
}

/**
 * « Statistiques » of the main courante for the CLSPD reports: by category, by quartier, by ISO
 * week, by hour of the week and by position (cells of about 170 m, never points), over a period (the last twelve months unless the address says).
 */
@Component({
  selector: 'vg-incident-stats-page',
  imports: [
    HeatMap,
    MatButtonModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    ServiceMap,
    StatsChart,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './incident-stats.page.html',
  styleUrl: './incident-stats.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentStatsPage {
  private readonly api = inject(IncidentsApi);
  private readonly router = inject(Router);

  /** `?du=YYYY-MM-DD&au=YYYY-MM-DD`; the last twelve months when absent. */
  readonly du = input<string>();
  readonly au = input<string>();

  readonly today = todayInParis();
  readonly period = computed<StatsPeriod>(
    () => {
      const fallback = defaultStatsPeriod(this.today);
      const from = this.du();
      const to = this.au();
      return {
        from: from && isIsoDate(from) ? from : fallback.from,
        to: to && isIsoDate(to) ? to : fallback.to,
      };
    },
    { equal: (a, b) => a.from === b.from && a.to === b.to },
  );
  readonly periodLabel = computed(
    () => $localize`du ${formatDateFr(this.period().from)} au ${formatDateFr(this.period().to)}`,
  );

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    from: this.fb.control<Date | null>(null),
    to: this.fb.control<Date | null>(null),
  });

  readonly stats = signal<Loaded | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly categoryView = signal<'group' | 'leaf'>('group');

  readonly total = computed(() => this.stats()?.category.total ?? 0);
  readonly totalLabel = computed(() => entriesLabel(this.total()));
  readonly categories = computed<ChartRow[]>(() => {
    const stats = this.stats();
    if (!stats) return [];
    return this.categoryView() === 'group'
      ? byGroup(stats.category.buckets, INCIDENT_TAXONOMY)
      : stats.category.buckets.map(({ key, label, count }) => ({ key, label, count }));
  });
  readonly quartiers = computed<ChartRow[]>(() =>
    (this.stats()?.quartier.buckets ?? []).map(({ key, label, count }) => ({ key, label, count })),
  );
  readonly weeks = computed<(ChartRow & { monday: string })[]>(() =>
    weekSeries(this.stats()?.week.buckets ?? [], this.period()).map((point) => ({
      key: point.key,
      monday: point.monday,
      label: $localize`Semaine ${point.key.slice(6)} (du ${formatDateFr(point.monday)})`,
      count: point.count,
    })),
  );
  /** The axis of the weeks: their Mondays, `dd/MM`. */
  readonly weekTicks = computed(() => this.weeks().map((week) => formatDateFr(week.monday).slice(0, 5)));
  readonly hourBuckets = computed(() => this.stats()?.hourOfWeek.buckets ?? []);
  /** How many entries of the period carry a position. */
  readonly placed = computed(() => this.stats()?.position.total ?? 0);
  /** A dot per cell, its area in proportion to its entries. */
  readonly cells = computed<MapDot[]>(() => {
    const buckets = this.stats()?.position.buckets ?? [];
    const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
    return buckets.flatMap(({ key, label, count }) => {
      const centre = positionCellCentre(key);
      if (!centre) return [];
      return [
        {
          id: key,
          lat: centre[0],
          lng: centre[1],
          fill: '#e8710a',
          fillOpacity: 0.6,
          radius: 4 + 12 * Math.sqrt(count / most),
          className: 'vg-stats-cell',
          title: `${label} : ${entriesLabel(count)}`,
        },
      ];
    });
  });
  private request = 0;

  constructor() {
    effect(() => {
      const period = this.period();
      untracked(() => {
        this.form.setValue(
          { from: pickerDateOf(period.from), to: pickerDateOf(period.to) },
          { emitEvent: false },
        );
        void this.load(period);
      });
    });
  }

  async load(period: StatsPeriod = this.period()): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [category, quartier, week, hourOfWeek, position] = await Promise.all([
        this.api.stats(period, 'category'),
        this.api.stats(period, 'quartier'),
        this.api.stats(period, 'week'),
        this.api.stats(period, 'hourOfWeek'),
        this.api.stats(period, 'position'),
      ]);
      if (request === this.request) this.stats.set({ category, quartier, week, hourOfWeek, position });
    } catch (error) {
      if (request !== this.request) return;
      const problem = problemOf(error);
      this.stats.set(null);
      this.error.set(problem.errors?.length ? sentence(problem.errors[0].message) : problem.detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  /** The period goes to the address bar (a link keeps it), which reloads the figures. */
  go(period: StatsPeriod): void {
    void this.router.navigate([], { queryParams: { du: period.from, au: period.to }, replaceUrl: true });
  }

  apply(): void {
    const { from, to } = this.form.getRawValue();
    if (!from || !to || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return;
    this.go({ from: isoDateOfPicker(from), to: isoDateOfPicker(to) });
  }

  lastTwelveMonths(): void {
    this.go(defaultStatsPeriod(this.today));
  }

  thisYear(): void {
    this.go({ from: `${this.today.slice(0, 4)}-01-01`, to: this.today });
  }

  lastYear(): void {
    const year = Number(this.today.slice(0, 4)) - 1;
    this.go({ from: `${year}-01-01`, to: `${year}-12-31` });
  }
}
