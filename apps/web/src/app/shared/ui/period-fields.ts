import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { isoDateOfPicker, pickerDateOf } from '@vigie/shared';

/**
 * « Du » and « Au »: a period of days picked in French (dd/MM/yyyy), bound to two ISO dates.
 * The page provides the French date adapter. The host lays its fields out inline, so they wrap
 * with the page's other fields on a phone.
 */
@Component({
  selector: 'vg-period-fields',
  imports: [FormsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
    mat-form-field {
      flex: 1 1 180px;
    }
  `,
  template: `
    <mat-form-field appearance="outline">
      <mat-label i18n>Du</mat-label>
      <input
        matInput
        [matDatepicker]="fromPicker"
        [ngModel]="fromDay()"
        (ngModelChange)="set(from, $event)"
        [attr.data-testid]="testIdPrefix() + '-from'"
      />
      <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
      <mat-datepicker #fromPicker />
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label i18n>Au</mat-label>
      <input
        matInput
        [matDatepicker]="toPicker"
        [ngModel]="toDay()"
        (ngModelChange)="set(to, $event)"
        [attr.data-testid]="testIdPrefix() + '-to'"
      />
      <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
      <mat-datepicker #toPicker />
      @if (problem(); as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      }
    </mat-form-field>
  `,
})
export class PeriodFields {
  /** First day, `YYYY-MM-DD`. */
  readonly from = model.required<string>();
  /** Last day, `YYYY-MM-DD`. */
  readonly to = model.required<string>();
  /** `derogation` or `rollout`: the journeys find `<prefix>-from` and `<prefix>-to`. */
  readonly testIdPrefix = input.required<string>();
  /** What is wrong with the period, said under « Au ». */
  readonly problem = input<string | null>(null);

  protected readonly fromDay = computed(() => pickerDateOf(this.from()));
  protected readonly toDay = computed(() => pickerDateOf(this.to()));

  /** A half-typed or impossible date keeps the last good one. */
  protected set(target: typeof this.from, value: unknown): void {
    if (value instanceof Date && !Number.isNaN(value.getTime())) target.set(isoDateOfPicker(value));
  }
}
