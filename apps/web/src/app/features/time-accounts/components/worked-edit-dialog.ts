import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  formatDateFr,
  localDateOf,
  localTimeOf,
  PLANNING_PATTERNS,
  type ShiftResponse,
  TIME_ACCOUNT_LIMITS,
  type WorkedTimeResponse,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import type { WorkedStore } from '../data-access/worked.store';
import { draftHours, draftOf, workedBody, type WorkedDraft, type WorkedRow } from '../domain/worked';
import { hoursFr } from '../words/time-words';

export interface WorkedEditData {
  shift: ShiftResponse;
  store: WorkedStore;
  /** The agent's line; null to record a recall (an agent who was not on the shift). */
  row: WorkedRow | null;
  /** Those who may be recalled: the service's agents not on the shift. */
  recallable: { id: string; name: string }[];
}

/**
 * Confirms or corrects what one agent worked on a shift: start and end (24 h, an end before the
 * start is the next day's), why, and whether the overtime is paid or rested. « Rappel sur repos »
 * records an agent called in who was not on it.
 */
@Component({
  selector: 'vg-worked-edit-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (data.row; as row) {
        <ng-container i18n>Heures réalisées — {{ row.name }}</ng-container>
      } @else {
        <ng-container i18n>Rappel sur repos</ng-container>
      }
    </h2>
    <mat-dialog-content>
      <p class="context">{{ context }}</p>
      <form class="vg-form-column" (ngSubmit)="save()" id="worked-form" novalidate data-testid="worked-form">
        @if (!data.row) {
          <mat-form-field appearance="outline">
            <mat-label i18n>Agent rappelé</mat-label>
            <mat-select
              name="agent"
              [ngModel]="agentId()"
              (ngModelChange)="agentId.set($event)"
              data-testid="worked-agent"
            >
              @for (agent of data.recallable; track agent.id) {
                <mat-option [value]="agent.id">{{ agent.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <div class="times">
          <mat-form-field appearance="outline">
            <mat-label i18n>Début</mat-label>
            <input
              matInput
              name="start"
              inputmode="numeric"
              placeholder="hh:mm"
              maxlength="5"
              autocomplete="off"
              [ngModel]="draft().startTime"
              (ngModelChange)="set('startTime', $event)"
              data-testid="worked-start"
            />
            @if (timeProblem('startTime')) {
              <mat-hint class="vg-error" i18n>Une heure hh:mm, de 00:00 à 23:59.</mat-hint>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label i18n>Fin</mat-label>
            <input
              matInput
              name="end"
              inputmode="numeric"
              placeholder="hh:mm"
              maxlength="5"
              autocomplete="off"
              [ngModel]="draft().endTime"
              (ngModelChange)="set('endTime', $event)"
              data-testid="worked-end"
            />
            @if (timeProblem('endTime')) {
              <mat-hint class="vg-error" i18n>Une heure hh:mm, de 00:00 à 23:59.</mat-hint>
            } @else if (duration(); as duration) {
              <mat-hint data-testid="worked-duration">{{ duration }}</mat-hint>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label i18n>Motif</mat-label>
          <textarea
            matInput
            name="reason"
            rows="2"
            [maxlength]="limits.max"
            [ngModel]="draft().reason"
            (ngModelChange)="set('reason', $event)"
            placeholder="Interpellation en fin de service, rappelé pour un renfort…"
            i18n-placeholder
            data-testid="worked-reason"
          ></textarea>
          @if (submission.serverErrors()['reason']; as message) {
            <mat-hint class="vg-error">{{ message }}</mat-hint>
          } @else {
            <mat-hint i18n>L’agent le lit dans « Mon temps ».</mat-hint>
          }
        </mat-form-field>
        <div class="compensation">
          <span id="compensation-label" i18n>Heures supplémentaires</span>
          <mat-button-toggle-group
            name="compensation"
            aria-labelledby="compensation-label"
            [ngModel]="draft().compensation"
            (ngModelChange)="set('compensation', $event)"
            data-testid="worked-compensation"
          >
            <mat-button-toggle value="PAYMENT" i18n>Payées</mat-button-toggle>
            <mat-button-toggle value="REST" i18n>En récupération</mat-button-toggle>
          </mat-button-toggle-group>
        </div>
      </form>
      @if (submission.error(); as message) {
        <p class="vg-error" role="alert" data-testid="worked-error">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close type="button" i18n>Annuler</button>
      <button
        mat-flat-button
        type="submit"
        form="worked-form"
        [disabled]="!complete() || submission.saving()"
        data-testid="worked-save"
      >
        {{ saveLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .context {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }

    .times {
      display: flex;
      gap: 12px;

      mat-form-field {
        flex: 1 1 0;
        min-width: 0;
      }
    }

    .compensation {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-block: 4px 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkedEditDialog {
  readonly data = inject<WorkedEditData>(MAT_DIALOG_DATA);
  private readonly dialog = inject(MatDialogRef<WorkedEditDialog, WorkedTimeResponse>);
  readonly limits = TIME_ACCOUNT_LIMITS.workedReason;
  readonly submission = new FormSubmission();

  readonly agentId = signal<string | null>(this.data.row?.agentId ?? null);
  readonly draft = signal<WorkedDraft>(draftOf(this.data.shift, this.data.row?.worked ?? null));
  readonly duration = computed(() => {
    const hours = draftHours(this.data.shift, this.draft());
    return hours === null ? null : $localize`${hoursFr(hours)} réalisées`;
  });
  readonly complete = computed(
    () =>
      !!this.agentId() &&
      workedBody(this.data.shift, this.draft()) !== null &&
      this.draft().reason.trim().length >= this.limits.min,
  );
  readonly context = this.contextLine();
  readonly saveLabel = this.data.row?.worked ? $localize`Corriger` : $localize`Enregistrer`;

  set<K extends keyof WorkedDraft>(key: K, value: WorkedDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [key]: value }));
  }

  timeProblem(key: 'startTime' | 'endTime'): boolean {
    const value = this.draft()[key];
    return value.length >= 4 && !PLANNING_PATTERNS.localTime.test(value);
  }

  async save(): Promise<void> {
    const agentId = this.agentId();
    const body = workedBody(this.data.shift, this.draft(), this.data.row?.worked?.version);
    if (!agentId || !body || !this.complete() || this.submission.saving()) return;
    await this.submission.send(
      () => this.data.store.record(agentId, body),
      (saved) => this.dialog.close(saved),
    );
  }

  /** « Patrouille du matin, 05/12/2026 — prévu 07:00–15:00 ». */
  private contextLine(): string {
    const { shift, row } = this.data;
    const day = formatDateFr(localDateOf(shift.startsAt));
    const planned = `${localTimeOf(shift.startsAt)}–${localTimeOf(shift.endsAt)}`;
    return row?.planned
      ? $localize`${shift.label}, ${day} — prévu ${planned}`
      : $localize`${shift.label}, ${day} (${planned}) : un agent qui n’était pas au planning.`;
  }
}
