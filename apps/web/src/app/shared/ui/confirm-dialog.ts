import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule } from '@angular/material/dialog';
import type { Observable } from 'rxjs';

export interface ConfirmData {
  title: string;
  message: string;
  confirm: string;
  /** `danger` (default) for what cannot be undone, `primary` for an ordinary confirmation. */
  tone?: 'danger' | 'primary';
  /** What the confirmation changes, one line each (« Alain Martin — +35 h → solde −12 h »), under `linesTitle`. */
  lines?: readonly { label: string; value: string; tone?: 'over' | 'under' }[];
  linesTitle?: string;
}

/** Asks before something that cannot be undone (or matters); closes with `true` when confirmed. */
@Component({
  selector: 'vg-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
      @if (data.lines?.length) {
        <h3 class="lines-title">{{ data.linesTitle }}</h3>
        <ul class="lines" data-testid="confirm-lines">
          @for (line of data.lines; track line.label) {
            <li>
              <span>{{ line.label }}</span>
              <span class="value" [class.over]="line.tone === 'over'" [class.under]="line.tone === 'under'">{{
                line.value
              }}</span>
            </li>
          }
        </ul>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button [mat-dialog-close]="false" type="button" i18n>Annuler</button>
      <button
        mat-flat-button
        [class.danger]="(data.tone ?? 'danger') === 'danger'"
        [mat-dialog-close]="true"
        type="button"
        data-testid="confirm"
      >
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--vg-danger);
    }
    .lines-title {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .lines {
      margin: 0;
      padding: 0;
      list-style: none;
      max-height: 40vh;
      overflow-y: auto;
    }
    .lines li {
      display: flex;
      justify-content: space-between;
      gap: 16px;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .value {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .over {
      color: var(--vg-danger);
    }
    .under {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Asks `data`'s question in a dialog no wider than the screen; emits `true` once confirmed. */
export function askToConfirm(dialog: MatDialog, data: ConfirmData): Observable<boolean | undefined> {
  return dialog
    .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, maxWidth: '95vw' })
    .afterClosed();
}
