import { computed, inject, Injectable, signal } from '@angular/core';
import { addDays, type PlanResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { type Period, PlanningApi } from './planning.api';
import { WeekStore } from './week.store';

/**
 * « Proposer un planning »: the solver's proposal for the shown week or up to 4 weeks from it, as
 * ghosts in the grid and a summary; the chief moves through its weeks to review each one, then
 * « Appliquer » (the API writes exactly that proposal to the draft) or « Annuler ». Provided by the
 * « Planning » page, next to the WeekStore.
 */
export type PlanPhase = 'solving' | 'proposed' | 'applying' | 'applied' | 'failed';

export interface PlanProblem {
  /** The API's problem detail, in French. */
  detail: string;
  /** The rules it names, if any. */
  messages: string[];
}

export interface PlanState {
  phase: PlanPhase;
  period: Period;
  /** The Mondays of the period's weeks, in order. */
  weeks: string[];
  /** The weeks the chief has looked at since the proposal came (the shown one counts). */
  seen: string[];
  /** When the pending request was sent (ms), for the wait. */
  since: number;
  /** The proposal shown as ghosts; kept while applying and when applying is refused. */
  proposal: PlanResponse | null;
  /** What « Appliquer » wrote. */
  applied: PlanResponse | null;
  /** A failed proposal (phase `failed`), or a refused « Appliquer » (the proposal kept). */
  problem: PlanProblem | null;
  /** The week's edit count when the proposal came: an edit since makes it out of date. */
  edits: number;
}

/** The longest period proposed at once from the planning page (the API accepts up to 6 weeks). */
export const MAX_PLAN_WEEKS = 4;

@Injectable()
export class PlanStore {
  private readonly api = inject(PlanningApi);
  private readonly week = inject(WeekStore);

  readonly state = signal<PlanState | null>(null);
  readonly busy = computed(() => {
    const phase = this.state()?.phase;
    return phase === 'solving' || phase === 'applying';
  });
  /** The week was edited after the proposal was computed: its ghosts may no longer fit. */
  readonly outdated = computed(() => {
    const state = this.state();
    return state?.phase === 'proposed' && this.week.edits() !== state.edits;
  });

  /** Every request answered after a newer one, a cancel or another week is ignored. */
  private request = 0;

  /** Asks the solver for `weeks` weeks from the shown one (1 to 4); the page stays usable meanwhile. */
  async propose(weeks = 1): Promise<void> {
    if (this.busy()) return;
    const request = ++this.request;
    const monday = this.week.monday();
    const count = Math.min(MAX_PLAN_WEEKS, Math.max(1, Math.trunc(weeks)));
    const period = { from: monday, to: addDays(monday, 7 * count - 1) };
    this.week.proposal.set(null);
    this.state.set({
      phase: 'solving',
      period,
      weeks: Array.from({ length: count }, (_, i) => addDays(monday, 7 * i)),
      seen: [],
      since: Date.now(),
      proposal: null,
      applied: null,
      problem: null,
      edits: this.week.edits(),
    });
    try {
      const proposal = await this.api.plan(period, false);
      if (request !== this.request) return;
      this.week.proposal.set(proposal);
      this.state.update(
        (s) =>
          s && {
            ...s,
            phase: 'proposed',
            proposal,
            edits: this.week.edits(),
            seen: s.weeks.includes(this.week.monday()) ? [this.week.monday()] : [],
          },
      );
    } catch (error) {
      if (request !== this.request) return;
      this.state.update((s) => s && { ...s, phase: 'failed', problem: toProblem(error) });
    }
  }

  /**
   * Writes the proposal shown, exactly, to the draft (the API re-checks it against the rules and
   * writes it in one transaction); then reloads the week and keeps the summary of what was
   * written. Refused (409 when part of the week was published or assigned meanwhile, 422 when it
   * now breaks a rule), the proposal stays with the API's reason. Answers what was written, or null.
   */
  async apply(): Promise<PlanResponse | null> {
    const state = this.state();
    if (state?.phase !== 'proposed' || !state.proposal) return null;
    const request = ++this.request;
    this.state.set({ ...state, phase: 'applying', since: Date.now(), problem: null });
    let applied: PlanResponse;
    try {
      applied = await this.api.plan(state.period, true, state.proposal.assignments);
    } catch (error) {
      if (request === this.request) {
        this.state.update((s) => s && { ...s, phase: 'proposed', problem: toProblem(error) });
      }
      return null;
    }
    if (request === this.request && state.weeks.includes(this.week.monday())) {
      // The written assignments replace their ghosts as the week reloads.
      await this.week.load();
      if (request === this.request) {
        this.week.proposal.set(null);
        this.state.update((s) => s && { ...s, phase: 'applied', applied });
      }
    }
    return applied;
  }

  /** Drops the proposal (its ghosts too); an answer still on its way is ignored. */
  cancel(): void {
    this.request++;
    this.state.set(null);
    this.week.proposal.set(null);
  }

  /**
   * The page shows another week: within the proposal's period it is one more week reviewed (its
   * ghosts show as it loads); outside it, what was proposed goes.
   */
  showWeek(monday: string): void {
    const state = this.state();
    if (!state) return;
    if (!state.weeks.includes(monday)) {
      this.cancel();
      return;
    }
    if (state.phase === 'proposed' && !state.seen.includes(monday)) {
      this.state.set({ ...state, seen: [...state.seen, monday] });
    }
  }

  /** The weeks of the proposal the chief has not looked at yet. */
  readonly unseen = computed(() => {
    const state = this.state();
    return state?.phase === 'proposed' ? state.weeks.filter((monday) => !state.seen.includes(monday)) : [];
  });
}

function toProblem(error: unknown): PlanProblem {
  const problem = problemOf(error);
  return { detail: problem.detail, messages: (problem.violations ?? []).map((v) => v.message) };
}
