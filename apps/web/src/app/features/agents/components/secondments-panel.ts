import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type AgentResponse, type SecondmentResponse, todayInParis } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { loadInto, loadOnChange } from '../../../shared/data/load-into';
import { askToConfirm } from '../../../shared/ui/confirm-dialog';
import { openFormDialog } from '../../../shared/ui/form-dialog';
import { StatusPill } from '../../../shared/ui/status-pill';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { SecondmentsApi } from '../data-access/secondments.api';
import { type SecondmentView, secondmentView } from '../secondment-words';
import { SecondmentDialog } from './secondment-dialog';

/**
 * « Mises à disposition » on an agent's record: the services he works for besides his own, for
 * which period, which share of his time, under which convention (CSI L512-1). His own service's
 * chief lends him and withdraws a secondment the host has not used yet. The page frames it as
 * one of its panels (`class="panel"`).
 */
@Component({
  selector: 'vg-secondments-panel',
  imports: [MatButtonModule, MatProgressBarModule, StatusPill, SvgIcon],
  templateUrl: './secondments-panel.html',
  styleUrl: './secondments-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondmentsPanel {
  private readonly api = inject(SecondmentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  readonly agent = input.required<AgentResponse>();

  readonly secondments = signal<SecondmentResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** Why the last withdrawal was refused (the host rostered him meanwhile…), until the next try. */
  readonly refusal = signal<string | null>(null);
  private readonly today = todayInParis();

  readonly views = computed(() => this.secondments().map((s) => secondmentView(s, this.today)));
  /** His own service's chief; another service's agent is lent by his own service only. */
  readonly canManage = computed(() => {
    this.auth.user();
    return this.auth.can('manageSecondments') && !this.agent().homeServiceName;
  });
  private readonly agentId = computed(() => this.agent().id);

  constructor() {
    loadOnChange(this.agentId, (id) => this.load(id));
  }

  async load(id = this.agentId()): Promise<void> {
    await loadInto(this, async () => {
      this.secondments.set(await this.api.ofAgent(id));
    });
  }

  lend(): void {
    this.refusal.set(null);
    openFormDialog<SecondmentResponse>(this.dialog, SecondmentDialog, this.agent()).subscribe((created) => {
      if (!created) return;
      this.snackBar.open($localize`Mise à disposition enregistrée.`, 'OK', { duration: 4000 });
      void this.load();
    });
  }

  withdraw(item: SecondmentView): void {
    const agent = this.agent();
    this.refusal.set(null);
    askToConfirm(this.dialog, {
      title: $localize`Retirer la mise à disposition ?`,
      message: $localize`${agent.firstName} ${agent.lastName} ne sera plus à la disposition de ${item.service} ${item.period}.`,
      confirm: $localize`Retirer`,
    }).subscribe((yes) => {
      if (yes) void this.remove(item);
    });
  }

  private async remove(item: SecondmentView): Promise<void> {
    try {
      await this.api.remove(item.id);
      this.snackBar.open($localize`Mise à disposition retirée.`, 'OK', { duration: 4000 });
    } catch (error) {
      this.refusal.set(problemOf(error).detail);
    }
    await this.load();
  }
}
