import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RosterChangeResponse } from '@vigie/shared';

import { dayMonthAt } from '../../../shared/time/date-words';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { unreadCount } from '../domain/my-planning';

/** The changes made to the agent's published shifts, the unread ones highlighted. */
@Component({
  selector: 'vg-roster-changes',
  imports: [MatButtonModule, SvgIcon],
  template: `
    @if (unread() > 0) {
      <div class="top">
        <span class="unread-count" data-testid="unread-count">
          @if (unread() === 1) {
            <ng-container i18n>1 modification non lue</ng-container>
          } @else {
            <ng-container i18n>{{ unread() }} modifications non lues</ng-container>
          }
        </span>
        <button mat-stroked-button type="button" (click)="markRead.emit()" data-testid="mark-read" i18n>
          Marquer comme lu
        </button>
      </div>
    }
    <ul class="changes">
      @for (change of changes(); track change.id) {
        <li [class.unread]="!change.read" data-testid="roster-change">
          <mat-icon aria-hidden="true" [svgIcon]="change.read ? 'history' : 'notifications_active'" />
          <div>
            <span class="summary">{{ change.summary }}</span>
            <span class="meta">
              {{ when(change.at) }}
              @if (change.by) {
                · <ng-container i18n>par {{ change.by }}</ng-container>
              }
              @if (!change.read) {
                · <strong i18n>nouveau</strong>
              }
            </span>
          </div>
        </li>
      } @empty {
        <li class="none" i18n>Aucune modification de votre planning publié.</li>
      }
    </ul>
  `,
  styles: `
    .top {
      display: flex;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }

    .unread-count {
      font-weight: 500;
      color: #1f4e93;
    }

    .changes {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    li {
      display: flex;
      gap: 10px;
      padding: 8px 10px;
      border-radius: 8px;

      mat-icon {
        flex: none;
        color: var(--mat-sys-on-surface-variant);
      }

      div {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }

      &.unread {
        background: #e3ecf8;

        mat-icon {
          color: #1f4e93;
        }

        .summary {
          font-weight: 500;
        }
      }
    }

    .meta {
      font-size: 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .none {
      padding: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterChanges {
  readonly changes = input.required<RosterChangeResponse[]>();
  readonly markRead = output();

  readonly unread = computed(() => unreadCount(this.changes()));

  when(at: string): string {
    return $localize`le ${dayMonthAt(at)}`;
  }
}
