import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { formatDateFr, localDateOf, weekStart } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PlanStore } from '../data-access/plan.store';
import { WeekStore } from '../data-access/week.store';
import { shortInGrid } from '../domain/plan-preview';
import {
  addedLabel,
  BAR_FULL,
  daysLabel,
  decimalFr,
  differenceCount,
  differenceLabel,
  loadRows,
  PLANNER_SECONDS,
  planWeeks,
  proposedLabel,
} from '../words/plan-words';
import { publishedDays } from '../words/planning-words';

/**
 * The summary of a proposal of the automatic planning, beside the grid where its assignments show
 * as ghosts, in a chief's words (no word of the search behind it): the wait, then the places
 * filled, the shifts left unfilled and why, how fairly the work is shared, each agent's hours,
 * nights and weekends; then « Appliquer » or « Annuler », and after applying, what was actually
 * written. Reduced to a strip above the grid, it leaves the grid the whole width (a laptop's screen).
 */
@Component({
  selector: 'vg-plan-panel',
  imports: [MatButtonModule, SvgIcon, MatProgressBarModule, MatTooltip],
  templateUrl: './plan-panel.html',
  styleUrl: './plan-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanPanel {
  private readonly plan = inject(PlanStore);
  private readonly week = inject(WeekStore);

  /** Shown as a strip above the grid (the grid gets the whole width) rather than beside it. */
  readonly collapsed = input(false);
  /** « Réduire » / « Afficher le résumé ». */
  readonly fold = output<void>();
  /** « Appliquer »: the page asks for confirmation first. */
  readonly apply = output<void>();
  /** « Annuler » (or closing): the proposal and its ghosts go. */
  readonly dismiss = output<void>();
  /** Another week of the proposal's period, to review it in the grid (its Monday). */
  readonly goToWeek = output<string>();

  readonly state = this.plan.state;
  readonly outdated = this.plan.outdated;
  readonly seconds = PLANNER_SECONDS;
  readonly barFull = BAR_FULL;
  readonly cancelLabel = $localize`Annuler la proposition`;
  readonly closeLabel = $localize`Fermer le résumé`;
  readonly collapseLabel = $localize`Réduire le résumé`;
  readonly solvingLabel = $localize`Recherche d’un planning en cours`;
  readonly applyingLabel = $localize`Écriture du planning en cours`;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** What the summary shows: the proposal, or once applied what was written (the same, reviewed). */
  readonly result = computed(() => {
    const state = this.state();
    return state?.proposal ?? state?.applied ?? null;
  });
  /** The API's words: places filled, shifts unfilled, fairness. */
  readonly summary = computed(() => this.result()?.summary ?? null);
  /**
   * A one-week proposal whose week was published since: the planner never changes a published
   * week. Over several weeks, published days are left out and the API refuses a stale proposal.
   */
  readonly weekPublished = computed(
    () => (this.state()?.weeks.length ?? 1) === 1 && this.week.publication().state === 'published',
  );
  /** Over several weeks: each week, what it adds and leaves empty, reviewed or not. */
  readonly weeks = computed(() => {
    const state = this.state();
    const result = this.result();
    if (!state || state.weeks.length < 2 || !result) return [];
    return planWeeks(
      state.weeks,
      result,
      this.week.monday(),
      state.phase === 'applied' ? state.weeks : state.seen,
    );
  });
  readonly unseen = this.plan.unseen;
  /** « du 07/12/2026 au 03/01/2027 » for a proposal over several weeks. */
  readonly periodLabel = computed(() => {
    const state = this.state();
    return state && state.weeks.length > 1
      ? $localize`Sur ${state.weeks.length} semaines, du ${formatDateFr(state.period.from)} au ${formatDateFr(state.period.to)}`
      : null;
  });
  readonly coverage = computed(() => {
    const stats = this.result()?.stats;
    if (!stats) return null;
    const { filledPlaces, requiredPlaces } = stats.solver;
    return {
      text: this.summary()?.filled ?? '',
      full: filledPlaces >= requiredPlaces,
      percent: requiredPlaces > 0 ? Math.round((100 * filledPlaces) / requiredPlaces) : 100,
      required: requiredPlaces,
    };
  });
  readonly headline = computed(() => {
    const state = this.state();
    if (state?.applied) return addedLabel(state.applied.assignments.length);
    return state?.proposal ? proposedLabel(state.proposal.assignments.length) : null;
  });
  readonly difference = computed(() => {
    const state = this.state();
    if (!state?.applied || !state.proposal) return null;
    const count = differenceCount(state.proposal.assignments, state.applied.assignments);
    return { text: differenceLabel(count), changed: count > 0 };
  });
  readonly loads = computed(() => {
    const names = new Map(this.week.agents().map((a) => [a.id, `${a.lastName} ${a.firstName}`]));
    return loadRows(this.result()?.stats.agents ?? [], names);
  });
  private readonly publishedDays = computed(() =>
    publishedDays(this.week.publications(), this.week.monday()),
  );
  readonly published = computed(() => {
    const days = this.publishedDays();
    return days.length > 0 ? daysLabel(days) : null;
  });
  /** Shifts the grid shows short that the planner counted as filled (it counts trainees). */
  readonly shortInGrid = computed(() => {
    const result = this.result();
    return result ? shortInGrid(this.week.grid().days, result.uncovered, this.publishedDays()) : [];
  });
  /** What the planner could not cover, with its reasons. */
  readonly listed = computed(() =>
    (this.result()?.uncovered ?? []).map(({ shiftId, message }) => ({ shiftId, message })),
  );
  /** What stays uncovered: the planner's list, then what the grid shows short besides. */
  readonly uncovered = computed(() => [...this.listed(), ...this.shortInGrid()]);

  /** The wait: seconds since the request, a bar that fills over the time limit. */
  private readonly now = signal(Date.now());
  readonly elapsed = computed(() => {
    const state = this.state();
    return state ? Math.max(0, (this.now() - state.since) / 1000) : 0;
  });
  readonly elapsedLabel = computed(() => decimalFr(Math.floor(this.elapsed()), 0));
  readonly overdue = computed(() => this.elapsed() >= PLANNER_SECONDS);
  readonly progress = computed(() => Math.min(100, (100 * this.elapsed()) / PLANNER_SECONDS));

  constructor() {
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = (): void => {
      clearInterval(timer);
      timer = undefined;
    };
    effect(() => {
      if (this.plan.busy()) {
        this.now.set(Date.now());
        timer ??= setInterval(() => this.now.set(Date.now()), 250);
      } else stop();
    });
    inject(DestroyRef).onDestroy(stop);
  }

  /** Brings the shift an uncovered line is about into view in the grid (its week first). */
  show(shiftId: string): void {
    const item = this.result()?.uncovered.find((u) => u.shiftId === shiftId);
    const monday = item ? weekStart(localDateOf(item.startsAt)) : this.week.monday();
    if (monday === this.week.monday()) {
      this.week.highlight.set({ shiftId });
      return;
    }
    this.week.highlightOnLoad({ shiftId });
    this.goToWeek.emit(monday);
  }

  retry(): void {
    void this.plan.propose();
  }

  /** Moves the focus to the panel's title (after applying, the buttons it was on are gone). */
  focus(): void {
    setTimeout(() => this.heading()?.nativeElement.focus());
  }
}
