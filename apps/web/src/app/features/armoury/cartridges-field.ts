import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * A count of cartridges (handed out, brought back, corrected), alike in the log's dialogs; its
 * label is the content (« Cartouches remises », « Cartouches rendues »). `explained` says the
 * bounds when the count is out of them; the API's word on the field shows below.
 */
@Component({
  selector: 'vg-cartridges-field',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <mat-form-field appearance="outline">
      <mat-label><ng-content /></mat-label>
      <input
        matInput
        type="number"
        inputmode="numeric"
        [formControl]="control()"
        [min]="min()"
        [max]="max()"
        [attr.data-testid]="testId()"
      />
      @if (explained() && control().invalid) {
        <mat-error i18n>De {{ min() }} à {{ max() }} cartouches.</mat-error>
      }
      @if (serverError(); as message) {
        <mat-hint class="vg-error">{{ message }}</mat-hint>
      }
    </mat-form-field>
  `,
  // Its field lays out in the form's column or grid as if written there.
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CartridgesField {
  readonly control = input.required<FormControl<number | null>>();
  readonly testId = input.required<string>();
  readonly min = input(0);
  readonly max = input.required<number>();
  readonly explained = input(false);
  readonly serverError = input<string | undefined>(undefined);
}
