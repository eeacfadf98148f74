import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  PLANNING_LIMITS,
  type ReplaceSchoolCalendarDto,
  SCHOOL_ZONES,
  type SchoolCalendarResponse,
  type SchoolZone,
  schoolZoneLabel,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PlanningApi } from '../data-access/planning.api';
import { noOverlap, periodGroup, sortByStart } from '../domain/school-calendar-form';

/** The fields of a row the API may name (`periods.1.start`), and the zone. */
const ROW_FIELD = /^periods\.\d+\.(label|start|end|source)$/;

/**
 * The service's school calendar, which the « jours d’école » of the shift types are read against:
 * its holiday zone (or its académie's own calendar: Corsica, overseas) and the holiday periods,
 * replaced at once. Closes with the calendar as the API answers it once saved.
 */
@Component({
  selector: 'vg-school-calendar-dialog',
  imports: [FORM_DIALOG, MatButtonModule, MatDatepickerModule, MatSelectModule, SvgIcon],
  providers: [provideFrenchDates()],
  templateUrl: './school-calendar-dialog.html',
  styleUrl: './school-calendar-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolCalendarDialog {
  private readonly api = inject(PlanningApi);
  private readonly dialog = inject(MatDialogRef<SchoolCalendarDialog, SchoolCalendarResponse>);
  private readonly calendar = inject<SchoolCalendarResponse>(MAT_DIALOG_DATA);

  readonly limits = PLANNING_LIMITS;
  readonly zones: { value: SchoolZone | null; label: string }[] = [
    ...SCHOOL_ZONES.map((value) => ({ value, label: schoolZoneLabel(value) })),
    { value: null, label: $localize`Calendrier propre à l’académie (Corse, outre-mer)` },
  ];
  readonly periods = new FormArray(
    this.calendar.periods.map((period) => periodGroup(period)),
    noOverlap,
  );
  readonly form = new FormGroup({
    zone: new FormControl<SchoolZone | null>(this.calendar.zone),
    periods: this.periods,
  });
  readonly submission = new FormSubmission(sentence);

  /** What the API refused outside the rows, or a pointer to them when it named only their fields. */
  readonly problem = computed(() => {
    const message = this.submission.error();
    const fields = Object.keys(this.submission.serverErrors());
    return message && fields.length > 0 && fields.every((field) => ROW_FIELD.test(field) || field === 'zone')
      ? $localize`Corrigez les champs signalés.`
      : message;
  });

  /** The API's message on a row's field, read against the rows as they were sent. */
  serverError(index: number, field: string): string | undefined {
    return this.submission.serverErrors()[`periods.${index}.${field}`];
  }

  /** The row starting within an earlier period, and that period's name. */
  overlapAt(index: number): string | null {
    const overlap = this.periods.errors?.['overlap'] as { index: number; other: string } | undefined;
    return overlap?.index === index ? overlap.other : null;
  }

  /** A new row, under the others; its source is the last row's (a school year's dates share their arrêté). */
  add(): void {
    const last = this.periods.controls.at(-1);
    this.periods.push(periodGroup({ source: last?.controls.source.value ?? '' }));
    // The API's messages name rows by their place, which has just changed.
    this.submission.serverErrors.set({});
  }

  /** « Retirer « Vacances de Noël » », for a screen reader going through the rows. */
  removeLabel(label: string): string {
    return label.trim() ? $localize`Retirer « ${label.trim()} »` : $localize`Retirer cette période`;
  }

  remove(index: number): void {
    this.periods.removeAt(index);
    this.submission.serverErrors.set({});
  }

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const dto: ReplaceSchoolCalendarDto = {
      zone: this.form.controls.zone.value,
      periods: sortByStart(this.periods),
    };
    await this.submission.send(
      () => this.api.replaceSchoolCalendar(dto),
      (calendar) => this.dialog.close(calendar),
    );
  }
}
