import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import {
  AGENT_LIMITS,
  type AgentResponse,
  isoDateOfPicker,
  pickerDateOf,
  type ShootingSessionResponse,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { AgentsApi } from '../data-access/agents.api';
import { PastDateField } from './past-date-field';

/** « Enregistrer une séance de tir »: date, rounds fired, note. */
@Component({
  selector: 'vg-shooting-session-dialog',
  imports: [FORM_DIALOG, PastDateField],
  providers: [provideFrenchDates()],
  template: `
    <h2 mat-dialog-title i18n>Enregistrer une séance de tir</h2>
    <mat-dialog-content>
      <p class="vg-dialog-subject">{{ agent.firstName }} {{ agent.lastName }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" id="session-form" class="vg-form-column" novalidate>
        <vg-past-date-field
          [control]="form.controls.date"
          [serverError]="submission.serverErrors()['date']"
          i18n
          >Date de la séance</vg-past-date-field
        >
        <mat-form-field appearance="outline">
          <mat-label i18n>Cartouches tirées</mat-label>
          <input
            matInput
            type="number"
            formControlName="rounds"
            min="1"
            max="1000"
            data-testid="session-rounds"
          />
          @if (form.controls.rounds.invalid) {
            <mat-error i18n>Entre 1 et 1 000 cartouches.</mat-error>
          }
          @if (submission.serverErrors()['rounds']; as message) {
            <mat-hint class="vg-error">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n>Note (stand, moniteur…)</mat-label>
          <input matInput formControlName="note" [maxlength]="limits.shootingNote.max" autocomplete="off" />
        </mat-form-field>
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="session-form" [saving]="submission.saving()" i18n>Enregistrer</vg-dialog-actions>
  `,
  styles: `
    form {
      width: min(400px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShootingSessionDialog {
  private readonly api = inject(AgentsApi);
  private readonly dialog = inject(MatDialogRef<ShootingSessionDialog, ShootingSessionResponse>);
  readonly agent = inject<AgentResponse>(MAT_DIALOG_DATA);

  readonly today = pickerDateOf(todayInParis());
  readonly limits = AGENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    date: [this.today as Date | null, Validators.required],
    rounds: [30 as number | null, [Validators.required, Validators.min(1), Validators.max(1000)]],
    note: ['', Validators.maxLength(AGENT_LIMITS.shootingNote.max)],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    if (!v.date || v.rounds === null) return;
    const session = {
      date: isoDateOfPicker(v.date),
      rounds: Math.round(v.rounds),
      note: v.note?.trim() || undefined,
    };
    await this.submission.send(
      () => this.api.addShootingSession(this.agent.id, session),
      (saved) => this.dialog.close(saved),
    );
  }
}
