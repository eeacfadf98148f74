import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The foot of a form dialog: « Annuler » closes it, the projected label submits the form named
 * `form` (the form sits in the dialog's content, above), disabled while it is being saved or
 * once the record is stale. An element marked `vgDialogProblem` (what the API refused, a reload
 * button) stands before them, always in sight however long the form.
 */
@Component({
  selector: 'vg-dialog-actions',
  imports: [MatButtonModule, MatDialogModule],
  // No box of its own: the actions stay a row of the dialog's column, pinned under the content.
  host: { style: 'display: contents' },
  template: `
    <mat-dialog-actions align="end">
      <ng-content select="[vgDialogProblem]" />
      <button mat-button mat-dialog-close type="button" i18n>Annuler</button>
      <button
        mat-flat-button
        type="submit"
        [attr.form]="form()"
        [disabled]="saving() || stale()"
        [attr.data-testid]="testId()"
      >
        <ng-content />
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogActions {
  /** The id of the form the main button submits. */
  readonly form = input.required<string>();
  readonly saving = input(false);
  /** The record changed meanwhile: nothing to save until it is reloaded. */
  readonly stale = input(false);
  /** The main button's test id, for the journeys. */
  readonly testId = input<string | null>(null);
}
