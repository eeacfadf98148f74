import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  CATEGORY_LABELS,
  type DayCalendar,
  defaultBreakMinutes,
  Grade,
  GRADE_LABELS,
  ISO_WEEKDAYS,
  PLANNING_LIMITS,
  PLANNING_PATTERNS,
  QUALIFICATION_KINDS,
  QUALIFICATION_LABELS,
  QualificationKind,
  type ShiftTypeResponse,
  STAFF_CATEGORIES,
  StaffCategory,
  WEEKDAY_LABELS,
  WEEKDAY_SHORT_LABELS,
} from '@vigie/shared';

import { fieldErrors, problemOf } from '../../../core/http/problem';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PlanningApi } from '../data-access/planning.api';
import { breakHint, durationText, gradesOf, patternFeedback, typeLength } from '../domain/shift-type-form';
import { BreakField } from './break-field';
import { requirementGroup, RequirementRows } from './requirement-rows';
import { TimeRangeFields } from './time-range-fields';

export interface ShiftTypeDialogData {
  /** The type to edit; null to create one. */
  type: ShiftTypeResponse | null;
  /** The days the pattern is read against (null while it could not be loaded). */
  calendar: DayCalendar | null;
  today: string;
}

/** What the dialog closes with: the saved type, or 'reload' when it was changed meanwhile. */
export type ShiftTypeDialogResult = ShiftTypeResponse | 'reload';

/**
 * Creates or edits a shift type: hours, days (chips), school days and public holidays, who may
 * hold it (categories, grades, trainees) and its needs; says live on how many days of the next
 * four weeks it will run, with the same rule as « Générer les créneaux ».
 */
@Component({
  selector: 'vg-shift-type-dialog',
  imports: [
    FORM_DIALOG,
    BreakField,
    RequirementRows,
    TimeRangeFields,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatSelectModule,
    SvgIcon,
  ],
  templateUrl: './shift-type-dialog.html',
  styleUrl: './shift-type-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShiftTypeDialog {
  private readonly api = inject(PlanningApi);
  private readonly dialog = inject(MatDialogRef<ShiftTypeDialog, ShiftTypeDialogResult>);
  readonly data = inject<ShiftTypeDialogData>(MAT_DIALOG_DATA);
  readonly existing = this.data.type;
  readonly limits = PLANNING_LIMITS;

  readonly days = ISO_WEEKDAYS.map((day) => ({
    value: day,
    short: WEEKDAY_SHORT_LABELS[day - 1],
    long: WEEKDAY_LABELS[day - 1],
  }));
  readonly categoryOptions = STAFF_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
  readonly qualificationOptions = QUALIFICATION_KINDS.map((value) => ({
    value,
    label: QUALIFICATION_LABELS[value],
  }));

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly requirements = new FormArray(
    (this.existing?.requirements ?? []).map((requirement) => requirementGroup(requirement)),
  );
  readonly form = this.fb.group({
    code: [
      this.existing?.code ?? '',
      [Validators.required, Validators.pattern(PLANNING_PATTERNS.shiftTypeCode)],
    ],
    label: [
      this.existing?.label ?? '',
      [
        Validators.required,
        Validators.minLength(PLANNING_LIMITS.shiftTypeLabel.min),
        Validators.maxLength(PLANNING_LIMITS.shiftTypeLabel.max),
      ],
    ],
    startTime: [
      this.existing?.startTime ?? '',
      [Validators.required, Validators.pattern(PLANNING_PATTERNS.localTime)],
    ],
    endTime: [
      this.existing?.endTime ?? '',
      [Validators.required, Validators.pattern(PLANNING_PATTERNS.localTime)],
    ],
    minAgents: [
      this.existing?.minAgents ?? 1,
      [
        Validators.required,
        Validators.min(PLANNING_LIMITS.minAgents.min),
        Validators.max(PLANNING_LIMITS.minAgents.max),
      ],
    ],
    breakMinutes: [
      this.existing?.breakMinutes ?? 0,
      [
        Validators.required,
        Validators.min(PLANNING_LIMITS.breakMinutes.min),
        Validators.max(PLANNING_LIMITS.breakMinutes.max),
      ],
    ],
    colour: [this.existing?.colour ?? '#1565c0', Validators.pattern(PLANNING_PATTERNS.colour)],
    weekdays: [this.existing?.weekdays ?? [...ISO_WEEKDAYS], Validators.required],
    schoolDaysOnly: [this.existing?.schoolDaysOnly ?? false],
    publicHolidays: [this.existing?.publicHolidays ?? true],
    categories: [this.existing?.categories ?? [StaffCategory.POLICE], Validators.required],
    grades: [this.existing?.grades ?? ([] as Grade[])],
    allowsTrainees: [this.existing?.allowsTrainees ?? false],
    requiredForAll: [this.existing?.requiredForAll ?? ([] as QualificationKind[])],
    requirements: this.requirements,
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  readonly gradeOptions = computed(() =>
    gradesOf(this.value().categories ?? []).map((value) => ({ value, label: GRADE_LABELS[value] })),
  );
  readonly duration = computed(() => durationText(this.value().startTime ?? '', this.value().endTime ?? ''));
  readonly breakHint = computed(() =>
    breakHint(
      typeLength(this.value().startTime ?? '', this.value().endTime ?? ''),
      Number(this.value().breakMinutes ?? 0),
    ),
  );
  readonly feedback = computed(() => {
    const v = this.value();
    return patternFeedback(
      {
        startTime: v.startTime ?? '',
        endTime: v.endTime ?? '',
        minAgents: Number(v.minAgents ?? 0),
        requirements: (v.requirements ?? []).map((r) => ({
          kind: r.kind ?? '',
          count: Number(r.count ?? 0),
        })),
        weekdays: v.weekdays ?? [],
        publicHolidays: v.publicHolidays ?? true,
        schoolDaysOnly: v.schoolDaysOnly ?? false,
        categories: v.categories ?? [],
        grades: v.grades ?? [],
      },
      this.data.calendar,
      this.data.today,
    );
  });

  readonly serverErrors = signal<Record<string, string>>({});
  readonly error = signal<string | null>(null);
  readonly stale = signal(false);
  readonly saving = signal(false);

  constructor() {
    // The code names the type in exports and in the shifts already made: it is not changed.
    if (this.existing) this.form.controls.code.disable();
    // A new type gets the statutory break for its length until the chief sets one himself.
    this.form.valueChanges.subscribe(() => {
      const { breakMinutes, startTime, endTime } = this.form.controls;
      const length = typeLength(startTime.value, endTime.value);
      if (this.existing || !breakMinutes.pristine || length === null) return;
      const wanted = defaultBreakMinutes(length);
      if (breakMinutes.value !== wanted) breakMinutes.setValue(wanted);
    });
    // A grade of a category no longer chosen could never hold the type: it goes with it.
    this.form.controls.categories.valueChanges.subscribe((categories) => {
      const allowed = new Set(gradesOf(categories));
      const grades = this.form.controls.grades.value;
      if (grades.some((grade) => !allowed.has(grade))) {
        this.form.controls.grades.setValue(grades.filter((grade) => allowed.has(grade)));
      }
    });
  }

  addRequirement(): void {
    this.requirements.push(requirementGroup({ kind: QualificationKind.FIREARM, count: 1 }));
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.serverErrors.set({});
    this.error.set(null);
    this.stale.set(false);
    const v = this.form.getRawValue();
    const body = {
      label: v.label.trim(),
      startTime: v.startTime,
      endTime: v.endTime,
      minAgents: Number(v.minAgents),
      breakMinutes: Number(v.breakMinutes),
      colour: v.colour,
      weekdays: [...v.weekdays].sort((a, b) => a - b),
      schoolDaysOnly: v.schoolDaysOnly,
      publicHolidays: v.publicHolidays,
      categories: v.categories,
      allowsTrainees: v.allowsTrainees,
      requiredForAll: v.requiredForAll,
      requirements: v.requirements.map((r) => ({ kind: r.kind, count: Number(r.count) })),
    };
    try {
      const saved = this.existing
        ? await this.api.updateShiftType(this.existing.id, {
            ...body,
            grades: v.grades.length > 0 ? v.grades : null,
            version: this.existing.version,
          })
        : await this.api.createShiftType({
            ...body,
            code: v.code.trim().toUpperCase(),
            ...(v.grades.length > 0 ? { grades: v.grades } : {}),
          });
      this.dialog.close(saved);
    } catch (error) {
      const problem = problemOf(error);
      this.stale.set(problem.status === 409 && problem.code === 'VERSION_CONFLICT');
      this.serverErrors.set(
        Object.fromEntries(
          Object.entries(fieldErrors(problem)).map(([field, message]) => [
            field.split('.')[0],
            sentence(message),
          ]),
        ),
      );
      this.error.set(problem.detail);
    } finally {
      this.saving.set(false);
    }
  }

  reload(): void {
    this.dialog.close('reload');
  }
}
