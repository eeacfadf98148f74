import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import type { MatDialogConfig } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import {
  addDays,
  formatDateFr,
  frenchMonthTitle,
  frenchWeekRange,
  localDateOf,
  planningMonth,
  publicationEffectWords,
  type ShiftResponse,
  type ShiftTypeResponse,
  todayInParis,
  weekStart,
} from '@vigie/shared';
import { firstValueFrom, map } from 'rxjs';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import type { ConfirmData } from '../../../shared/ui/confirm-dialog';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import type { WorkedDialogData } from '../../time-accounts/components/worked-dialog';
import type { AssignChoice, AssignDialogData, AssignDialogResult } from '../components/assign-dialog';
import { MonthGridView } from '../components/month-grid';
import { PrintMonth } from '../components/print-month';
import { PrintWeek } from '../components/print-week';
import type { CellTarget } from '../components/roster-grid';
import type { ShiftDialogData, ShiftDialogResult } from '../components/shift-dialog';
import { WeekPicker } from '../components/week-picker';
import { CheckPanel, PlanPanel, RosterDay, RosterGrid } from '../components/week-view';
import { MonthStore } from '../data-access/month.store';
import { MAX_PLAN_WEEKS, PlanStore } from '../data-access/plan.store';
import { PlanningApi } from '../data-access/planning.api';
import { WeekStore } from '../data-access/week.store';
import { dayAfter, dayShown } from '../domain/day-view';
import { monthAfter } from '../domain/month-grid';
import { deleteQuestion } from '../domain/shift-form';
import type { GridDay, SlotView } from '../domain/week-grid';
import { addedLabel, placesLabel, PLANNER_SECONDS, proposedLabel, unseenLabel } from '../words/plan-words';
import { generatedLabel, shiftDeletedLabel, shiftSavedLabel } from '../words/planning-words';

type DialogsModule = typeof import('../components/dialogs');

/** Below this width (a phone), the week is shown a day at a time. */
const NARROW = '(max-width: 599.98px)';

/** What the page shows: the week grid, a phone's day of it, or the month. */
export type PlanningView = 'week' | 'day' | 'month';

/**
 * « Planning »: the week grid of the service, to assign agents by drag and drop (or from a
 * dialog), have the solver propose a roster, check the week against the rules, publish it,
 * export and print it. On a phone, the same week a day at a time; « Mois », the month at a
 * glance (read only), to print for the wall.
 *
 * Drawn in two steps for a phone's first load: the title, the week's navigation and the actions
 * with the page; the grid, the panels and the datepicker from `@defer` blocks whose code comes
 * beside the week's data. The dialogs' code comes when one first opens.
 */
@Component({
  selector: 'vg-planning-page',
  imports: [
    CheckPanel,
    NgTemplateOutlet,
    MatButtonModule,
    MatButtonToggleModule,
    MatMenuModule,
    MonthGridView,
    SvgIcon,
    MatProgressBarModule,
    MatTooltip,
    PlanPanel,
    PrintMonth,
    PrintWeek,
    RosterDay,
    RosterGrid,
    RouterLink,
    WeekPicker,
  ],
  providers: [WeekStore, PlanStore, MonthStore],
  templateUrl: './planning.page.html',
  styleUrl: './planning.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeprint)': 'preparePrint()', '(window:afterprint)': 'printing.set(false)' },
})
export class PlanningPage {
  readonly store = inject(WeekStore);
  private readonly auth = inject(AuthService);
  readonly canReadDerogations = this.auth.can('readDerogations');
  readonly serviceName = computed(() => this.auth.user()?.service?.name ?? '');
  readonly plan = inject(PlanStore);
  readonly months = inject(MonthStore);
  readonly monthLoading = $localize`Chargement du mois`;
  readonly weekLoading = $localize`Chargement du planning`;
  private readonly router = inject(Router);
  private readonly api = inject(PlanningApi);
  private readonly injector = inject(Injector);
  private dialogsModule: Promise<DialogsModule> | null = null;
  private dialogOpen = false;
  private readonly snackBar = inject(MatSnackBar);
  private readonly appRef = inject(ApplicationRef);
  /**
   * The paper week is drawn only to print (a second table of the whole week, hidden on screen,
   * would double the page's work at every change): before the print dialog takes its picture,
   * and whenever the print media applies (a print preview).
   */
  readonly printing = signal(false);

  /** `?semaine=YYYY-MM-DD`: any day of the week to show (this week when absent). */
  readonly semaine = input<string>();
  /** `?jour=YYYY-MM-DD`: the day a phone shows (its week on a wider screen). */
  readonly jour = input<string>();
  /** `?vue=mois`: the month view. */
  readonly vue = input<string>();
  /** `?mois=YYYY-MM`: the month the month view shows (this month when absent). */
  readonly mois = input<string>();

  private readonly breakpoints = inject(BreakpointObserver);
  /** A phone's width: the week a day at a time. */
  readonly narrow = toSignal(this.breakpoints.observe(NARROW).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(NARROW),
  });
  readonly view = computed<PlanningView>(() =>
    this.vue() === 'mois' ? 'month' : this.narrow() ? 'day' : 'week',
  );
  /** The day the phone shows; on a wider screen, the one whose week is shown. */
  readonly day = computed(() => dayShown(this.jour(), this.semaine(), this.store.today()));
  readonly month = computed(() => planningMonth(this.mois()));
  private shownMonday: string | null = null;
  private shownMonth: string | null = null;

  readonly weekTitle = computed(() => $localize`Semaine ${frenchWeekRange(this.store.monday())}`);
  readonly monthTitle = computed(() => frenchMonthTitle(this.month()));
  readonly printMonthTitle = computed(() => $localize`Planning — ${this.monthTitle()}`);
  /** The line under the title: the month or the week shown (the server's frame says the same). */
  readonly lede = computed(() => (this.view() === 'month' ? this.monthTitle() : this.weekTitle()));
  /** What the datepicker will show, while its code arrives. */
  readonly mondayLabel = computed(() => formatDateFr(this.store.monday()));
  readonly publication = this.store.publication;
  private working = false;
  private readonly proposeButton = viewChild<string, ElementRef<HTMLElement>>('proposeButton', {
    read: ElementRef,
  });
  // By name: the panel's class, drawn in a @defer block, must not be loaded with the page.
  private readonly planPanel = viewChild<PlanPanel>('planPanel');
  /** The proposal's summary reduced to a strip above the grid, which then gets the whole width. */
  readonly planCollapsed = signal(false);
  readonly sidePanel = computed(
    () => this.store.check() !== null || (this.plan.state() !== null && !this.planCollapsed()),
  );

  /** Why « Proposer un planning » cannot run on this week, or null. */
  readonly proposeBlocked = computed(() => {
    if (this.store.loading()) return null;
    if (this.store.grid().shiftCount === 0) {
      return $localize`Aucun créneau cette semaine : générez d’abord les créneaux.`;
    }
    if (this.publication().state === 'published') {
      return $localize`Semaine publiée : le planificateur ne modifie jamais un planning publié.`;
    }
    return null;
  });
  /** « Proposer un planning » over 1, 2 or 4 weeks from the week shown. */
  readonly proposeChoices = computed(() => {
    const monday = this.store.monday();
    return [1, 2, MAX_PLAN_WEEKS].map((weeks) => ({
      weeks,
      label: weeks === 1 ? $localize`Cette semaine` : $localize`${weeks} semaines`,
      period: $localize`du ${formatDateFr(monday)} au ${formatDateFr(addDays(monday, 7 * weeks - 1))}`,
    }));
  });

  /** Said to screen readers as the proposal progresses (the snack bar tells the end). */
  readonly announcement = computed(() => {
    const state = this.plan.state();
    switch (state?.phase) {
      case 'solving':
        return $localize`Recherche d’un planning équitable, jusqu’à ${PLANNER_SECONDS} secondes.`;
      case 'applying':
        return $localize`Écriture du planning dans le brouillon.`;
      case 'proposed':
        return state.proposal && !state.problem
          ? $localize`Proposition prête : ${proposedLabel(state.proposal.assignments.length)}, ${placesLabel(state.proposal.stats.solver)} pourvues.`
          : '';
      default:
        return '';
    }
  });

  constructor() {
    // Each view loads what it shows, once per week or month: a phone moving a day within its
    // week reloads nothing.
    effect(() => {
      if (this.view() === 'month') {
        const month = this.month();
        untracked(() => {
          this.shownMonday = null;
          if (month === this.shownMonth) return;
          this.shownMonth = month;
          void this.months.load(month);
        });
        return;
      }
      const monday = weekStart(this.day());
      untracked(() => {
        this.shownMonth = null;
        if (monday === this.shownMonday) return;
        this.shownMonday = monday;
        this.plan.showWeek(monday);
        void this.store.load(monday);
      });
    });
    const printMedia = window.matchMedia?.('print');
    const follow = (event: MediaQueryListEvent): void => this.printing.set(event.matches);
    printMedia?.addEventListener('change', follow);
    inject(DestroyRef).onDestroy(() => printMedia?.removeEventListener('change', follow));
  }

  go(monday: string): void {
    void this.router.navigate([], { queryParams: { semaine: monday } });
  }

  previous(): void {
    this.go(addDays(this.store.monday(), -7));
  }

  next(): void {
    this.go(addDays(this.store.monday(), 7));
  }

  thisWeek(): void {
    this.go(weekStart(todayInParis()));
  }

  /** A phone's day: the address keeps it (a reload shows the same day), without a history entry per swipe. */
  goDay(date: string): void {
    void this.router.navigate([], { queryParams: { jour: date }, replaceUrl: true });
  }

  moveDay(step: number): void {
    this.goDay(dayAfter(this.day(), step));
  }

  today(): void {
    this.goDay(todayInParis());
  }

  goMonth(month: string): void {
    void this.router.navigate([], { queryParams: { vue: 'mois', mois: month } });
  }

  previousMonth(): void {
    this.goMonth(monthAfter(this.month(), -1));
  }

  nextMonth(): void {
    this.goMonth(monthAfter(this.month(), 1));
  }

  thisMonth(): void {
    this.goMonth(todayInParis().slice(0, 7));
  }

  /**
   * « Semaine » (« Jour » on a phone) or « Mois »: the month of the week or day shown, or back to
   * this week from this month, to the month's first week from another.
   */
  showView(view: 'week' | 'month'): void {
    if (view === 'month') {
      this.goMonth(this.day().slice(0, 7));
      return;
    }
    const today = todayInParis();
    const day = this.month() === today.slice(0, 7) ? today : `${this.month()}-01`;
    void this.router.navigate([], {
      queryParams: this.narrow() ? { jour: day } : { semaine: weekStart(day) },
    });
  }

  async generate(): Promise<void> {
    if (this.working) return;
    this.working = true;
    try {
      this.snackBar.open(generatedLabel(await this.store.generate()), 'OK', { duration: 4000 });
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
    } finally {
      this.working = false;
    }
  }

  /**
   * « Proposer un planning »: the shown week, or `weeks` weeks from it (its published days are
   * left out); on a week it cannot plan alone, says why (the tooltip does too, on hover).
   */
  propose(weeks = 1): void {
    if (this.plan.busy()) return;
    const blocked = weeks === 1 ? this.proposeBlocked() : null;
    if (blocked) {
      this.snackBar.open(blocked, 'OK', { duration: 6000 });
      return;
    }
    void this.plan.propose(weeks);
  }

  /** « Appliquer »: asked first; the proposal shown is written as it is to the draft. */
  applyPlan(): void {
    const state = this.plan.state();
    const proposal = state?.proposal;
    if (!proposal || (state.weeks.length === 1 && this.store.publication().state === 'published')) return;
    const { from, to } = state.period;
    const count = proposal.assignments.length;
    const written =
      count === 1 ? $localize`1 affectation sera écrite` : $localize`${count} affectations seront écrites`;
    const unseen = this.plan.unseen();
    const notReviewed =
      unseen.length > 0 ? ' ' + $localize`Vous n’avez pas encore revu ${unseenLabel(unseen)}.` : '';
    const data: ConfirmData = {
      title: $localize`Appliquer la proposition ?`,
      message:
        $localize`${written} dans le brouillon du ${formatDateFr(from)} au ${formatDateFr(to)}, telles que proposées. Elles restent modifiables jusqu’à la publication ; les agents ne les voient qu’une fois la semaine publiée.` +
        notReviewed,
      confirm: $localize`Appliquer`,
      tone: 'primary',
    };
    void this.confirm(data, { width: '560px' }).then(async (confirmed) => {
      if (!confirmed) return;
      const applied = await this.plan.apply();
      if (!applied) return;
      this.snackBar.open(addedLabel(applied.assignments.length), 'OK', { duration: 6000 });
      this.planPanel()?.focus();
    });
  }

  /** Reduces the summary to a strip, or brings it back beside the grid; the focus follows. */
  togglePlan(): void {
    this.planCollapsed.update((collapsed) => !collapsed);
    setTimeout(() => document.querySelector<HTMLElement>('[data-testid="plan-toggle"]')?.focus());
  }

  /** « Annuler »: the ghosts go, the focus goes back to the button. */
  dismissPlan(): void {
    this.plan.cancel();
    setTimeout(() => this.proposeButton()?.nativeElement.focus());
  }

  verify(): void {
    void this.store.runCheck();
  }

  publish(): void {
    const { from, to } = this.store.period();
    void this.store.publicationEffects().then((effects) => {
      const data: ConfirmData = {
        title: $localize`Publier la semaine ?`,
        message: $localize`Le planning du ${formatDateFr(from)} au ${formatDateFr(to)} sera visible des agents. Toute modification ultérieure leur sera signalée.`,
        confirm: $localize`Publier`,
        tone: 'primary',
        linesTitle: $localize`Effet sur les comptes d’heures (les plus éloignés de leur dû d’abord)`,
        lines: effects?.map((effect) => ({
          label: effect.year ? `${effect.agentName} — ${effect.year}` : effect.agentName,
          value: publicationEffectWords(effect),
          tone: effect.balanceAfter > 0 ? 'over' : effect.balanceAfter < 0 ? 'under' : undefined,
        })),
      };
      return this.confirmPublication(data);
    });
  }

  private confirmPublication(data: ConfirmData): void {
    void this.confirm(data).then(async (confirmed) => {
      if (!confirmed) return;
      const publication = await this.store.publish();
      if (publication) {
        this.snackBar.open($localize`Semaine publiée : les agents la voient dans « Mon planning ».`, 'OK', {
          duration: 5000,
        });
      }
    });
  }

  async exportCsv(): Promise<void> {
    try {
      const blob = await this.store.exportCsv();
      const { from, to } = this.store.period();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `planning-${from}-${to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
    }
  }

  preparePrint(): void {
    this.printing.set(true);
    // Drawn now, in the event: the browser lays the page out for paper as soon as it returns.
    this.appRef.tick();
  }

  print(): void {
    this.preparePrint();
    window.print();
  }

  /** « Nouveau créneau »: an event shift, on today when it is in the week shown, else its Monday. */
  newShift(): void {
    const { from, to } = this.store.period();
    const today = todayInParis();
    void this.openShiftDialog(null, today >= from && today <= to ? today : from);
  }

  /** « Modifier le créneau » from a shift's menu in the grid. */
  editShift({ slot }: { slot: SlotView }): void {
    const shift = this.store.shifts().find((candidate) => candidate.id === slot.id);
    if (shift) void this.openShiftDialog(shift, localDateOf(shift.startsAt));
  }

  /**
   * « Supprimer le créneau »: always asked, naming the agents on it (they are told); sent with the
   * confirmation they were named. Some put on it meanwhile: the API names them, asked again.
   */
  async deleteShift({ slot }: { slot: SlotView }): Promise<void> {
    const shift = this.store.shifts().find((candidate) => candidate.id === slot.id);
    if (!shift) return;
    const question = deleteQuestion(shift);
    if (!(await this.confirm(question, { width: '520px' }))) return;
    let told = shift.assignments.length;
    try {
      try {
        await this.store.deleteShift(shift.id, told > 0);
      } catch (error) {
        const problem = problemOf(error);
        if (problem.reason !== 'SHIFT_HAS_AGENTS') throw error;
        const again = { ...question, message: problem.detail };
        if (!(await this.confirm(again, { width: '520px' }))) return;
        told = problem.violations?.length ?? 0;
        await this.store.deleteShift(shift.id, true);
      }
      this.snackBar.open(shiftDeletedLabel(shift.label, told), 'OK', { duration: 5000 });
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
      void this.store.refreshShifts();
    }
  }

  private shiftTypes: ShiftTypeResponse[] | null = null;

  private async openShiftDialog(shift: ShiftResponse | null, date: string): Promise<void> {
    try {
      this.shiftTypes ??= (await this.api.shiftTypes()).filter((type) => type.active);
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
      return;
    }
    const data: ShiftDialogData = { shift, types: this.shiftTypes, date };
    const result = await this.withDialogs(({ ShiftDialog, MatDialog }) =>
      firstValueFrom(
        this.injector
          .get(MatDialog)
          .open<unknown, ShiftDialogData, ShiftDialogResult>(ShiftDialog, {
            data,
            maxWidth: '95vw',
            maxHeight: '90vh',
            autoFocus: 'first-tabbable',
          })
          .afterClosed(),
      ),
    );
    if (!result) return;
    if (result === 'reload') {
      void this.store.load();
      return;
    }
    this.store.shiftSaved(result.shift);
    this.snackBar.open(shiftSavedLabel(result), 'OK', { duration: 5000 });
  }

  /** « Heures réalisées »: planned against worked for each agent of a shift whose day has begun. */
  recordWorked({ slot }: { slot: SlotView }): void {
    const shift = this.store.shifts().find((candidate) => candidate.id === slot.id);
    if (!shift) return;
    const agents = this.store
      .grid()
      .groups.flatMap((group) => group.rows)
      .map((row) => ({ id: row.agentId, name: row.name }));
    const data: WorkedDialogData = { shift, agents };
    void this.withDialogs(({ WorkedDialog, MatDialog }) =>
      firstValueFrom(
        this.injector
          .get(MatDialog)
          .open(WorkedDialog, { data, width: '560px', maxWidth: '95vw', maxHeight: '90vh' })
          .afterClosed(),
      ),
    );
  }

  /** The keyboard's way: an agent's day lists that day's shifts, each with its rule check. */
  openCell({ row, cell, day }: CellTarget): void {
    const choices: AssignChoice[] = day.slots.map((slot) => {
      const assigned = cell.shifts.some(
        (shift) => shift.shiftId === slot.id && !shift.pending && !shift.proposed,
      );
      return {
        shiftId: slot.id,
        agentId: row.agentId,
        title: slot.label,
        detail: $localize`${slot.times} · ${slot.badge} agents`,
        colour: slot.colour,
        assigned,
        findings: assigned ? [] : this.store.findingsFor(slot.id, row.agentId).map((f) => f.message),
      };
    });
    const absent = cell.absences.map((absence) => absence.label).join(', ');
    void this.openDialog({
      title: $localize`Affecter ${row.name}`,
      subtitle: absent ? `${day.long} — ${absent}` : day.long,
      editable: this.store.canEdit(),
      choices,
      empty: $localize`Aucun créneau ce jour-là : générez les créneaux de la semaine.`,
    });
  }

  /** A shift lists the agents: on it first, then those available, then the others with their rule. */
  openSlot({ slot, day }: { slot: SlotView; day: GridDay }): void {
    const editable = this.store.canEdit();
    const rows = this.store.grid().groups.flatMap((group) => group.rows);
    const choices: AssignChoice[] = rows
      .map((row) => {
        const assigned = slot.assignedIds.includes(row.agentId);
        return {
          shiftId: slot.id,
          agentId: row.agentId,
          title: row.name,
          detail: `${row.detail} · ${row.hours}`,
          colour: null,
          assigned,
          findings:
            assigned || !editable ? [] : this.store.findingsFor(slot.id, row.agentId).map((f) => f.message),
        };
      })
      .filter((choice) => editable || choice.assigned);
    const rank = (choice: AssignChoice): number =>
      choice.assigned ? 0 : choice.findings.length === 0 ? 1 : 2;
    choices.sort((a, b) => rank(a) - rank(b));
    const missing = slot.missing ? ` — ${slot.missing}` : '';
    void this.openDialog({
      title: slot.label,
      subtitle: $localize`${day.long}, ${slot.times} · ${slot.badge} agents${missing}`,
      editable,
      choices,
      empty: $localize`Personne n’est affecté à ce créneau.`,
    });
  }

  private async openDialog(data: AssignDialogData): Promise<void> {
    const result = await this.withDialogs(({ AssignDialog, MatDialog }) =>
      firstValueFrom(
        this.injector
          .get(MatDialog)
          .open<unknown, AssignDialogData, AssignDialogResult>(AssignDialog, {
            data,
            width: '640px',
            maxWidth: '95vw',
            maxHeight: '90vh',
            autoFocus: 'first-tabbable',
          })
          .afterClosed(),
      ),
    );
    if (!result) return;
    if (result.action === 'assign') void this.store.assign(result.shiftId, result.agentId);
    else void this.store.unassign(result.shiftId, result.agentId);
  }

  /** A yes-or-no question in a dialog: true when confirmed. */
  private async confirm(data: ConfirmData, config: MatDialogConfig = {}): Promise<boolean> {
    const confirmed = await this.withDialogs(({ ConfirmDialog, MatDialog }) =>
      firstValueFrom(
        this.injector
          .get(MatDialog)
          .open<unknown, ConfirmData, boolean>(ConfirmDialog, { ...config, data, maxWidth: '95vw' })
          .afterClosed(),
      ),
    );
    return confirmed === true;
  }

  /**
   * Runs `open` with the dialogs' module, fetched the first time. While a dialog is coming or
   * open, another is not opened (a second tap during the first download would open two « Publier
   * ? »). A failed download says so and is tried again next time.
   */
  private async withDialogs<T>(open: (dialogs: DialogsModule) => Promise<T>): Promise<T | undefined> {
    if (this.dialogOpen) return undefined;
    this.dialogOpen = true;
    try {
      let dialogs: DialogsModule;
      try {
        this.dialogsModule ??= import('../components/dialogs');
        dialogs = await this.dialogsModule;
      } catch {
        this.dialogsModule = null;
        this.snackBar.open(
          $localize`La fenêtre n’a pas pu s’ouvrir (connexion interrompue ?). Réessayez.`,
          'OK',
          { duration: 6000 },
        );
        return undefined;
      }
      return await open(dialogs);
    } finally {
      this.dialogOpen = false;
    }
  }

  /** The page again, from the server: after its code failed to arrive. */
  reloadPage(): void {
    location.reload();
  }
}
