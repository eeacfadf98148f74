import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  AGENT_LIMITS,
  AGENT_STATUSES,
  type AgentResponse,
  AgentStatus,
  Grade,
  GRADE_LABELS,
  GRADES,
  isoDateOfPicker,
  MATRICULE_PATTERN,
  PHONE_PATTERN,
  pickerDateOf,
  STATUS_LABELS,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { AgentsApi } from '../data-access/agents.api';

/** What the dialog closes with: the saved record, or 'reload' when it was changed meanwhile. */
export type AgentDialogResult = AgentResponse | 'reload';

/** Creates an agent record, or edits one (`data` given; stale version → asks to reload). */
@Component({
  selector: 'vg-agent-dialog',
  imports: [FORM_DIALOG, MatButtonModule, MatDatepickerModule, MatSelectModule],
  providers: [provideFrenchDates()],
  templateUrl: './agent-dialog.html',
  styleUrl: './agent-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentDialog {
  private readonly api = inject(AgentsApi);
  private readonly dialog = inject(MatDialogRef<AgentDialog, AgentDialogResult>);
  readonly existing = inject<AgentResponse | null>(MAT_DIALOG_DATA);

  readonly grades = GRADES.map((grade) => ({ value: grade, label: GRADE_LABELS[grade] }));
  readonly statuses = AGENT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));
  readonly limits = AGENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    matricule: [this.existing?.matricule ?? '', [Validators.required, Validators.pattern(MATRICULE_PATTERN)]],
    lastName: [
      this.existing?.lastName ?? '',
      [Validators.required, Validators.maxLength(AGENT_LIMITS.lastName.max)],
    ],
    firstName: [
      this.existing?.firstName ?? '',
      [Validators.required, Validators.maxLength(AGENT_LIMITS.firstName.max)],
    ],
    grade: [this.existing?.grade ?? Grade.GARDIEN_BRIGADIER, Validators.required],
    status: [this.existing?.status ?? AgentStatus.ACTIVE, Validators.required],
    hireDate: [pickerDateOf(this.existing?.hireDate ?? todayInParis()) as Date | null, Validators.required],
    departureDate: [
      this.existing?.departureDate ? pickerDateOf(this.existing.departureDate) : (null as Date | null),
    ],
    brigade: [this.existing?.brigade ?? '', Validators.maxLength(AGENT_LIMITS.brigade.max)],
    ratio: [
      Math.round((this.existing?.contractRatio ?? 1) * 100) as number | null,
      [Validators.required, Validators.min(10), Validators.max(100)],
    ],
    phone: [this.existing?.phone ?? '', Validators.pattern(PHONE_PATTERN)],
    email: [this.existing?.email ?? '', [Validators.email, Validators.maxLength(AGENT_LIMITS.email.max)]],
  });
  private readonly status = toSignal(this.form.controls.status.valueChanges, {
    initialValue: this.form.controls.status.value,
  });
  readonly departed = computed(() => this.status() === AgentStatus.DEPARTED);

  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    const record = {
      matricule: (v.matricule ?? '').trim().toUpperCase(),
      lastName: (v.lastName ?? '').trim(),
      firstName: (v.firstName ?? '').trim(),
      grade: v.grade ?? Grade.GARDIEN_BRIGADIER,
      status: v.status ?? AgentStatus.ACTIVE,
      hireDate: isoDateOfPicker(v.hireDate ?? new Date()),
      contractRatio: (v.ratio ?? 100) / 100,
    };
    const optional = {
      departureDate: v.departureDate ? isoDateOfPicker(v.departureDate) : null,
      brigade: v.brigade?.trim() || null,
      phone: v.phone?.trim() || null,
      email: v.email?.trim() || null,
    };
    await this.submission.send(
      () =>
        this.existing
          ? this.api.update(this.existing.id, { ...record, ...optional, version: this.existing.version })
          : this.api.create({
              ...record,
              departureDate: optional.departureDate ?? undefined,
              brigade: optional.brigade ?? undefined,
              phone: optional.phone ?? undefined,
              email: optional.email ?? undefined,
            }),
      (saved) => this.dialog.close(saved),
    );
  }

  constructor() {
    // A departure is a status with its date: the date is required once the status says so.
    effect(() => {
      const departure = this.form.controls.departureDate;
      departure.setValidators(this.departed() ? Validators.required : null);
      departure.updateValueAndValidity();
    });
  }

  reload(): void {
    this.dialog.close('reload');
  }
}
