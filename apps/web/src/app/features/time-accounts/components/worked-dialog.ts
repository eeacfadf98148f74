import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { formatDateFr, localDateOf, localTimeOf, type ShiftResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { WorkedStore } from '../data-access/worked.store';
import type { WorkedRow } from '../domain/worked';
import { compensationLabel, hoursFr, overtimeTotal } from '../words/time-words';
import { type WorkedEditData, WorkedEditDialog } from './worked-edit-dialog';

export interface WorkedDialogData {
  shift: ShiftResponse;
  /** The service's agents, for « Rappel sur repos ». */
  agents: { id: string; name: string }[];
}

/**
 * « Heures réalisées » of a shift whose day has begun: each agent on it, planned against worked
 * (the published roster until a supervisor confirms or corrects it), and those recalled onto it.
 */
@Component({
  selector: 'vg-worked-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressBarModule, SvgIcon],
  providers: [WorkedStore],
  template: `
    <h2 mat-dialog-title i18n>Heures réalisées</h2>
    <mat-dialog-content>
      <p class="subtitle">{{ subtitle }}</p>
      @if (store.loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Chargement des heures réalisées" i18n-aria-label />
      }
      @if (store.error(); as message) {
        <p class="vg-error" role="alert" data-testid="worked-list-error">{{ message }}</p>
      }
      <ul class="rows" data-testid="worked-rows">
        @for (row of store.rows(); track row.agentId) {
          <li [attr.data-testid]="'worked-row-' + row.agentId">
            <div class="text">
              <span class="name">{{ row.name }}</span>
              <span class="detail">{{ planned(row) }}</span>
              <span class="detail" [class.corrected]="row.worked" data-testid="worked-actual">{{
                actual(row)
              }}</span>
              @if (row.worked; as worked) {
                <span class="reason">« {{ worked.reason }} »</span>
              }
            </div>
            <button
              mat-stroked-button
              type="button"
              (click)="edit(row)"
              [attr.aria-label]="editLabel(row)"
              data-testid="worked-edit"
            >
              @if (row.worked) {
                <ng-container i18n>Corriger</ng-container>
              } @else {
                <ng-container i18n>Confirmer ou corriger</ng-container>
              }
            </button>
          </li>
        } @empty {
          @if (!store.loading()) {
            <li class="empty" i18n>Personne n’était affecté à ce créneau.</li>
          }
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions>
      <button mat-button type="button" (click)="recall()" data-testid="worked-recall">
        <mat-icon svgIcon="person_add" />
        <span i18n>Rappel sur repos</span>
      </button>
      <span class="spacer"></span>
      <button mat-button mat-dialog-close type="button" i18n>Fermer</button>
    </mat-dialog-actions>
  `,
  styles: `
    @use '../../../shared/ui/dialog-list' as *;

    .subtitle {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }

    .rows {
      @include dialog-list($row-gap: 8px 12px, $text-flex: 1 1 220px);

      // A row's buttons go under its text on a phone.
      li {
        flex-wrap: wrap;
      }
    }

    .name {
      font-weight: 500;
      color: var(--vg-navy);
    }

    .detail {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);

      &.corrected {
        color: #1f4e93;
        font-weight: 500;
      }
    }

    .reason {
      font-size: 0.8125rem;
      font-style: italic;
    }

    .empty {
      color: var(--mat-sys-on-surface-variant);
    }

    .spacer {
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkedDialog implements OnInit {
  readonly data = inject<WorkedDialogData>(MAT_DIALOG_DATA);
  readonly store = inject(WorkedStore);
  private readonly dialogs = inject(MatDialog);
  readonly subtitle = $localize`${this.data.shift.label}, ${formatDateFr(localDateOf(this.data.shift.startsAt))}`;

  ngOnInit(): void {
    void this.store.load(this.data.shift);
  }

  planned(row: WorkedRow): string {
    return row.planned
      ? $localize`Prévu ${localTimeOf(row.planned.startsAt)}–${localTimeOf(row.planned.endsAt)}`
      : $localize`Rappelé sur repos`;
  }

  /** What counts as worked: the recorded hours, else the roster's. */
  actual(row: WorkedRow): string {
    const worked = row.worked;
    if (!worked) return $localize`Réalisé : comme prévu (planning publié)`;
    const span = `${localTimeOf(worked.startsAt)}–${localTimeOf(worked.endsAt)}`;
    const extra = overtimeTotal(worked.overtime);
    return extra > 0
      ? $localize`Réalisé ${span} · ${hoursFr(extra)} sup. ${compensationLabel(worked)}`
      : $localize`Réalisé ${span}`;
  }

  /** The button's own words first, then whose hours (the name heard is the one seen, and more). */
  editLabel(row: WorkedRow): string {
    return row.worked ? $localize`Corriger : ${row.name}` : $localize`Confirmer ou corriger : ${row.name}`;
  }

  edit(row: WorkedRow): Promise<unknown> {
    return this.open({ shift: this.data.shift, store: this.store, row, recallable: [] });
  }

  recall(): Promise<unknown> {
    const present = new Set(this.store.rows().map((row) => row.agentId));
    const recallable = this.data.agents.filter((agent) => !present.has(agent.id));
    return this.open({ shift: this.data.shift, store: this.store, row: null, recallable });
  }

  private open(data: WorkedEditData): Promise<unknown> {
    return firstValueFrom(
      this.dialogs
        .open(WorkedEditDialog, { data, width: '440px', maxWidth: '95vw', autoFocus: 'first-tabbable' })
        .afterClosed(),
    );
  }
}
