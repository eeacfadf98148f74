import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { type AbsenceDecisionDto, type AbsenceResponse, PLANNING_LIMITS } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { periodLabel } from '../../../shared/time/date-words';
import { AbsencesApi } from '../data-access/absences.api';
import { absenceKindLabel } from '../words/planning-words';

export interface DecisionData {
  absence: AbsenceResponse;
  approved: boolean;
}

/** The chief accepts or refuses a request, with a note for the agent; closes with the decided absence. */
@Component({
  selector: 'vg-decision-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <h2 mat-dialog-title>
      @if (data.approved) {
        <ng-container i18n>Accepter la demande de {{ data.absence.agentName }}</ng-container>
      } @else {
        <ng-container i18n>Refuser la demande de {{ data.absence.agentName }}</ng-container>
      }
    </h2>
    <mat-dialog-content>
      <p>
        {{ kind }} {{ period }}
        @if (data.absence.note) {
          — « {{ data.absence.note }} »
        }
      </p>
      <mat-form-field appearance="outline" class="note">
        <mat-label i18n>Note pour l’agent (facultative)</mat-label>
        <textarea
          matInput
          [formControl]="note"
          rows="3"
          [maxlength]="limits.decisionNote.max"
          data-testid="decision-note"
        ></textarea>
      </mat-form-field>
      @if (data.approved) {
        @if (overriding()) {
          <mat-form-field appearance="outline" class="note">
            <mat-label i18n>Motif du dépassement de solde</mat-label>
            <textarea
              matInput
              [formControl]="override"
              rows="2"
              [maxlength]="limits.balanceOverride.max"
              data-testid="decision-override"
            ></textarea>
            <mat-hint i18n
              >Obligatoire pour accepter une absence au-delà du solde ; gardé au dossier.</mat-hint
            >
          </mat-form-field>
        }
        <p class="hint" i18n>Ses affectations pendant l’absence seront signalées à revoir.</p>
      }
      @if (error(); as message) {
        <p class="vg-error" role="alert">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n>Annuler</button>
      <button
        mat-flat-button
        type="button"
        [class.danger]="!data.approved"
        (click)="decide()"
        [disabled]="saving()"
        data-testid="decision-confirm"
      >
        @if (data.approved && overriding()) {
          <ng-container i18n>Accepter malgré le solde</ng-container>
        } @else if (data.approved) {
          <ng-container i18n>Accepter</ng-container>
        } @else {
          <ng-container i18n>Refuser</ng-container>
        }
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .note {
      width: 100%;
      min-width: min(420px, 80vw);
    }

    .hint {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .danger {
      --mat-button-filled-container-color: var(--vg-danger);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionDialog {
  private readonly api = inject(AbsencesApi);
  private readonly dialog = inject(MatDialogRef<DecisionDialog, AbsenceResponse>);
  readonly data = inject<DecisionData>(MAT_DIALOG_DATA);

  readonly kind = absenceKindLabel(this.data.absence.kind);
  readonly period = periodLabel(this.data.absence.startsAt, this.data.absence.endsAt);
  readonly limits = PLANNING_LIMITS;
  readonly note = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(PLANNING_LIMITS.decisionNote.max),
  });
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);

  /**
   * The API refused the approval: the balance would go negative (its message says by how much).
   * Not read beforehand: the decision stays one request.
   */
  private readonly refused = signal(false);
  /** The chief may still approve it, saying why (kept with the absence). */
  readonly overriding = computed(() => this.data.approved && this.refused());
  readonly override = new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.minLength(PLANNING_LIMITS.balanceOverride.min),
      Validators.maxLength(PLANNING_LIMITS.balanceOverride.max),
    ],
  });

  async decide(): Promise<void> {
    if (this.note.invalid || this.override.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    const balanceOverride = this.overriding() ? this.override.value.trim() || undefined : undefined;
    const body: AbsenceDecisionDto = {
      approved: this.data.approved,
      note: this.note.value.trim() || undefined,
      ...(balanceOverride ? { balanceOverride } : {}),
    };
    try {
      this.dialog.close(await this.api.decide(this.data.absence.id, body));
    } catch (error) {
      const problem = problemOf(error);
      this.refused.set(this.refused() || problem.reason === 'LEAVE_BALANCE_EXCEEDED');
      this.error.set(problem.detail);
    } finally {
      this.saving.set(false);
    }
  }
}
