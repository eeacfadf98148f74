import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { type DashboardBackupResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { backupSize } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';

/**
 * The backups' line under the chief's greeting: when the database was last backed up, and a
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
      gap: 4px 10px;
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      font-size: 0.875rem;

      mat-icon {
        flex: none;
        width: 20px;
        height: 20px;
        color: var(--vg-ok);
      }

      &.warn {
        background: var(--vg-warning-container, #fff3d6);
        color: #4d3400;

        mat-icon {
          color: #8a5a00;
        }
      }
    }

    .what {
      display: flex;
      flex-wrap: wrap;
      gap: 0 6px;
      flex: 1 1 240px;
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
