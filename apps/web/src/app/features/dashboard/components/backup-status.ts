import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { type DashboardBackupResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { backupSize } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';

/**
 * The backups' line under the chief's greeting (a quiet line in the header when all is well, so
 * every tile still fits a 1366×768 screen): when the database was last backed up, and a
 * warning (amber band, read out) when the last attempt failed or the last backup is older than
 * 36 hours (API: `/api/dashboard/backup`). Nothing is drawn while it loads: it is not a tile.
 */
@Component({
  selector: 'vg-backup-status',
  imports: [SvgIcon],
  template: `
    @if (status.value(); as data) {
      <p
        class="backup"
        [class.warn]="warning()"
        [attr.role]="warning() ? 'alert' : null"
        data-testid="backup-state"
      >
        <mat-icon aria-hidden="true" [svgIcon]="warning() ? 'warning' : 'cloud_done'" />
        <span class="what">
          <strong i18n>Sauvegardes</strong>
          <span>{{ data.message }}</span>
        </span>
        @if (data.lastSuccess; as last) {
          <span class="facts">
            {{ size(last.bytes) }} ·
            @if (last.encrypted) {
              <ng-container i18n>chiffrée</ng-container>
            } @else {
              <ng-container i18n>non chiffrée</ng-container>
            }
          </span>
        }
      </p>
    } @else if (status.error(); as message) {
      <p class="backup warn" role="alert" data-testid="backup-state">
        <mat-icon aria-hidden="true" svgIcon="warning" />
        <span class="what"
          ><strong i18n>Sauvegardes</strong> <span i18n>état indisponible : {{ message }}</span></span
        >
      </p>
    }
  `,
  styles: `
    .backup {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 8px;
      margin: 4px 0 0;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);

      mat-icon {
        flex: none;
        width: 18px;
        height: 18px;
        color: var(--vg-ok);
      }

      // An alert in the same one line (read out: role="alert"), so the tiles below never move.
      &.warn {
        color: #6b4500;
        font-weight: 500;

        mat-icon {
          color: #8a5a00;
        }
      }
    }

    .what {
      display: flex;
      flex-wrap: wrap;
      gap: 0 6px;
    }

    .facts {
      color: var(--mat-sys-on-surface-variant);
    }

    .warn .facts {
      color: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackupStatus implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly status = new Tile<DashboardBackupResponse>(() => this.api.backup());
  readonly warning = computed(() => {
    const state = this.status.value()?.state;
    return state !== undefined && state !== 'OK';
  });
  readonly size = backupSize;

  ngOnInit(): void {
    void this.status.load();
  }

  load(): Promise<void> {
    return this.status.load();
  }
}
