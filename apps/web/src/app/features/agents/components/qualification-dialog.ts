import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  AGENT_LIMITS,
  type AgentResponse,
  isoDateOfPicker,
  pickerDateOf,
  QUALIFICATION_KINDS,
  QUALIFICATION_LABELS,
  QualificationKind,
  type QualificationResponse,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { AgentsApi } from '../data-access/agents.api';

/** The expiry, when given, comes after the date obtained. */
function afterObtained(control: AbstractControl): ValidationErrors | null {
  const obtained = control.parent?.get('obtainedOn')?.value as Date | null | undefined;
  const expires = control.value as Date | null;
  return obtained && expires && expires <= obtained ? { beforeObtained: true } : null;
}

/** « Ajouter une qualification » to an agent: kind, dates, pending approval, reference. */
@Component({
  selector: 'vg-qualification-dialog',
  imports: [FORM_DIALOG, MatCheckboxModule, MatDatepickerModule, MatSelectModule],
  providers: [provideFrenchDates()],
  templateUrl: './qualification-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      width: min(440px, 80vw);
    }

    mat-checkbox {
      margin: 0 0 12px -8px;
    }
  `,
})
export class QualificationDialog {
  private readonly api = inject(AgentsApi);
  private readonly dialog = inject(MatDialogRef<QualificationDialog, QualificationResponse>);
  readonly agent = inject<AgentResponse>(MAT_DIALOG_DATA);

  readonly kinds = QUALIFICATION_KINDS.map((kind) => ({ value: kind, label: QUALIFICATION_LABELS[kind] }));
  readonly limits = AGENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    kind: [null as QualificationKind | null, Validators.required],
    obtainedOn: [pickerDateOf(todayInParis()) as Date | null, Validators.required],
    expiresOn: [null as Date | null, afterObtained],
    pendingApproval: [false],
    reference: ['', Validators.maxLength(AGENT_LIMITS.qualificationReference.max)],
  });
  readonly submission = new FormSubmission();

  constructor() {
    this.form.controls.obtainedOn.valueChanges.subscribe(() =>
      this.form.controls.expiresOn.updateValueAndValidity(),
    );
  }

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    if (!v.kind || !v.obtainedOn) return;
    const qualification = {
      kind: v.kind,
      obtainedOn: isoDateOfPicker(v.obtainedOn),
      expiresOn: v.expiresOn ? isoDateOfPicker(v.expiresOn) : undefined,
      pendingApproval: v.pendingApproval ?? false,
      reference: v.reference?.trim() || undefined,
    };
    await this.submission.send(
      () => this.api.addQualification(this.agent.id, qualification),
      (saved) => this.dialog.close(saved),
    );
  }
}
