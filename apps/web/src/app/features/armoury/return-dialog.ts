import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { localTimeOf, type WeaponIssueResponse } from '@vigie/shared';

import { FormSubmission } from '../../core/http/form-submission';
import { FORM_DIALOG } from '../../shared/ui/form-dialog';
import { ArmouryApi } from './armoury.api';
import { issueSubject } from './armoury-words';
import { CartridgesField } from './cartridges-field';

/** « Réintégrer »: the weapon back in the safe, the cartridges counted in. */
@Component({
  selector: 'vg-return-dialog',
  imports: [CartridgesField, FORM_DIALOG],
  template: `
    <h2 mat-dialog-title i18n>Réintégrer une arme</h2>
    <mat-dialog-content>
      <p class="vg-dialog-subject">
        {{ subject }}
        <br />
        <span i18n>Remise à {{ issuedAt }} avec {{ issue.ammunition }} cartouche(s)</span>
      </p>
      <form [formGroup]="form" (ngSubmit)="save()" id="return-form" class="vg-form-column" novalidate>
        <vg-cartridges-field
          [control]="form.controls.ammunitionReturned"
          [max]="issue.ammunition"
          [explained]="true"
          [serverError]="submission.serverErrors()['ammunitionReturned']"
          testId="return-ammunition"
          i18n
          >Cartouches rendues</vg-cartridges-field
        >
        @if (form.controls.ammunitionReturned.value !== issue.ammunition && form.valid) {
          <p class="gap" i18n>
            {{ issue.ammunition - (form.controls.ammunitionReturned.value ?? 0) }} cartouche(s) manquante(s) :
            le journal le gardera.
          </p>
        }
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="return-form" [saving]="submission.saving()" i18n>Réintégrer</vg-dialog-actions>
  `,
  styles: `
    form {
      width: min(400px, 80vw);
    }

    .gap {
      margin: 0;
      color: var(--vg-warning);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReturnDialog {
  private readonly api = inject(ArmouryApi);
  private readonly dialog = inject(MatDialogRef<ReturnDialog, WeaponIssueResponse>);
  readonly issue = inject<WeaponIssueResponse>(MAT_DIALOG_DATA);

  readonly subject = issueSubject(this.issue);
  readonly issuedAt = localTimeOf(this.issue.issuedAt);
  readonly form = inject(FormBuilder).group({
    ammunitionReturned: [
      this.issue.ammunition as number | null,
      [Validators.required, Validators.min(0), Validators.max(this.issue.ammunition)],
    ],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const count = Number(this.form.getRawValue().ammunitionReturned);
    await this.submission.send(
      () => this.api.giveBack(this.issue.id, { ammunitionReturned: count }),
      (returned) => this.dialog.close(returned),
    );
  }
}
