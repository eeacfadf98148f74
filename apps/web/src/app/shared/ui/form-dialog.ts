import type { ComponentType } from '@angular/cdk/portal';
import { ReactiveFormsModule } from '@angular/forms';
import { type MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';

import { DialogActions } from './dialog-actions';

/**
 * What every form dialog is made of (its title and content, its reactive fields, its « Annuler »
 * and save buttons), imported at once: `imports: [FORM_DIALOG, MatSelectModule]`.
 */
export const FORM_DIALOG = [
  DialogActions,
  MatDialogModule,
  MatFormFieldModule,
  MatInputModule,
  ReactiveFormsModule,
] as const;

/**
 * Opens a form dialog on `data` as the pages do: the focus on its first field, no wider than a
 * phone's screen. Emits what it closed with (`R`), or nothing when it was left.
 */
export function openFormDialog<R, D = unknown>(
  dialog: MatDialog,
  component: ComponentType<unknown>,
  data: D,
): Observable<R | undefined> {
  return dialog
    .open<unknown, D, R>(component, { data, autoFocus: 'first-tabbable', maxWidth: '95vw' })
    .afterClosed();
}
