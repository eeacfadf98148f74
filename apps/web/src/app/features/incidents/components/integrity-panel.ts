import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { localTimeOf, SERVICE_TIME_ZONE } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { IntegrityStore } from '../data-access/integrity.store';

/** The chief's view of the hash chain: whole, or the first link that no longer matches, in red. */
@Component({
  selector: 'vg-integrity-panel',
  imports: [MatButtonModule, SvgIcon, MatProgressBarModule, RouterLink],
  template: `
    @if (store.result(); as result) {
      @if (result.ok) {
        <p class="state ok" data-testid="integrity-state">
          <mat-icon aria-hidden="true" svgIcon="verified" />
          <span i18n>Chaîne intègre — {{ checked() }} maillons vérifiés</span>
        </p>
      } @else {
        <div class="state broken" role="alert" data-testid="integrity-state">
          <mat-icon aria-hidden="true" svgIcon="gpp_bad" />
          <div>
            <strong i18n>Chaîne rompue</strong>
            @if (result.problem) {
              <p>{{ result.problem }}</p>
            }
            @if (result.firstBrokenId; as brokenId) {
              @if (brokenId === incidentId()) {
                <p i18n>Le premier maillon rompu est cette entrée.</p>
              } @else {
                <a [routerLink]="['/main-courante', brokenId]" data-testid="broken-link" i18n
                  >Voir l’entrée du premier maillon rompu</a
                >
              }
            }
          </div>
        </div>
      }
    }
    @if (head(); as head) {
      <p class="head" data-testid="chain-head">
        <span i18n>Tête de chaîne : maillon n° {{ head.seq }}</span>
        <code [title]="head.hash">{{ head.hash.slice(0, 16) }}…</code>
      </p>
    }
    @if (anchor(); as anchor) {
      <p class="anchor" data-testid="chain-anchor" i18n>
        Entrées purgées (durée de conservation) jusqu’au maillon n° {{ anchor.seq }} le {{ anchor.on }} : la
        vérification part de là.
      </p>
    }
    <!-- A head no longer found breaks the chain: said above, in red. -->
    @if (store.exported(); as exported) {
      @if (exported.status === 'FOUND' || exported.status === 'PURGED') {
        <p class="exported" data-testid="exported-state">{{ exported.message }}</p>
      }
    }
    <div class="actions">
      <button
        mat-stroked-button
        type="button"
        (click)="exportHead()"
        [disabled]="!head()"
        data-testid="export-head"
      >
        <mat-icon svgIcon="download" />
        <span i18n>Exporter l’empreinte</span>
      </button>
      <button
        mat-stroked-button
        type="button"
        (click)="file.click()"
        [disabled]="store.checking()"
        data-testid="check-head"
      >
        <mat-icon svgIcon="fact_check" />
        <span i18n>Vérifier une empreinte</span>
      </button>
      <input
        #file
        type="file"
        accept="application/json,.json"
        hidden
        (change)="fileChosen($event)"
        data-testid="head-file"
        aria-label="Fichier d’empreinte exporté"
        i18n-aria-label
      />
    </div>
    @if (store.checking()) {
      <mat-progress-bar mode="indeterminate" aria-label="Vérification de la chaîne" i18n-aria-label />
    }
    @if (store.error(); as message) {
      <p class="vg-error" role="alert">{{ message }}</p>
    }
    <div class="foot">
      @if (checkedAt(); as time) {
        <span i18n>Vérifiée à {{ time }}</span>
      }
      <button
        mat-button
        type="button"
        (click)="store.check()"
        [disabled]="store.checking()"
        data-testid="integrity-recheck"
      >
        <mat-icon svgIcon="sync" />
        <span i18n>Vérifier à nouveau</span>
      </button>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }

    .state {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 0;
      padding: 10px 12px;
      border-radius: 10px;
      font-weight: 500;

      p {
        margin: 4px 0 0;
        font-weight: 400;
      }
    }

    .ok {
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .broken {
      background: #fdecea;
      color: var(--vg-danger);

      a {
        display: inline-block;
        margin-top: 6px;
        color: var(--vg-danger);
      }
    }

    .head,
    .anchor,
    .exported {
      margin: 0;
      font-size: 0.875rem;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: baseline;

      code {
        font-size: 0.8125rem;
        overflow-wrap: anywhere;
      }
    }

    .anchor {
      color: var(--mat-sys-on-surface-variant);
    }

    .exported {
      padding: 8px 12px;
      border-radius: 10px;
      background: #e2f3e7;
      color: var(--vg-ok);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }

    .foot {
      display: flex;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 4px;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntegrityPanel implements OnInit {
  readonly store = inject(IntegrityStore);
  /** The entry shown, to say when it is the broken link. */
  readonly incidentId = input<string | null>(null);

  readonly checked = computed(() => (this.store.result()?.checked ?? 0).toLocaleString('fr-FR'));
  readonly checkedAt = computed(() => {
    const at = this.store.checkedAt();
    return at ? localTimeOf(at) : null;
  });

  readonly head = computed(() => this.store.result()?.head ?? null);
  readonly anchor = computed(() => {
    const anchor = this.store.result()?.anchor;
    return anchor
      ? {
          seq: anchor.seq,
          on: new Date(anchor.purgedAt).toLocaleDateString('fr-FR', { timeZone: SERVICE_TIME_ZONE }),
        }
      : null;
  });

  ngOnInit(): void {
    void this.store.ensure();
  }

  /** Downloads the head as a small JSON file, to keep outside the database. */
  exportHead(): void {
    const head = this.head();
    if (!head) return;
    const blob = new Blob([JSON.stringify(IntegrityStore.fileOf(head), null, 2)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `vigie-empreinte-${head.seq}.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  async fileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.store.checkFile(await file.text());
  }
}
