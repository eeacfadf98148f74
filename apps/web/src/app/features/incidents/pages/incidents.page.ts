import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import { compareFrench, formatInstantFr, todayInParis } from '@vigie/shared';
import { map } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { Territory } from '../../../shared/territory/territory';
import { gradualCount } from '../../../shared/ui/gradual';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AgentsApi } from '../../agents/data-access/agents.api';
import { type AgentOption, IncidentFiltersForm } from '../components/incident-filters-form';
import { IncidentFiltersSkeleton } from '../components/incident-filters-skeleton';
import { IncidentStatusChip } from '../components/incident-status-chip';
import { IncidentListStore } from '../data-access/incident-list.store';
import { IncidentsApi } from '../data-access/incidents.api';
import {
  filtersFromQuery,
  filtersToQuery,
  hasFilters,
  type IncidentFilters,
  NO_FILTERS,
  sameFilters,
} from '../incident-filters';
import { amendmentCountLabel } from '../incident-words';

function queryOf(params: ParamMap): Record<string, string> {
  return Object.fromEntries(params.keys.map((key) => [key, params.get(key) ?? '']));
}

/**
 * « Main courante »: the entries, most recent first, with the search and filters of the address
 * bar (a link or the back button keeps them), page after page; the export for supervisors.
 */
@Component({
  selector: 'vg-incidents-page',
  imports: [
    IncidentFiltersForm,
    IncidentFiltersSkeleton,
    IncidentStatusChip,
    MatButtonModule,
    SvgIcon,
    MatProgressBarModule,
    RouterLink,
  ],
  providers: [IncidentListStore],
  templateUrl: './incidents.page.html',
  styleUrl: './incidents.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentsPage {
  readonly store = inject(IncidentListStore);
  private readonly api = inject(IncidentsApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly territory = inject(Territory);

  readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  readonly canReview = computed(() => {
    this.auth.user();
    return this.auth.can('reviewIncidents');
  });
  private readonly query = toSignal(this.route.queryParamMap.pipe(map(queryOf)), { initialValue: {} });
  readonly filters = computed(() => filtersFromQuery(this.query(), this.territory.codes()), {
    equal: sameFilters,
  });
  readonly filtered = computed(() => hasFilters(this.filters()));
  readonly agents = signal<AgentOption[]>([]);
  readonly exporting = signal(false);
  /**
   * The entries drawn so far: on the first load, 5 with the page (a phone's screen) and 5 more per
   * frame, each step a short task; later lists (filters, « Charger plus ») come whole,
   * or the new entries by 5.
   */
  private readonly drawn = gradualCount(() => this.store.items().length, 5);
  readonly entries = computed(() => this.store.items().slice(0, this.drawn()));
  readonly dateTime = formatInstantFr;
  readonly quartier = (code: string): string => this.territory.label(code);
  readonly amendments = amendmentCountLabel;

  private agentsAsked = false;

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.store.load(filters));
    });
    // The agent filter's list once the first entries have come: on a slow phone its request shared
    // the network with theirs, and only the filters (drawn later) need it.
    effect(() => {
      if (this.store.loaded() || this.store.error()) untracked(() => void this.loadAgents());
    });
  }

  private async loadAgents(): Promise<void> {
    if (this.agentsAsked) return;
    this.agentsAsked = true;
    try {
      const agents = await this.agentsApi.all();
      this.agents.set(
        agents
          .map((agent) => ({ id: agent.id, name: `${agent.lastName} ${agent.firstName}` }))
          .sort((a, b) => compareFrench(a.name, b.name)),
      );
    } catch {
      // The list works without the agent filter.
    }
  }

  /** The filters go to the address bar, which reloads the list. */
  applyFilters(filters: IncidentFilters): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToQuery(filters),
      replaceUrl: true,
    });
  }

  clearFilters(): void {
    this.applyFilters(NO_FILTERS);
  }

  async exportCsv(): Promise<void> {
    if (this.exporting()) return;
    this.exporting.set(true);
    try {
      const blob = await this.api.exportCsv(this.filters());
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `main-courante-${todayInParis()}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
    } finally {
      this.exporting.set(false);
    }
  }
}
