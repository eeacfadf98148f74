import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  INCIDENT_LIMITS,
  INCIDENT_STATUS_LABELS,
  INCIDENT_TAXONOMY,
  IncidentStatus,
  isoDateOfPicker,
  pickerDateOf,
} from '@vigie/shared';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';

import { Territory } from '../../../shared/territory/territory';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { activeFilterCount, type IncidentFilters, NO_FILTERS } from '../incident-filters';

export interface AgentOption {
  id: string;
  name: string;
}

/**
 * The search box and the filters of the list. The search is sent after a pause in typing; the
 * other filters at once. On a phone the filters fold under a « Filtres » button.
 */
@Component({
  selector: 'vg-incident-filters-form',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    SvgIcon,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './incident-filters-form.html',
  styleUrl: './incident-filters-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentFiltersForm {
  readonly filters = input.required<IncidentFilters>();
  readonly agents = input<AgentOption[]>([]);
  /** Folds the filters under a button (phones). */
  readonly compact = input(false);
  readonly filtersChange = output<IncidentFilters>();

  readonly groups = INCIDENT_TAXONOMY;
  /** The service's quartiers, then those it retired (their entries stay filed under them). */
  readonly quartiers = inject(Territory).filterOptions;
  readonly statuses = Object.values(IncidentStatus).map((value) => ({
    value,
    label: INCIDENT_STATUS_LABELS[value],
  }));
  /** The API refuses a longer search. */
  readonly maxQuery = INCIDENT_LIMITS.search.max;

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    q: [''],
    from: this.fb.control<Date | null>(null),
    to: this.fb.control<Date | null>(null),
    category: [''],
    quartier: [''],
    status: this.fb.control<IncidentStatus | ''>(''),
    agentId: [''],
  });

  readonly open = signal(false);
  /** The last search sent up. */
  private sentQuery: string | null = null;
  readonly count = computed(() => activeFilterCount(this.filters()));
  readonly periodInvalid = computed(() => {
    const { from, to } = this.filters();
    return from !== '' && to !== '' && to < from;
  });

  constructor() {
    // The URL decides: the form shows what it says (back button, a link opened).
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        // Our own search coming back through the URL leaves the box alone (the agent may be typing on).
        const q = filters.q === this.sentQuery ? this.form.controls.q.value : filters.q;
        this.sentQuery = filters.q;
        this.form.setValue(
          {
            q,
            from: filters.from ? pickerDateOf(filters.from) : null,
            to: filters.to ? pickerDateOf(filters.to) : null,
            category: filters.category,
            quartier: filters.quartier,
            status: filters.status,
            agentId: filters.agentId,
          },
          { emitEvent: false },
        );
      });
    });
    const { q, from, to, category, quartier, status, agentId } = this.form.controls;
    merge(
      q.valueChanges.pipe(
        map((text) => text.trim()),
        debounceTime(350),
        distinctUntilChanged(),
      ),
      from.valueChanges,
      to.valueChanges,
      category.valueChanges,
      quartier.valueChanges,
      status.valueChanges,
      agentId.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.emit());
  }

  private emit(): void {
    const value = this.form.getRawValue();
    // A date being typed (invalid so far) is no filter yet.
    const date = (d: Date | null): string => (d && !Number.isNaN(d.getTime()) ? isoDateOfPicker(d) : '');
    this.sentQuery = value.q.trim();
    this.filtersChange.emit({
      q: value.q.trim(),
      from: date(value.from),
      to: date(value.to),
      category: value.category,
      quartier: value.quartier,
      status: value.status,
      agentId: value.agentId,
    });
  }

  /** Enter searches at once. */
  searchNow(): void {
    this.emit();
  }

  clearSearch(): void {
    this.form.controls.q.setValue('', { emitEvent: false });
    this.emit();
  }

  clear(): void {
    this.filtersChange.emit({ ...NO_FILTERS, q: this.filters().q });
  }
}
