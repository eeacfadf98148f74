import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  ARMOURY_LIMITS,
  SERIAL_NUMBER_PATTERN,
  WEAPON_KIND_LABELS,
  WEAPON_KINDS,
  WeaponKind,
  type WeaponResponse,
} from '@vigie/shared';

import { FormSubmission } from '../../core/http/form-submission';
import { FORM_DIALOG } from '../../shared/ui/form-dialog';
import { ArmouryApi } from './armoury.api';

/** « Ajouter une arme »: a weapon entered in the register, kind, model and serial number as stamped. */
@Component({
  selector: 'vg-weapon-dialog',
  imports: [FORM_DIALOG, MatSelectModule],
  template: `
    <h2 mat-dialog-title i18n>Ajouter une arme au registre</h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="save()" id="weapon-form" class="vg-form-column" novalidate>
        <mat-form-field appearance="outline">
          <mat-label i18n>Catégorie</mat-label>
          <mat-select formControlName="kind" data-testid="weapon-kind">
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ labels[kind] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n>Marque et modèle</mat-label>
          <input
            matInput
            formControlName="model"
            [maxlength]="limits.model.max"
            placeholder="Glock 17 Gen 5"
            i18n-placeholder
            autocomplete="off"
            data-testid="weapon-model"
          />
          @if (form.controls.model.invalid) {
            <mat-error i18n>Indiquez la marque et le modèle.</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label i18n>Numéro de série</mat-label>
          <input
            matInput
            formControlName="serialNumber"
            [maxlength]="limits.serialNumber.max"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            (blur)="upper()"
            data-testid="weapon-serial"
          />
          <mat-hint i18n>Tel que frappé sur l’arme : lettres, chiffres, « - », « / », « . ».</mat-hint>
          @if (form.controls.serialNumber.invalid) {
            <mat-error i18n>Lettres majuscules, chiffres, « - », « / », « . » (40 au plus).</mat-error>
          }
          @if (submission.serverErrors()['serialNumber']; as message) {
            <mat-hint class="vg-error">{{ message }}</mat-hint>
          }
        </mat-form-field>
        @if (submission.error(); as message) {
          <p class="vg-error" role="alert">{{ message }}</p>
        }
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="weapon-form" [saving]="submission.saving()" i18n>Ajouter</vg-dialog-actions>
  `,
  styles: `
    form {
      width: min(420px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeaponDialog {
  private readonly api = inject(ArmouryApi);
  private readonly dialog = inject(MatDialogRef<WeaponDialog, WeaponResponse>);

  readonly kinds = WEAPON_KINDS;
  readonly labels = WEAPON_KIND_LABELS;
  readonly limits = ARMOURY_LIMITS;
  readonly form = inject(FormBuilder).nonNullable.group({
    kind: [WeaponKind.HANDGUN, Validators.required],
    model: ['', [Validators.required, Validators.maxLength(ARMOURY_LIMITS.model.max)]],
    serialNumber: ['', [Validators.required, Validators.pattern(SERIAL_NUMBER_PATTERN)]],
  });
  readonly submission = new FormSubmission();

  /** Serial numbers are stamped in capitals: typed in lower case, they are read as such. */
  upper(): void {
    const control = this.form.controls.serialNumber;
    control.setValue(control.value.trim().toUpperCase());
  }

  async save(): Promise<void> {
    this.upper();
    if (!this.submission.ready(this.form)) return;
    const { kind, model, serialNumber } = this.form.getRawValue();
    await this.submission.send(
      () => this.api.create({ kind, model: model.trim(), serialNumber }),
      (weapon) => this.dialog.close(weapon),
    );
  }
}
