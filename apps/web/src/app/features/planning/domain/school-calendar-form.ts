import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  firstOverlap,
  isoDateOfPicker,
  pickerDateOf,
  PLANNING_LIMITS,
  type SchoolHolidayDto,
  type SchoolHolidayResponse,
} from '@vigie/shared';

const isDay = (value: unknown): value is Date => value instanceof Date && !isNaN(value.getTime());

/** Text the API takes once trimmed: from `min` to `max` characters, not only blanks. */
function trimmedWithin(limit: { min: number; max: number }): ValidatorFn {
  return (control: AbstractControl<string>) => {
    const length = (control.value ?? '').trim().length;
    if (length === 0) return { required: true };
    return length < limit.min || length > limit.max ? { length: true } : null;
  };
}

/** The last day may not come before the first (the API's SCHOOL_PERIOD_ENDS_BEFORE_START). */
function endsAfterStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = control.parent?.get('start')?.value as Date | null | undefined;
  return isDay(start) && isDay(control.value) && isoDateOfPicker(control.value) < isoDateOfPicker(start)
    ? { order: true }
    : null;
}

/** One holiday period of the form: its name, first and last days (picked dd/MM/yyyy), source. */
export function periodGroup(period: Partial<SchoolHolidayResponse> = {}) {
  const group = new FormGroup({
    label: new FormControl(period.label ?? '', {
      nonNullable: true,
      validators: trimmedWithin(PLANNING_LIMITS.schoolHolidayLabel),
    }),
    start: new FormControl<Date | null>(
      period.start ? pickerDateOf(period.start) : null,
      Validators.required,
    ),
    end: new FormControl<Date | null>(period.end ? pickerDateOf(period.end) : null, [
      Validators.required,
      endsAfterStart,
    ]),
    source: new FormControl(period.source ?? '', {
      nonNullable: true,
      validators: trimmedWithin(PLANNING_LIMITS.schoolHolidaySource),
    }),
  });
  group.controls.start.valueChanges.subscribe(() => group.controls.end.updateValueAndValidity());
  return group;
}

export type PeriodGroup = ReturnType<typeof periodGroup>;

/** The period a row holds once its days are read; null while one is missing or unreadable. */
function periodOf(group: PeriodGroup): SchoolHolidayDto | null {
  const { label, start, end, source } = group.getRawValue();
  if (!isDay(start) || !isDay(end)) return null;
  return {
    label: label.trim(),
    start: isoDateOfPicker(start),
    end: isoDateOfPicker(end),
    source: source.trim(),
  };
}

/**
 * The first row whose period starts within an earlier one, as the API finds it (SCHOOL_PERIODS_OVERLAP,
 * on `periods.N.start`): by start, each against the one before. Rows with a day missing wait.
 */
export function overlapOf(groups: readonly PeriodGroup[]): { index: number; other: string } | null {
  const read = groups
    .map((group, index) => ({ ...periodOf(group), index }))
    .filter((row): row is SchoolHolidayDto & { index: number } => row.start !== undefined);
  const overlap = firstOverlap(read);
  return overlap && { index: overlap.period.index, other: overlap.before.label };
}

/** The periods of `periods` overlap: the error names the row and the period it runs into. */
export function noOverlap(control: AbstractControl): ValidationErrors | null {
  const overlap = overlapOf((control as FormArray<PeriodGroup>).controls);
  return overlap ? { overlap } : null;
}

/** Puts the rows of a valid form (every day read) in order of their first day, as saved; their periods, trimmed. */
export function sortByStart(periods: FormArray<PeriodGroup>): SchoolHolidayDto[] {
  const rows = periods.controls
    .map((group) => ({ group, period: periodOf(group) }))
    .filter((row): row is { group: PeriodGroup; period: SchoolHolidayDto } => row.period !== null)
    .sort((a, b) => a.period.start.localeCompare(b.period.start));
  periods.clear({ emitEvent: false });
  for (const { group } of rows) periods.push(group, { emitEvent: false });
  periods.updateValueAndValidity();
  return rows.map((row) => row.period);
}
