import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import {
  AGENT_LIMITS,
  type AgentResponse,
  FirearmDecision,
  type FirearmDecisionResponse,
  isoDateOfPicker,
  pickerDateOf,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { AgentsApi } from '../data-access/agents.api';
import { PastDateField } from './past-date-field';

/** « Décision du préfet »: the chief records whether the préfet suspends or maintains the firearm permit. */
@Component({
  selector: 'vg-firearm-decision-dialog',
  imports: [FORM_DIALOG, MatRadioModule, PastDateField],
  providers: [provideFrenchDates()],
  template: `
    <h2 mat-dialog-title i18n>Décision du préfet sur le port d’arme</h2>
    <mat-dialog-content>
      <p class="vg-dialog-subject">{{ agent.firstName }} {{ agent.lastName }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" id="decision-form" class="vg-form-column" novalidate>
        <mat-radio-group
          formControlName="decision"
          class="choices"
          aria-label="Décision"
          i18n-aria-label
          data-testid="decision-choice"
        >
          <mat-radio-button [value]="SUSPENDED" i18n>Port d’arme suspendu</mat-radio-button>
          <mat-radio-button [value]="MAINTAINED" i18n
            >Port d’arme maintenu (ou suspension levée)</mat-radio-button
          >
        </mat-radio-group>
        <!-- Not on the group's blur: the line would push « Enregistrer » down under a click on it. -->
        @if (submission.attempted() && form.controls.decision.invalid) {
          <p class="vg-error" role="alert" i18n>Choisissez la décision du préfet.</p>
        }
        <vg-past-date-field
          [control]="form.controls.date"
          [serverError]="submission.serverErrors()['date']"
          i18n
          >Prend effet le</vg-past-date-field
        >
        <mat-form-field appearance="outline">
          <mat-label i18n>Référence (arrêté, courrier)</mat-label>
          <input
            matInput
            formControlName="reference"
            [maxlength]="limits.decisionReference.max"
            autocomplete="off"
            data-testid="decision-reference"
          />
          @if (form.controls.reference.invalid) {
            <mat-error i18n>La référence de la décision est obligatoire.</mat-error>
          }
          @if (submission.serverErrors()['reference']; as message) {
            <mat-hint class="vg-error">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n>Note</mat-label>
          <textarea matInput formControlName="note" rows="2" [maxlength]="limits.decisionNote.max"></textarea>
        </mat-form-field>
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="decision-form" [saving]="submission.saving()" i18n
      >Enregistrer</vg-dialog-actions
    >
  `,
  styles: `
    form {
      width: min(440px, 80vw);
    }

    .choices {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FirearmDecisionDialog {
  private readonly api = inject(AgentsApi);
  private readonly dialog = inject(MatDialogRef<FirearmDecisionDialog, FirearmDecisionResponse>);
  readonly agent = inject<AgentResponse>(MAT_DIALOG_DATA);

  readonly SUSPENDED = FirearmDecision.SUSPENDED;
  readonly MAINTAINED = FirearmDecision.MAINTAINED;
  readonly today = pickerDateOf(todayInParis());
  readonly limits = AGENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    decision: [null as FirearmDecision | null, Validators.required],
    date: [this.today as Date | null, Validators.required],
    reference: [
      '',
      [
        Validators.required,
        Validators.pattern(/\S/),
        Validators.maxLength(AGENT_LIMITS.decisionReference.max),
      ],
    ],
    note: ['', Validators.maxLength(AGENT_LIMITS.decisionNote.max)],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const v = this.form.getRawValue();
    if (!v.date || !v.decision) return;
    const decision = {
      date: isoDateOfPicker(v.date),
      decision: v.decision,
      reference: (v.reference ?? '').trim(),
      note: v.note?.trim() || undefined,
    };
    await this.submission.send(
      () => this.api.addFirearmDecision(this.agent.id, decision),
      (saved) => this.dialog.close(saved),
    );
  }
}
