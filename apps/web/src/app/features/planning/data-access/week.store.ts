import { computed, inject, Injectable, signal } from '@angular/core';
import {
  type AbsenceResponse,
  AbsenceStatus,
  addDays,
  type AgentSummaryResponse,
  dayMonth,
  type GenerateShiftsResponse,
  localDateOf,
  type PublicationEffect,
  publicationEffects,
  type PublicationResponse,
  type RosterFinding,
  type RosterInput,
  type RuleViolation,
  type ShiftResponse,
  todayInParis,
  weekStart,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { AgentsApi } from '../../agents/data-access/agents.api';
import type { ProposalPreview } from '../domain/plan-preview';
import { buildWeekGrid, type PendingChange } from '../domain/week-grid';
import { publicationState } from '../words/planning-words';
import { AbsencesApi } from './absences.api';
import { type Period, PlanningApi } from './planning.api';

/** The message above the grid after a drop or a dialog choice. */
export interface Feedback {
  tone: 'pending' | 'success' | 'danger';
  title: string;
  messages: string[];
}

/** The « Vérifier » panel: the API's check, or the violations a refused publication listed. */
export interface CheckState {
  loading: boolean;
  error: string | null;
  title: string | null;
  violations: RuleViolation[];
  warnings: RuleViolation[];
}

export interface Highlight {
  agentId?: string;
  shiftId?: string;
}

/**
 * The week being planned: what is loaded, the grid built from it, the assignments being sent
 * (shown at once, checked by the rules engine in the browser, reverted if the API refuses).
 * Provided by the « Planning » page.
 */
@Injectable()
export class WeekStore {
  private readonly api = inject(PlanningApi);
  private readonly absencesApi = inject(AbsencesApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);

  readonly today = signal(todayInParis());
  readonly monday = signal(weekStart(this.today()));
  readonly agents = signal<AgentSummaryResponse[]>([]);
  readonly shifts = signal<ShiftResponse[]>([]);
  readonly absences = signal<AbsenceResponse[]>([]);
  readonly publications = signal<PublicationResponse[]>([]);
  readonly context = signal<RosterInput | null>(null);
  readonly pending = signal<PendingChange[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly feedback = signal<Feedback | null>(null);
  readonly check = signal<CheckState | null>(null);
  readonly highlight = signal<Highlight | null>(null);
  /** Outlined once the week loading now comes (a line of the plan's summary about another week). */
  private highlightNext: Highlight | null = null;
  /** A proposal of the planner shown as ghosts in the grid (set by the PlanStore). */
  readonly proposal = signal<ProposalPreview | null>(null);
  /** The rules engine run in the browser, once loaded (loadContext). */
  private readonly rules = signal<typeof import('../domain/rules-in-browser') | null>(null);
  /** Bumped by every change, so that a reload started before it does not overwrite it. */
  readonly edits = signal(0);

  readonly period = computed<Period>(() => ({ from: this.monday(), to: addDays(this.monday(), 6) }));
  readonly canEdit = computed(() => {
    this.auth.user();
    return this.auth.can('editPlanning');
  });
  /** Worked hours of a shift whose day has begun: the supervisor confirms or corrects them. */
  readonly canRecordWorked = computed(() => {
    this.auth.user();
    return this.auth.can('recordWorked');
  });
  readonly canPublish = computed(() => {
    this.auth.user();
    return this.auth.can('publishRoster');
  });
  readonly grid = computed(() =>
    buildWeekGrid({
      monday: this.monday(),
      today: this.today(),
      agents: this.agents(),
      shifts: this.shifts(),
      absences: this.absences(),
      pending: this.pending(),
      proposal: this.proposal(),
      proposedCoverage: this.rules()?.coverageWithProposal(this.shifts(), this.proposal(), this.context()),
    }),
  );
  readonly live = computed(() => {
    const context = this.context();
    const rules = this.rules();
    return context && rules ? rules.liveRoster(context, this.shifts()) : null;
  });
  readonly publication = computed(() => publicationState(this.publications(), this.monday()));

  private request = 0;

  async load(monday: string = this.monday()): Promise<void> {
    const request = ++this.request;
    this.monday.set(monday);
    this.loading.set(true);
    this.error.set(null);
    this.feedback.set(null);
    this.check.set(null);
    this.highlight.set(null);
    const highlight = this.highlightNext;
    this.highlightNext = null;
    this.context.set(null);
    const period = this.period();
    // The rules engine's input travels beside the week, not after it: one round trip less.
    const context = this.loadContext(request);
    try {
      const [agents, shifts, publications, absences] = await Promise.all([
        this.agents().length > 0 ? Promise.resolve(this.agents()) : this.agentsApi.all(),
        this.api.shifts(period),
        this.api.publications(period),
        this.auth.can('readAbsences')
          ? this.absencesApi.list({ ...period, status: AbsenceStatus.APPROVED })
          : Promise.resolve([]),
      ]);
      if (request !== this.request) return;
      this.agents.set(agents);
      this.shifts.set(shifts);
      this.publications.set(publications);
      this.absences.set(absences);
      this.highlight.set(highlight);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
    await context;
  }

  /**
   * The rules engine's input, and the engine itself (its code, with luxon, comes beside it rather
   * than with the page); without them (read-only users, an error) the API alone decides.
   */
  private async loadContext(request = this.request): Promise<void> {
    if (!this.canEdit()) return;
    // Each on its own: one failing does not throw the other away.
    const rules = this.rules()
      ? Promise.resolve()
      : import('../domain/rules-in-browser').then(
          (engine) => this.rules.set(engine),
          () => undefined, // The API alone decides; the next week's load tries again.
        );
    try {
      const context = await this.api.context(this.period());
      if (request === this.request) this.context.set(context);
    } catch {
      // No instant feedback this time; every change is still checked by the API.
    }
    await rules;
  }

  /** Reloads the shifts quietly (coverage after a removal, another editor's changes). */
  async refreshShifts(): Promise<void> {
    const request = this.request;
    const changes = this.edits();
    try {
      const shifts = await this.api.shifts(this.period());
      if (request === this.request && changes === this.edits()) this.shifts.set(shifts);
    } catch {
      // The grid keeps what it shows; the next change or reload will bring it up to date.
    }
  }

  /** The hard rules putting the agent on the shift would break, computed in the browser. */
  findingsFor(shiftId: string, agentId: string): RosterFinding[] {
    const live = this.live();
    const rules = this.rules();
    return live && rules ? rules.trialFindings(live, shiftId, agentId) : [];
  }

  private names(shiftId: string, agentId: string): { shift: string; agent: string } {
    const shift = this.shifts().find((s) => s.id === shiftId);
    const agent = this.agents().find((a) => a.id === agentId);
    return {
      shift: shift ? `${shift.label} du ${dayMonth(localDateOf(shift.startsAt))}` : $localize`ce créneau`,
      agent: agent ? `${agent.firstName} ${agent.lastName}` : $localize`l’agent`,
    };
  }

  /**
   * Puts an agent on a shift: shown at once (in red, with the rule, when the engine already says
   * no), sent to the API, replaced by its answer, or taken back with the API's reasons.
   */
  async assign(shiftId: string, agentId: string): Promise<boolean> {
    const shift = this.shifts().find((s) => s.id === shiftId);
    if (!shift || shift.assignments.some((a) => a.agentId === agentId)) return false;
    if (this.pending().some((c) => c.shiftId === shiftId && c.agentId === agentId)) return false;
    const findings = this.findingsFor(shiftId, agentId);
    const names = this.names(shiftId, agentId);
    const change: PendingChange = { shiftId, agentId, kind: 'assign', refused: findings.length > 0 };
    this.pending.update((list) => [...list, change]);
    this.feedback.set(
      findings.length > 0
        ? {
            tone: 'danger',
            title: $localize`${names.agent} sur ${names.shift} : règle enfreinte`,
            messages: findings.map((f) => f.message),
          }
        : {
            tone: 'pending',
            title: $localize`Affectation de ${names.agent} sur ${names.shift}…`,
            messages: [],
          },
    );
    try {
      const updated = await this.api.assign(shiftId, agentId);
      this.edits.update((n) => n + 1);
      this.shifts.update((list) => list.map((s) => (s.id === updated.id ? updated : s)));
      this.feedback.set({
        tone: 'success',
        title: $localize`${names.agent} affecté à ${names.shift}.`,
        messages: [],
      });
      this.afterChange();
      return true;
    } catch (error) {
      const problem = problemOf(error);
      this.feedback.set({
        tone: 'danger',
        title: $localize`Affectation refusée : ${names.agent} sur ${names.shift}`,
        messages: problem.violations?.length ? problem.violations.map((v) => v.message) : [problem.detail],
      });
      return false;
    } finally {
      this.pending.update((list) => list.filter((c) => c !== change));
    }
  }

  /** Takes an agent off a shift: hidden at once, restored if the API refuses. */
  async unassign(shiftId: string, agentId: string): Promise<boolean> {
    const shift = this.shifts().find((s) => s.id === shiftId);
    if (!shift?.assignments.some((a) => a.agentId === agentId)) return false;
    const names = this.names(shiftId, agentId);
    const change: PendingChange = { shiftId, agentId, kind: 'unassign', refused: false };
    this.pending.update((list) => [...list, change]);
    try {
      await this.api.unassign(shiftId, agentId);
      this.edits.update((n) => n + 1);
      this.shifts.update((list) =>
        list.map((s) =>
          s.id === shiftId ? { ...s, assignments: s.assignments.filter((a) => a.agentId !== agentId) } : s,
        ),
      );
      this.feedback.set({
        tone: 'success',
        title: $localize`${names.agent} retiré de ${names.shift}.`,
        messages: [],
      });
      void this.refreshShifts();
      this.afterChange();
      return true;
    } catch (error) {
      this.feedback.set({
        tone: 'danger',
        title: $localize`Retrait refusé : ${names.agent} de ${names.shift}`,
        messages: [problemOf(error).detail],
      });
      return false;
    } finally {
      this.pending.update((list) => list.filter((c) => c !== change));
    }
  }

  /** An open « Vérifier » panel follows the changes. */
  private afterChange(): void {
    if (this.check()) void this.runCheck();
  }

  async runCheck(): Promise<void> {
    this.check.update((state) => ({
      loading: true,
      error: null,
      title: null,
      violations: state?.violations ?? [],
      warnings: state?.warnings ?? [],
    }));
    try {
      const result = await this.api.check(this.period());
      this.check.set({ loading: false, error: null, title: null, ...result });
    } catch (error) {
      this.check.set({
        loading: false,
        error: problemOf(error).detail,
        title: null,
        violations: [],
        warnings: [],
      });
    }
  }

  /** Outlines this once the next week loaded is shown (a shift of a week about to be shown). */
  highlightOnLoad(highlight: Highlight): void {
    this.highlightNext = highlight;
  }

  closeCheck(): void {
    this.check.set(null);
    this.highlight.set(null);
  }

  /**
   * What publishing the week does to each account: its draft hours become promised hours (the
   * shift's whole length, as the accounts count it). A week across the new year touches two
   * accounts per agent, each with the shifts that start in its year (its lines then say which).
   * Null when the accounts cannot be read: the publication is asked without them.
   */
  async publicationEffects(): Promise<PublicationEffect[] | null> {
    const { from, to } = this.period();
    const years = [...new Set([from.slice(0, 4), to.slice(0, 4)])];
    const hoursByYear = new Map(years.map((year) => [year, new Map<string, number>()]));
    for (const shift of this.shifts()) {
      // A shift counts in the year its start falls in, as the accounts count it.
      const hours = hoursByYear.get(localDateOf(shift.startsAt).slice(0, 4));
      if (shift.published || !hours) continue;
      const length = (Date.parse(shift.endsAt) - Date.parse(shift.startsAt)) / 3_600_000;
      for (const assignment of shift.assignments)
        hours.set(assignment.agentId, (hours.get(assignment.agentId) ?? 0) + length);
    }
    try {
      const perYear = await Promise.all(
        years.map(async (year) => {
          const yearEnd = `${year}-12-31`;
          const effects = publicationEffects(
            await this.api.accountBalances(Number(year)),
            hoursByYear.get(year)!,
            to < yearEnd ? to : yearEnd,
          );
          return years.length > 1 ? effects.map((effect) => ({ ...effect, year: Number(year) })) : effects;
        }),
      );
      return perYear.flat();
    } catch {
      return null;
    }
  }

  /** Publishes the week; a refusal opens the panel with the violations to fix. */
  async publish(): Promise<PublicationResponse | null> {
    try {
      const publication = await this.api.publish(this.period());
      this.publications.update((list) => [publication, ...list]);
      this.shifts.update((list) => list.map((shift) => ({ ...shift, published: true })));
      if (this.check()) void this.runCheck();
      return publication;
    } catch (error) {
      const problem = problemOf(error);
      this.check.set({
        loading: false,
        error: problem.violations?.length ? null : problem.detail,
        title: problem.detail,
        violations: problem.violations ?? [],
        warnings: [],
      });
      return null;
    }
  }

  /** Creates the week's missing shifts; answers how many were created and how many were there. */
  async generate(): Promise<GenerateShiftsResponse> {
    const result = await this.api.generate(this.period());
    this.edits.update((n) => n + 1);
    this.shifts.set(result.shifts);
    void this.loadContext();
    return result;
  }

  /**
   * A shift created or changed from its dialog: shown in its place (gone from the grid when it
   * moved out of the week); the rules' context is reloaded, the shift's times being part of it.
   */
  shiftSaved(saved: ShiftResponse): void {
    const { from, to } = this.period();
    const day = localDateOf(saved.startsAt);
    const inWeek = day >= from && day <= to;
    this.edits.update((n) => n + 1);
    this.shifts.update((list) => {
      const others = list.filter((shift) => shift.id !== saved.id);
      if (!inWeek) return others;
      return [...others, saved].sort(
        (a, b) => a.startsAt.localeCompare(b.startsAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    });
    void this.loadContext();
    this.afterChange();
  }

  /** Deletes a shift (`confirm`: the agents on it were named to the chief); gone from the grid. */
  async deleteShift(shiftId: string, confirm: boolean): Promise<void> {
    await this.api.deleteShift(shiftId, confirm);
    this.edits.update((n) => n + 1);
    this.shifts.update((list) => list.filter((shift) => shift.id !== shiftId));
    void this.loadContext();
    this.afterChange();
  }

  exportCsv(): Promise<Blob> {
    return this.api.exportCsv(this.period());
  }

  dismissFeedback(): void {
    this.feedback.set(null);
  }
}
