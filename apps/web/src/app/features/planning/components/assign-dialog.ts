import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

/** One line of the dialog: a shift for an agent's day, or an agent for a shift. */
export interface AssignChoice {
  shiftId: string;
  agentId: string;
  title: string;
  detail: string;
  colour: string | null;
  assigned: boolean;
  /** The hard rules the assignment would break, in French; empty when it may be made. */
  findings: string[];
}

export interface AssignDialogData {
  title: string;
  subtitle: string;
  editable: boolean;
  choices: AssignChoice[];
  empty: string;
}

export interface AssignDialogResult {
  action: 'assign' | 'unassign';
  shiftId: string;
  agentId: string;
}

/**
 * « Affecter »: the keyboard's way to assign. For an agent's day, that day's shifts; for a
 * shift, the agents (on it first, then those available, then the others with the rule that
 * stops them). Each choice says at once whether the rules allow it.
 */
@Component({
  selector: 'vg-assign-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p class="subtitle">{{ data.subtitle }}</p>
      <ul class="choices" data-testid="assign-choices">
        @for (choice of data.choices; track choice.shiftId + choice.agentId) {
          <li [class.blocked]="!choice.assigned && choice.findings.length > 0" data-testid="assign-choice">
            @if (choice.colour) {
              <span class="swatch" [style.background]="choice.colour" aria-hidden="true"></span>
            }
            <div class="text">
              <span class="title">{{ choice.title }}</span>
              <span class="detail">{{ choice.detail }}</span>
              @if (choice.assigned) {
                <span class="state on" i18n>Affecté</span>
              } @else if (choice.findings.length > 0) {
                @for (finding of choice.findings; track $index) {
                  <span class="state refused">{{ finding }}</span>
                }
              } @else if (data.editable) {
                <span class="state ok" i18n>Disponible</span>
              }
            </div>
            @if (data.editable) {
              @if (choice.assigned) {
                <button
                  mat-stroked-button
                  type="button"
                  [mat-dialog-close]="result('unassign', choice)"
                  [attr.aria-label]="ariaLabel('unassign', choice)"
                >
                  <ng-container i18n>Retirer</ng-container>
                </button>
              } @else {
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="choice.findings.length > 0"
                  [mat-dialog-close]="result('assign', choice)"
                  [attr.aria-label]="ariaLabel('assign', choice)"
                >
                  <ng-container i18n>Affecter</ng-container>
                </button>
              }
            }
          </li>
        } @empty {
          <li class="empty">{{ data.empty }}</li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n>Fermer</button>
    </mat-dialog-actions>
  `,
  styles: `
    @use '../../../shared/ui/dialog-list' as *;

    .subtitle {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }

    .choices {
      @include dialog-list($row-gap: 12px, $text-flex: 1);
    }

    .swatch {
      flex: none;
      width: 6px;
      align-self: stretch;
      border-radius: 3px;
    }

    .title {
      font-weight: 500;
      color: var(--vg-navy);
    }

    .detail {
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .state {
      font-size: 0.8125rem;

      &.ok {
        color: var(--vg-ok);
      }

      &.on {
        color: #1f4e93;
        font-weight: 500;
      }

      &.refused {
        color: var(--vg-danger);
      }
    }

    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignDialog {
  readonly data = inject<AssignDialogData>(MAT_DIALOG_DATA);

  ariaLabel(action: AssignDialogResult['action'], choice: AssignChoice): string {
    return action === 'assign' ? $localize`Affecter : ${choice.title}` : $localize`Retirer : ${choice.title}`;
  }

  result(action: AssignDialogResult['action'], choice: AssignChoice): AssignDialogResult {
    return { action, shiftId: choice.shiftId, agentId: choice.agentId };
  }
}
