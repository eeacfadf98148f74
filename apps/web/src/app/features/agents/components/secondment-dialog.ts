import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { type AgentResponse, isoDateOfPicker } from '@vigie/shared';
import {
  type CreateSecondmentDto,
  periodDays,
  SECONDMENT_LIMITS,
  type SecondmentResponse,
  type ServiceNameResponse,
} from '@vigie/shared';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  type Observable,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { SecondmentsApi } from '../data-access/secondments.api';

interface HostSearch {
  services: ServiceNameResponse[] | null;
  failed: boolean;
}

/** The fields the form shows: the API's refusals of them are said beside each. */
const FIELDS = ['hostServiceId', 'from', 'to', 'sharePercent', 'convention'];

const isValidDate = (value: unknown): value is Date => value instanceof Date && !isNaN(value.getTime());

/** A service picked in the list, not a name typed. */
function chosenService(
  control: AbstractControl<ServiceNameResponse | string | null>,
): ValidationErrors | null {
  const value = control.value;
  return value === null || typeof value === 'string' ? { required: true } : null;
}

/** The last day is not before the first, and the period stays within the product's bound. */
function periodFits(control: AbstractControl<Date | null>): ValidationErrors | null {
  const from = control.parent?.get('from')?.value as Date | null | undefined;
  const to = control.value;
  if (!isValidDate(from) || !isValidDate(to)) return null;
  const period = { from: isoDateOfPicker(from), to: isoDateOfPicker(to) };
  if (period.to < period.from) return { order: true };
  return periodDays(period) > SECONDMENT_LIMITS.maxDays ? { tooLong: true } : null;
}

/**
 * « Mettre à disposition »: the chief lends one of his agents to another service (CSI L512-1) —
 * the host by name, the first and last days, the share of his working time, the convention.
 */
@Component({
  selector: 'vg-secondment-dialog',
  imports: [FORM_DIALOG, MatAutocompleteModule, MatDatepickerModule],
  providers: [provideFrenchDates()],
  templateUrl: './secondment-dialog.html',
  styleUrl: './secondment-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondmentDialog {
  private readonly api = inject(SecondmentsApi);
  private readonly dialog = inject(MatDialogRef<SecondmentDialog, SecondmentResponse>);
  readonly agent = inject<AgentResponse>(MAT_DIALOG_DATA);

  readonly limits = SECONDMENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    host: [null as ServiceNameResponse | string | null, [Validators.required, chosenService]],
    from: [null as Date | null, Validators.required],
    to: [null as Date | null, [Validators.required, periodFits]],
    sharePercent: [
      null as number | null,
      [
        Validators.required,
        Validators.min(SECONDMENT_LIMITS.share.min),
        Validators.max(SECONDMENT_LIMITS.share.max),
        Validators.pattern(/^\d+$/),
      ],
    ],
    convention: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.minLength(SECONDMENT_LIMITS.convention.min),
        Validators.maxLength(SECONDMENT_LIMITS.convention.max),
      ],
    ],
  });
  readonly submission = new FormSubmission();
  readonly controls = this.form.controls;

  readonly serviceName = (value: ServiceNameResponse | string | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  /** The last search: the other services at once (a few on a platform), narrowed by the name typed. */
  readonly found = toSignal(
    this.controls.host.valueChanges.pipe(
      // A service chosen writes itself in the field: nothing to look for then.
      filter((value): value is string | null => typeof value !== 'object' || value === null),
      map((value) => (value ?? '').trim()),
      startWith(''),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q): Observable<HostSearch> =>
        this.api.hosts(q).pipe(
          map((services) => ({ services, failed: false })),
          catchError(() => of({ services: [], failed: true })),
          startWith({ services: null, failed: false }),
        ),
      ),
    ),
    { initialValue: null },
  );

  /** What the API refused outside the fields, or a pointer to them when it named them all. */
  readonly problem = computed(() => {
    const message = this.submission.error();
    const fields = Object.keys(this.submission.serverErrors());
    if (message && fields.length > 0 && fields.every((field) => FIELDS.includes(field))) {
      return $localize`Corrigez les champs signalés.`;
    }
    return message;
  });

  constructor() {
    // The last day is checked against the first.
    this.controls.from.valueChanges.subscribe(() => this.controls.to.updateValueAndValidity());
  }

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    if (!v.host || typeof v.host === 'string' || !v.from || !v.to || v.sharePercent === null) return;
    const dto: CreateSecondmentDto = {
      agentId: this.agent.id,
      hostServiceId: v.host.id,
      from: isoDateOfPicker(v.from),
      to: isoDateOfPicker(v.to),
      sharePercent: Number(v.sharePercent),
      convention: (v.convention ?? '').trim(),
    };
    await this.submission.send(
      () => this.api.create(dto),
      (created) => this.dialog.close(created),
    );
  }
}
