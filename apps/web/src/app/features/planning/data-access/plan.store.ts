import { computed, inject, Injectable, signal } from '@angular/core';
import type { PlanResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { type Period, PlanningApi } from './planning.api';
import { WeekStore } from './week.store';

/**
 * « Proposer un planning »: the solver's proposal for the shown week, as ghosts in the grid and a
 * summary, then « Appliquer » (the API writes exactly that proposal to the draft) or « Annuler ». Provided by the « Planning » page, next to the WeekStore.
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

  /** Asks the solver for the shown week; the page stays usable meanwhile. */
  async propose(): Promise<void> {
    if (this.busy()) return;
    const request = ++this.request;
    const period = this.week.period();
    this.week.proposal.set(null);
    this.state.set({
      phase: 'solving',
      period,
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
      this.state.update((s) => s && { ...s, phase: 'proposed', proposal, edits: this.week.edits() });
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
    if (request === this.request && this.week.period().from === state.period.from) {
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

  /** The page shows another week: what was proposed for this one goes. */
  showWeek(monday: string): void {
    const state = this.state();
    if (state && state.period.from !== monday) this.cancel();
  }
}

function toProblem(error: unknown): PlanProblem {
  const problem = problemOf(error);
  return { detail: problem.detail, messages: (problem.violations ?? []).map((v) => v.message) };
}
