import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ARMOURY_LIMITS } from '@vigie/shared';

/** Why the register changes: at least `reason.min` characters that are not blanks, at most `reason.max`. */
export const reasonValidators = [
  Validators.required,
  Validators.pattern(/\S(.*\S){4,}/s),
  Validators.maxLength(ARMOURY_LIMITS.reason.max),
];

/**
 * The reason a correction of the log or a weapon's new status is written with, alike in both
 * dialogs; its label is the content (« Motif », « Motif de la correction »).
 */
@Component({
  selector: 'vg-reason-field',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <mat-form-field appearance="outline">
      <mat-label><ng-content /></mat-label>
      <textarea
        matInput
        [formControl]="control()"
        rows="2"
        [maxlength]="limits.max"
        [attr.placeholder]="placeholder()"
        [attr.data-testid]="testId()"
      ></textarea>
      @if (control().invalid) {
        <mat-error i18n>Dites pourquoi ({{ limits.min }} caractères au moins).</mat-error>
      }
    </mat-form-field>
  `,
})
export class ReasonField {
  readonly control = input.required<FormControl<string | null> | FormControl<string>>();
  readonly testId = input.required<string>();
  readonly placeholder = input<string | null>(null);

  protected readonly limits = ARMOURY_LIMITS.reason;
}
