import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { pickerDateOf, todayInParis } from '@vigie/shared';

/**
 * The day something already happened on an agent's record (a shooting session, the préfet's
 * decision), picked in French up to today, alike in both dialogs; its label is the content. The
 * dialog provides the French date adapter; the API's word on the field shows below.
 */
@Component({
  selector: 'vg-past-date-field',
  imports: [MatDatepickerModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline">
      <mat-label><ng-content /></mat-label>
      <input matInput [matDatepicker]="picker" [formControl]="control()" [max]="today" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      <mat-hint i18n>jj/mm/aaaa</mat-hint>
      @if (control().invalid) {
        <mat-error i18n>Indiquez une date passée valide (jj/mm/aaaa).</mat-error>
      }
      @if (serverError(); as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      }
    </mat-form-field>
  `,
  // Its field lays out in the form's column as if written there.
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PastDateField {
  readonly control = input.required<FormControl<Date | null>>();
  readonly serverError = input<string | undefined>(undefined);

  protected readonly today = pickerDateOf(todayInParis());
}
