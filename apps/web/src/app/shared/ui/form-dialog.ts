import { ReactiveFormsModule } from '@angular/forms';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

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
