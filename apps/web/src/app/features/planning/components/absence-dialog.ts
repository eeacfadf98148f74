import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import type { AbsenceResponse } from '@vigie/shared';

import { AbsenceForm, type AgentOption } from './absence-form';

/** The chief records an absence for any agent: approved at once. Closes with it. */
@Component({
  selector: 'vg-absence-dialog',
  imports: [AbsenceForm, MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n>Enregistrer une absence</h2>
    <mat-dialog-content>
      <p class="hint" i18n>Enregistrée par le chef de service, l’absence est acceptée d’emblée.</p>
      <vg-absence-form
        [agents]="agents"
        submitLabel="Enregistrer"
        i18n-submitLabel
        (saved)="dialog.close($event)"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n>Annuler</button>
    </mat-dialog-actions>
  `,
  styles: `
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }

    vg-absence-form {
      display: block;
      min-width: min(480px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsenceDialog {
  readonly agents = inject<AgentOption[]>(MAT_DIALOG_DATA);
  readonly dialog = inject(MatDialogRef<AbsenceDialog, AbsenceResponse>);
}
