import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { AuthService } from '../../../core/auth/auth.service';
import { TimeAccountView } from '../components/time-account-view';

/** « Mon temps »: the agent's own hours, overtime, leave and the corrections made to them. */
@Component({
  selector: 'vg-my-time-page',
  imports: [TimeAccountView],
  template: `
    <div class="vg-page">
      <header>
        <h1 i18n>Mon temps</h1>
        <p class="subtitle" i18n>
          Vos heures de l’année, vos heures supplémentaires et ce qu’il vous reste de congés.
        </p>
      </header>
      @if (agentId(); as agentId) {
        <vg-time-account-view [agentId]="agentId" />
      }
    </div>
  `,
  styles: `
    h1 {
      margin-block-end: 4px;
    }

    .subtitle {
      margin-block-start: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyTimePage {
  private readonly auth = inject(AuthService);
  readonly agentId = computed(() => this.auth.user()?.agentId ?? null);
}
