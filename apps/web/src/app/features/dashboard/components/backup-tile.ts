import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { type DashboardBackupResponse, formatInstantFr } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { backupSize } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/**
 * « Sauvegardes » (the chief's): when the database was last backed up, and a warning when the
 * last attempt failed or the last backup is older than 36 hours (API: `/api/dashboard/backup`).
 */
@Component({
  selector: 'vg-backup-tile',
  imports: [SvgIcon, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Sauvegardes"
      i18n-heading
      icon="backup"
      loadingLabel="Chargement de l’état des sauvegardes"
      i18n-loadingLabel
      testId="tile-backup"
    >
      @if (tile.value(); as data) {
        <p
          class="state-line"
          [class.warn]="warning()"
          data-testid="backup-state"
          [attr.role]="warning() ? 'alert' : null"
        >
          <mat-icon aria-hidden="true" [svgIcon]="warning() ? 'warning' : 'cloud_done'" />
          <span>{{ data.message }}</span>
        </p>
        @if (data.lastSuccess; as last) {
          <dl class="facts">
            <div>
              <dt i18n>Dernière réussie</dt>
              <dd data-testid="backup-last">{{ when(last.finishedAt) }}</dd>
            </div>
            <div>
              <dt i18n>Taille</dt>
              <dd>{{ size(last.bytes) }}</dd>
            </div>
            <div>
              <dt i18n>Chiffrement</dt>
              <dd>{{ last.encrypted ? 'AES-256' : 'aucun' }}</dd>
            </div>
          </dl>
        }
        <p class="hint" i18n>
          Chaque nuit après la purge de conservation ; alerte au-delà de {{ data.staleAfterHours }} h.
        </p>
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss'],
  styles: `
    .state-line {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0 0 12px;
      font-weight: 500;

      mat-icon {
        flex: none;
        width: 20px;
        height: 20px;
        color: var(--vg-ok);
      }

      &.warn mat-icon {
        color: var(--vg-danger);
      }
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(96px, 1fr));
      gap: 8px;
      margin: 0 0 8px;

      dt {
        font-size: 12px;
        color: var(--mat-sys-on-surface-variant);
      }

      dd {
        margin: 0;
      }
    }

    .hint {
      margin: 0;
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BackupTile implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly tile = new Tile<DashboardBackupResponse>(() => this.api.backup());
  readonly warning = computed(() => {
    const state = this.tile.value()?.state;
    return state !== undefined && state !== 'OK';
  });
  readonly when = formatInstantFr;
  readonly size = backupSize;

  ngOnInit(): void {
    void this.tile.load();
  }
}
