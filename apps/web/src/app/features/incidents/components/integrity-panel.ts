import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { parisTime } from '../../planning/paris-time';
import { IntegrityStore } from '../data-access/integrity.store';

/** The chief's view of the hash chain: whole, or the first link that no longer matches, in red. */
@Component({
  selector: 'vg-integrity-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  template: `
    @if (store.result(); as result) {
      @if (result.ok) {
        <p class="state ok" data-testid="integrity-state">
          <mat-icon aria-hidden="true">verified</mat-icon>
          <span i18n>Chaîne intègre — {{ checked() }} maillons vérifiés</span>
        </p>
      } @else {
        <div class="state broken" role="alert" data-testid="integrity-state">
          <mat-icon aria-hidden="true">gpp_bad</mat-icon>
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
        <mat-icon>sync</mat-icon>
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
    return at ? parisTime(at) : null;
  });

  ngOnInit(): void {
    void this.store.ensure();
  }
}
