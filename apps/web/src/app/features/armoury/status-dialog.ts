import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  ARMOURY_LIMITS,
  WEAPON_KIND_LABELS,
  WEAPON_STATUS_LABELS,
  WEAPON_STATUSES,
  type WeaponResponse,
  WeaponStatus,
} from '@vigie/shared';

import { FormSubmission } from '../../core/http/form-submission';
import { FORM_DIALOG } from '../../shared/ui/form-dialog';
import { ArmouryApi } from './armoury.api';
import { weaponName } from './armoury-words';
import { ReasonField, reasonValidators } from './reason-field';

/** « Changer le statut »: in service, away for repair, or retired for good — with the reason, for the register. */
@Component({
  selector: 'vg-weapon-status-dialog',
  imports: [FORM_DIALOG, MatSelectModule, ReasonField],
  template: `
    <h2 mat-dialog-title i18n>Changer le statut de l’arme</h2>
    <mat-dialog-content>
      <p class="vg-dialog-subject">{{ kind }} · {{ name }} · {{ labels[weapon.status] }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" id="status-form" class="vg-form-column" novalidate>
        <mat-form-field appearance="outline">
          <mat-label i18n>Nouveau statut</mat-label>
          <mat-select formControlName="status" data-testid="weapon-status">
            @for (status of choices; track status) {
              <mat-option [value]="status">{{ labels[status] }}</mat-option>
            }
          </mat-select>
          @if (form.controls.status.invalid) {
            <mat-error i18n>Choisissez le statut.</mat-error>
          }
        </mat-form-field>
        @if (form.controls.status.value === retired) {
          <p class="warn" role="note" i18n>
            Une arme réformée reste au registre mais ne pourra plus être remise ni remise en service.
          </p>
        }
        <vg-reason-field [control]="form.controls.reason" testId="weapon-status-reason" i18n
          >Motif</vg-reason-field
        >
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="status-form" [saving]="submission.saving()" i18n>Enregistrer</vg-dialog-actions>
  `,
  styles: `
    .warn {
      margin: 0 0 8px;
      color: var(--vg-warning);
    }

    form {
      width: min(420px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeaponStatusDialog {
  private readonly api = inject(ArmouryApi);
  private readonly dialog = inject(MatDialogRef<WeaponStatusDialog, WeaponResponse>);
  readonly weapon = inject<WeaponResponse>(MAT_DIALOG_DATA);

  readonly labels = WEAPON_STATUS_LABELS;
  readonly limits = ARMOURY_LIMITS;
  readonly retired = WeaponStatus.RETIRED;
  readonly kind = WEAPON_KIND_LABELS[this.weapon.kind];
  readonly name = weaponName(this.weapon);
  readonly choices = WEAPON_STATUSES.filter((status) => status !== this.weapon.status);
  readonly form = inject(FormBuilder).nonNullable.group({
    status: [this.choices[0], Validators.required],
    reason: ['', reasonValidators],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const { status, reason } = this.form.getRawValue();
    await this.submission.send(
      () => this.api.changeStatus(this.weapon.id, { status, reason: reason.trim() }),
      (weapon) => this.dialog.close(weapon),
    );
  }
}
