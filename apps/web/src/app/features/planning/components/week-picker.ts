import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { isoDateOfPicker, pickerDateOf, weekStart } from '@vigie/shared';

import { provideFrenchDates } from '../../../shared/ui/french-dates';

/**
 * « Semaine du »: a day picked in the calendar (or typed, dd/MM/yyyy) gives its week's Monday.
 * Its own component so the planning draws its week before the datepicker's code has arrived.
 */
@Component({
  selector: 'vg-week-picker',
  imports: [
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatInput,
    MatLabel,
    MatSuffix,
  ],
  providers: [provideFrenchDates()],
  template: `
    <mat-form-field appearance="outline" class="date" subscriptSizing="dynamic">
      <mat-label i18n>Semaine du</mat-label>
      <input matInput [matDatepicker]="picker" [value]="date()" (dateChange)="pick($event.value)" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
    </mat-form-field>
  `,
  styleUrl: './week-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekPicker {
  /** The Monday shown, `YYYY-MM-DD`. */
  readonly monday = input.required<string>();
  /** The Monday of the week picked. */
  readonly picked = output<string>();

  readonly date = computed(() => pickerDateOf(this.monday()));

  pick(date: Date | null): void {
    if (date) this.picked.emit(weekStart(isoDateOfPicker(date)));
  }
}
