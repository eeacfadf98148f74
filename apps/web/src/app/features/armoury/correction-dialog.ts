import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ARMOURY_LIMITS, localTimeOf, type WeaponIssueResponse } from '@vigie/shared';

import { FormSubmission } from '../../core/http/form-submission';
import { FORM_DIALOG } from '../../shared/ui/form-dialog';
import { ArmouryApi } from './armoury.api';
import { issueSubject } from './armoury-words';
import { CartridgesField } from './cartridges-field';
import { ReasonField, reasonValidators } from './reason-field';

/**
 * « Corriger »: a count mistyped at the issue or the return. The log keeps the line as written
 * and adds the correction, with who wrote it and why.
 */
@Component({
  selector: 'vg-correction-dialog',
  imports: [CartridgesField, FORM_DIALOG, ReasonField],
  template: `
    <h2 mat-dialog-title i18n>Corriger une ligne du journal</h2>
    <mat-dialog-content>
      <p class="vg-dialog-subject">
        {{ subject }}
        <br />
        <span i18n>Remise à {{ issuedAt }} par {{ issue.issuedBy }}</span>
      </p>
      <form [formGroup]="form" (ngSubmit)="save()" id="correction-form" class="vg-form-column" novalidate>
        <div class="counts">
          <vg-cartridges-field
            [control]="form.controls.ammunition"
            [max]="limits.ammunition.max"
            [serverError]="submission.serverErrors()['ammunition']"
            testId="correct-ammunition"
            i18n
            >Cartouches remises</vg-cartridges-field
          >
          @if (returned) {
            <vg-cartridges-field
              [control]="form.controls.ammunitionReturned"
              [max]="limits.ammunition.max"
              [serverError]="submission.serverErrors()['ammunitionReturned']"
              testId="correct-returned"
              i18n
              >Cartouches rendues</vg-cartridges-field
            >
          }
        </div>
        @if (form.errors?.['unchanged'] && form.touched) {
          <p class="vg-error" i18n>Changez au moins un des nombres.</p>
        }
        @if (form.errors?.['exceeds']) {
          <p class="vg-error" i18n>Plus de cartouches rendues que de remises.</p>
        }
        <vg-reason-field
          [control]="form.controls.reason"
          placeholder="Saisie de 3 au lieu de 30 à la réintégration"
          i18n-placeholder
          testId="correct-reason"
          i18n
          >Motif de la correction</vg-reason-field
        >
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="correction-form" [saving]="submission.saving()" i18n
      >Enregistrer la correction</vg-dialog-actions
    >
  `,
  styles: `
    form {
      width: min(440px, 80vw);
    }

    .counts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 0 12px;
    }

    p.vg-error {
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CorrectionDialog {
  private readonly api = inject(ArmouryApi);
  private readonly dialog = inject(MatDialogRef<CorrectionDialog, WeaponIssueResponse>);
  readonly issue = inject<WeaponIssueResponse>(MAT_DIALOG_DATA);

  readonly subject = issueSubject(this.issue);
  readonly issuedAt = localTimeOf(this.issue.issuedAt);
  readonly returned = this.issue.returnedAt !== null;
  readonly limits = ARMOURY_LIMITS;
  private readonly count = [
    Validators.required,
    Validators.min(ARMOURY_LIMITS.ammunition.min),
    Validators.max(ARMOURY_LIMITS.ammunition.max),
  ];
  readonly form = inject(FormBuilder).group(
    {
      ammunition: [this.issue.ammunition as number | null, this.count],
      ammunitionReturned: [this.issue.ammunitionReturned, this.returned ? this.count : []],
      reason: ['', reasonValidators],
    },
    {
      validators: (group) => {
        const ammunition = Number(group.get('ammunition')!.value);
        const back = this.returned ? Number(group.get('ammunitionReturned')!.value) : null;
        if (back !== null && back > ammunition) return { exceeds: true };
        if (ammunition === this.issue.ammunition && back === this.issue.ammunitionReturned) {
          return { unchanged: true };
        }
        return null;
      },
    },
  );
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const value = this.form.getRawValue();
    const ammunition = Number(value.ammunition);
    const back = this.returned ? Number(value.ammunitionReturned) : null;
    await this.submission.send(
      () =>
        this.api.correct(this.issue.id, {
          ...(ammunition !== this.issue.ammunition ? { ammunition } : {}),
          ...(back !== null && back !== this.issue.ammunitionReturned ? { ammunitionReturned: back } : {}),
          reason: (value.reason ?? '').trim(),
        }),
      (corrected) => this.dialog.close(corrected),
    );
  }
}
