import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  Grade,
  GRADE_LABELS,
  GRADES,
  isoDateOfPicker,
  pickerDateOf,
  RECRUITMENT_LIMITS,
  RECRUITMENT_ROUTES,
  type RecruitmentResponse,
  RecruitmentRoute,
  ROUTE_LABELS,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { RecruitmentApi } from '../data-access/recruitment.api';

/** « Nouveau candidat »: opens a recruitment with its application recorded. */
@Component({
  selector: 'vg-candidate-dialog',
  imports: [FORM_DIALOG, MatDatepickerModule, MatSelectModule],
  providers: [provideFrenchDates()],
  templateUrl: './candidate-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      min-width: min(440px, 80vw);
    }
  `,
})
export class CandidateDialog {
  private readonly api = inject(RecruitmentApi);
  private readonly dialog = inject(MatDialogRef<CandidateDialog, RecruitmentResponse>);

  readonly today = pickerDateOf(todayInParis());
  readonly routes = RECRUITMENT_ROUTES.map((route) => ({ value: route, label: ROUTE_LABELS[route] }));
  readonly grades = GRADES.map((grade) => ({ value: grade, label: GRADE_LABELS[grade] }));
  readonly limits = RECRUITMENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    candidateName: [
      '',
      [
        Validators.required,
        Validators.minLength(RECRUITMENT_LIMITS.candidateName.min),
        Validators.maxLength(RECRUITMENT_LIMITS.candidateName.max),
      ],
    ],
    route: [RecruitmentRoute.COMPETITIVE_EXAM, Validators.required],
    grade: [Grade.GARDIEN_BRIGADIER, Validators.required],
    applicationDate: [this.today as Date | null, Validators.required],
    note: ['', Validators.maxLength(RECRUITMENT_LIMITS.note.max)],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const value = this.form.getRawValue();
    if (!value.route || !value.grade || !value.applicationDate) return;
    const candidate = {
      candidateName: (value.candidateName ?? '').trim(),
      route: value.route,
      grade: value.grade,
      applicationDate: isoDateOfPicker(value.applicationDate),
      note: value.note?.trim() || undefined,
    };
    await this.submission.send(
      () => this.api.create(candidate),
      (created) => this.dialog.close(created),
    );
  }
}
