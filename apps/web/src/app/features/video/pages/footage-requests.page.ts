import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  AgentStatus,
  compareFrench,
  type FootageRequestResponse,
  footageUrgency,
  MAX_FOOTAGE_RETENTION_DAYS,
  QualificationKind,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AgentsApi } from '../../agents/data-access/agents.api';
import type { OperatorOption } from '../components/footage-action-form';
import { FootageRequestCard } from '../components/footage-request-card';
import { FootageRequestsStore, type FootageView } from '../data-access/footage-requests.store';
import { Ticker } from '../data-access/ticker';
import { footageStatusLabel } from '../video-words';

/**
 * « Réquisitions d'images »: the register of footage requests, the ones waiting most urgent first
 * with the time left before the recorders overwrite their images, and their next steps.
 */
@Component({
  selector: 'vg-footage-requests-page',
  imports: [
    FootageRequestCard,
    MatButtonModule,
    MatButtonToggleModule,
    SvgIcon,
    MatProgressBarModule,
    RouterLink,
  ],
  providers: [FootageRequestsStore, Ticker],
  templateUrl: './footage-requests.page.html',
  styleUrl: './footage-requests.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageRequestsPage implements OnInit {
  readonly store = inject(FootageRequestsStore);
  private readonly ticker = inject(Ticker);
  private readonly agentsApi = inject(AgentsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  readonly now = this.ticker.now;
  readonly retentionDays = MAX_FOOTAGE_RETENTION_DAYS;
  readonly ownAgentId = this.auth.user()?.agentId ?? null;
  readonly operators = signal<OperatorOption[]>([]);
  /** Still to extract with less than 72 h before the overwrite. */
  readonly critical = computed(
    () =>
      this.store.open().filter((r) => footageUrgency(r.status, r.overwriteAt, this.now()) === 'critical')
        .length,
  );

  ngOnInit(): void {
    void this.store.load();
    void this.loadOperators();
  }

  setView(view: FootageView): void {
    this.store.view.set(view);
  }

  changed(request: FootageRequestResponse): void {
    this.store.replace(request);
    this.snackBar.open(
      $localize`Réquisition ${request.camera.code} : ${footageStatusLabel(request.status).toLowerCase()}.`,
      'OK',
      { duration: 4000 },
    );
  }

  /** The designated video operators; without them, the API takes the caller's own record. */
  private async loadOperators(): Promise<void> {
    try {
      const agents = await this.agentsApi.all();
      this.operators.set(
        agents
          .filter(
            (agent) =>
              agent.status !== AgentStatus.DEPARTED &&
              agent.qualifications.some((q) => q.kind === QualificationKind.VIDEO_OPERATOR && q.valid),
          )
          .map((agent) => ({ id: agent.id, name: `${agent.firstName} ${agent.lastName}` }))
          .sort((a, b) => compareFrench(a.name, b.name)),
      );
    } catch {
      this.operators.set([]);
    }
  }
}
