import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  CATEGORY_LABELS,
  compareFrench,
  type DayCalendar,
  describeWeekdays,
  formatDateFr,
  GRADE_LABELS,
  QUALIFICATION_LABELS,
  type SchoolCalendarResponse,
  schoolCalendarSpan,
  schoolZoneLabel,
  type ShiftTypeResponse,
  todayInParis,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { loadInto } from '../../../shared/data/load-into';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import type { ShiftTypeDialogData, ShiftTypeDialogResult } from '../components/shift-type-dialog';
import { PlanningApi } from '../data-access/planning.api';
import { dayCalendarOf, durationText } from '../domain/shift-type-form';

/**
 * « Types de créneaux »: the chief's list of the service's shift types, when each runs and who
 * may hold it; create, edit, archive (an archived type is no longer generated, its shifts stay).
 */
@Component({
  selector: 'vg-shift-types-page',
  imports: [MatButtonModule, MatProgressBarModule, NgTemplateOutlet, RouterLink, SvgIcon],
  templateUrl: './shift-types.page.html',
  styleUrl: './shift-types.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShiftTypesPage implements OnInit {
  private readonly api = inject(PlanningApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);
  readonly canEdit = computed(() => this.auth.can('editPlanning'));
  readonly canEditCalendar = computed(() => this.auth.can('manageSchoolCalendar'));

  readonly types = signal<ShiftTypeResponse[]>([]);
  readonly calendar = signal<SchoolCalendarResponse | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly active = computed(() => this.types().filter((type) => type.active));
  readonly archived = computed(() => this.types().filter((type) => !type.active));
  /** « Calendrier scolaire (Zone B) connu jusqu’au 31/08/2027. », or the académie's own calendar. */
  readonly calendarNote = computed(() => {
    const calendar = this.calendar();
    if (!calendar) return null;
    const zone = schoolZoneLabel(calendar.zone);
    const span = schoolCalendarSpan({ schoolHolidays: calendar.periods });
    return span
      ? $localize`Calendrier scolaire (${zone}) connu jusqu’au ${formatDateFr(span.to)}.`
      : $localize`Calendrier scolaire (${zone}) vide : aucun jour d’école n’est connu.`;
  });

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await loadInto(this, async () => {
      const [types, calendar] = await Promise.all([
        this.api.shiftTypes(),
        this.api.schoolCalendar().catch(() => null),
      ]);
      this.types.set(sorted(types));
      this.calendar.set(calendar);
    });
  }

  /** « du lundi au vendredi · jours d’école · sauf fériés ». */
  daysOf(type: ShiftTypeResponse): string {
    const parts = [describeWeekdays(type.weekdays)];
    if (type.schoolDaysOnly) parts.push($localize`jours d’école`);
    if (!type.publicHolidays) parts.push($localize`sauf fériés`);
    return parts.join(' · ');
  }

  whoOf(type: ShiftTypeResponse): string {
    const who = type.grades
      ? type.grades.map((grade) => GRADE_LABELS[grade]).join(', ')
      : type.categories.map((category) => CATEGORY_LABELS[category]).join(', ');
    return type.allowsTrainees ? $localize`${who}, stagiaires admis` : who;
  }

  needsOf(type: ShiftTypeResponse): string {
    const parts = [type.minAgents === 1 ? $localize`1 agent` : $localize`${type.minAgents} agents`];
    for (const kind of type.requiredForAll) parts.push($localize`tous « ${QUALIFICATION_LABELS[kind]} »`);
    for (const { kind, count } of type.requirements) parts.push(`${count} « ${QUALIFICATION_LABELS[kind]} »`);
    return parts.join(', ');
  }

  duration(type: ShiftTypeResponse): string {
    return durationText(type.startTime, type.endTime) ?? '';
  }

  async open(type: ShiftTypeResponse | null): Promise<void> {
    const { ShiftTypeDialog } = await import('../components/shift-type-dialog');
    const calendar = this.calendar();
    const data: ShiftTypeDialogData = {
      type,
      calendar: calendar ? dayCalendarOf(calendar) : (null as DayCalendar | null),
      today: todayInParis(),
    };
    this.dialog
      .open<unknown, ShiftTypeDialogData, ShiftTypeDialogResult>(ShiftTypeDialog, {
        data,
        autoFocus: 'first-tabbable',
        maxWidth: '96vw',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result === 'reload') void this.load();
        else if (result) {
          this.replace(result);
          this.snackBar.open($localize`Type « ${result.label} » enregistré.`, 'OK', { duration: 4000 });
        }
      });
  }

  /** The chief's zone and holiday periods; the note above the types follows what he saved. */
  async editCalendar(calendar: SchoolCalendarResponse): Promise<void> {
    const { SchoolCalendarDialog } = await import('../components/school-calendar-dialog');
    this.dialog
      .open<unknown, SchoolCalendarResponse, SchoolCalendarResponse>(SchoolCalendarDialog, {
        data: calendar,
        autoFocus: 'first-tabbable',
        maxWidth: '96vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.calendar.set(saved);
        this.snackBar.open($localize`Calendrier scolaire enregistré.`, 'OK', { duration: 4000 });
      });
  }

  /** Archives (or brings back) a type: no longer generated nor offered; its shifts stay. */
  async setActive(type: ShiftTypeResponse, active: boolean): Promise<void> {
    try {
      const saved = await this.api.updateShiftType(type.id, { active, version: type.version });
      this.replace(saved);
      this.snackBar.open(
        active
          ? $localize`« ${saved.label} » est de nouveau généré.`
          : $localize`« ${saved.label} » archivé : il n’est plus généré, ses créneaux restent.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 8000 });
      await this.load();
    }
  }

  private replace(saved: ShiftTypeResponse): void {
    this.types.set(sorted([...this.types().filter((type) => type.id !== saved.id), saved]));
  }
}

function sorted(types: readonly ShiftTypeResponse[]): ShiftTypeResponse[] {
  return [...types].sort((a, b) => a.startTime.localeCompare(b.startTime) || compareFrench(a.label, b.label));
}
