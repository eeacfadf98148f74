import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type AbstractControl, FormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { QUARTIER_LIMITS, type QuartierResponse, sameQuartierName } from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { TerritoryApi } from '../data-access/territory.api';

export interface QuartierDialogData {
  /** The quartier renamed; null for a new one. */
  quartier: QuartierResponse | null;
  /** The service's quartiers, retired ones included: two may not bear the same name. */
  quartiers: readonly QuartierResponse[];
}

/** « Mont-à-Camp », « mont a  camp »: the same name to an agent reading the list. */
/** What the dialog closes with when the quartier was changed meanwhile (the page reads the list again). */
export const STALE = 'stale';

/**
 * « Ajouter un quartier » or « Renommer »: its name, as the agents will read it in the forms. A
 * renamed quartier keeps its code: the entries and cameras filed under it take the new name.
 */
@Component({
  selector: 'vg-quartier-dialog',
  imports: [FORM_DIALOG],
  template: `
    <h2 mat-dialog-title>
      @if (data.quartier; as quartier) {
        <ng-container i18n>Renommer « {{ quartier.label }} »</ng-container>
      } @else {
        <ng-container i18n>Ajouter un quartier</ng-container>
      }
    </h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="save()" id="quartier-form" class="vg-form-column form" novalidate>
        <!-- Its hints wrap on a phone rather than being cut. -->
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n>Nom du quartier</mat-label>
          <input
            matInput
            formControlName="label"
            autocomplete="off"
            [maxlength]="limits.max"
            data-testid="quartier-label-input"
          />
          @if (submission.serverErrors()['label']; as message) {
            <mat-hint class="vg-error">{{ message }}</mat-hint>
          } @else if (data.quartier) {
            <mat-hint i18n
              >Les entrées et les caméras classées sous ce quartier prennent le nouveau nom.</mat-hint
            >
          } @else {
            <mat-hint i18n>Tel que les agents le liront : « Centre-ville », « Gare »…</mat-hint>
          }
          @if (form.controls.label.hasError('taken')) {
            <mat-error i18n>Un autre quartier du service porte déjà ce nom.</mat-error>
          } @else if (form.controls.label.invalid) {
            <mat-error i18n>De {{ limits.min }} à {{ limits.max }} caractères.</mat-error>
          }
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <vg-dialog-actions form="quartier-form" [saving]="submission.saving()" testId="quartier-save">
      @if (submission.error(); as message) {
        <p vgDialogProblem class="vg-error problem" role="alert" data-testid="quartier-error">
          {{ message }}
        </p>
      }
      @if (data.quartier) {
        <ng-container i18n>Renommer</ng-container>
      } @else {
        <ng-container i18n>Ajouter</ng-container>
      }
    </vg-dialog-actions>
  `,
  styles: `
    .form {
      width: min(420px, 80vw);
    }

    .problem {
      flex: 1 0 100%;
      max-width: min(420px, 80vw);
      margin: 0 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuartierDialog {
  private readonly api = inject(TerritoryApi);
  private readonly dialog = inject(MatDialogRef<QuartierDialog, QuartierResponse | typeof STALE>);
  readonly data = inject<QuartierDialogData>(MAT_DIALOG_DATA);
  readonly limits = QUARTIER_LIMITS.label;

  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    label: [
      this.data.quartier?.label ?? '',
      [
        Validators.required,
        (control: AbstractControl<string>): ValidationErrors | null => {
          const length = control.value.trim().length;
          return length > 0 && (length < this.limits.min || length > this.limits.max)
            ? { length: true }
            : null;
        },
        (control: AbstractControl<string>): ValidationErrors | null =>
          this.data.quartiers.some(
            (other) =>
              other.code !== this.data.quartier?.code && sameQuartierName(other.label, control.value),
          )
            ? { taken: true }
            : null,
      ],
    ],
  });
  readonly submission = new FormSubmission();

  async save(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const label = this.form.getRawValue().label.trim().replace(/\s+/g, ' ');
    const quartier = this.data.quartier;
    if (quartier?.label === label) {
      this.dialog.close();
      return;
    }
    await this.submission.send(
      () =>
        quartier
          ? this.api.update(quartier.code, { label, version: quartier.version })
          : this.api.add({ label }),
      (saved) => this.dialog.close(saved),
    );
    // Changed meanwhile from another page: the list is read again, with the message.
    if (this.submission.stale()) this.dialog.close(STALE);
  }
}
