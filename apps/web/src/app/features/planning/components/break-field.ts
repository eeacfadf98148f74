import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PLANNING_LIMITS } from '@vigie/shared';

import { type BreakHint } from '../domain/shift-type-form';

/**
 * The break of a shift or of a shift type, in minutes: the shared limits bound it, and under it
 * the shared break hint says the rule or what is wrong, so both dialogs say the same thing.
 */
@Component({
  selector: 'vg-break-field',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <!-- The hint runs to two lines on a phone: the field grows rather than covering the next one. -->
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label i18n>Pause (minutes)</mat-label>
      <input
        matInput
        type="number"
        [min]="limits.min"
        [max]="limits.max"
        [formControl]="control()"
        [attr.data-testid]="testId()"
      />
      @if (control().invalid) {
        <mat-error i18n>De {{ limits.min }} à {{ limits.max }} minutes.</mat-error>
      } @else if (serverError(); as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      } @else {
        <mat-hint [class.vg-error]="hint().warning" [attr.data-testid]="testId() + '-hint'">{{
          hint().text
        }}</mat-hint>
      }
    </mat-form-field>
  `,
})
export class BreakField {
  /** The form's break control (empty allowed where the API gives the statutory break). */
  readonly control = input.required<FormControl<number | null>>();
  readonly hint = input.required<BreakHint>();
  /** What the API said of the break, if anything. */
  readonly serverError = input<string | undefined>();
  /** `shift-break` or `type-break`: the journeys find the field and its hint by it. */
  readonly testId = input.required<string>();

  protected readonly limits = PLANNING_LIMITS.breakMinutes;
}
