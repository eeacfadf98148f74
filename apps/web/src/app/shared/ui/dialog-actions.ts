import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The foot of a form dialog: « Annuler » closes it, the projected label submits the form named
 * `form` (the form sits in the dialog's content, above), disabled while it is being saved.
 */
@Component({
  selector: 'vg-dialog-actions',
  imports: [MatButtonModule, MatDialogModule],
  // No box of its own: the actions stay a row of the dialog's column, pinned under the content.
  host: { style: 'display: contents' },
  template: `
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n>Annuler</button>
      <button mat-flat-button type="submit" [attr.form]="form()" [disabled]="saving()">
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
}
