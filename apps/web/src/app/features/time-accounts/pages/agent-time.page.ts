import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { AuthService } from '../../../core/auth/auth.service';
import { TimeAccountView } from '../components/time-account-view';

/** One agent's account, opened from « Comptes d'heures »: the same view as his « Mon temps ». */
@Component({
  selector: 'vg-agent-time-page',
  imports: [MatButtonModule, RouterLink, TimeAccountView],
  template: `
    <div class="vg-page">
      <header class="page-header">
        <h1 i18n>Compte d’heures</h1>
        <a mat-button routerLink="/comptes-d-heures" i18n>Retour aux comptes d’heures</a>
      </header>
      <vg-time-account-view [agentId]="id()" [own]="false" [manage]="canManage()" />
    </div>
  `,
  styles: `
    .page-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentTimePage {
  /** The agent, from the address. */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.can('manageTimeAccounts');
  });
}
