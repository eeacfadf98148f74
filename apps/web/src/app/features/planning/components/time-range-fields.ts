import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * The start and end times (24 h, hh:mm) of a shift or of a shift type, with the length under the
 * end, so both dialogs take and check them alike. Its host lays out as nothing: the two fields sit
 * in the dialog's grid as its own fields do.
 */
@Component({
  selector: 'vg-time-range-fields',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    <mat-form-field appearance="outline">
      <mat-label i18n>Début</mat-label>
      <input
        matInput
        [formControl]="start()"
        inputmode="numeric"
        placeholder="hh:mm"
        maxlength="5"
        autocomplete="off"
        [attr.data-testid]="testId() + '-start'"
      />
      @if (start().invalid) {
        <mat-error i18n>Une heure hh:mm, de 00:00 à 23:59.</mat-error>
      }
      @if (serverErrors()['startTime']; as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      }
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label i18n>Fin</mat-label>
      <input
        matInput
        [formControl]="end()"
        inputmode="numeric"
        placeholder="hh:mm"
        maxlength="5"
        autocomplete="off"
        [attr.data-testid]="testId() + '-end'"
      />
      @if (end().invalid) {
        <mat-error i18n>Une heure hh:mm, de 00:00 à 23:59.</mat-error>
      } @else if (duration(); as length) {
        <mat-hint [attr.data-testid]="testId() + '-duration'">{{ length }}</mat-hint>
      }
      @if (serverErrors()['endTime']; as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      }
    </mat-form-field>
  `,
})
export class TimeRangeFields {
  readonly start = input.required<FormControl<string>>();
  readonly end = input.required<FormControl<string>>();
  /** « 7 h, finit le lendemain »; null while a time is not yet valid. */
  readonly duration = input<string | null>(null);
  /** What the API said, by field (`startTime`, `endTime`). */
  readonly serverErrors = input<Record<string, string>>({});
  /** `shift` or `type`: the journeys find `<id>-start`, `<id>-end` and `<id>-duration`. */
  readonly testId = input.required<string>();
}
