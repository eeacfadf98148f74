import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AbsenceResponse } from '@vigie/shared';

import { periodLabel } from '../../../shared/time/date-words';
import { absenceKindLabel } from '../words/planning-words';
import { AbsenceStatusChip } from './absence-status-chip';

/**
 * An agent's absence requests: the reason, the status, the period, and unless `compact` (a tile
 * on the agent's home) his note and the chief's answer. Each screen names the test id of a request.
 */
@Component({
  selector: 'vg-absence-requests',
  imports: [AbsenceStatusChip],
  template: `
    <ul class="requests">
      @for (absence of absences(); track absence.id) {
        <li [attr.data-testid]="itemTestId()">
          <div class="request-top">
            <span class="title">{{ kindLabel(absence.kind) }}</span>
            <vg-absence-status-chip [status]="absence.status" />
          </div>
          <span class="meta">{{ period(absence.startsAt, absence.endsAt) }}</span>
          @if (!compact()) {
            @if (absence.note) {
              <span class="meta">{{ absence.note }}</span>
            }
            @if (absence.decisionNote) {
              <span class="meta decision">
                <ng-container i18n>Réponse :</ng-container> {{ absence.decisionNote }}
              </span>
            }
          }
        </li>
      } @empty {
        <li class="none" i18n>Aucune demande d’absence récente.</li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }

    .requests {
      list-style: none;
      margin: 0;
      padding: 0;

      li {
        display: flex;
        flex-direction: column;
        gap: 2px;
        padding: 10px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);

        &:last-child {
          border-bottom: 0;
        }
      }

      .request-top {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
      }

      .title {
        font-weight: 500;
      }

      .meta {
        font-size: 0.8125rem;
        color: var(--mat-sys-on-surface-variant);
      }
    }

    :host(.compact) .requests li {
      padding: 8px 0;
    }

    .none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { '[class.compact]': 'compact()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsenceRequests {
  readonly absences = input.required<AbsenceResponse[]>();
  /** The reason, the status and the period only, a little closer together. */
  readonly compact = input(false);
  readonly itemTestId = input.required<string>();

  readonly kindLabel = absenceKindLabel;
  readonly period = periodLabel;
}
