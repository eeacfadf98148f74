import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { IncidentResponse } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { AmendmentForm } from '../components/amendment-form';
import { IncidentStatusChip } from '../components/incident-status-chip';
import { IncidentTimeline } from '../components/incident-timeline';
import { IntegrityPanel } from '../components/integrity-panel';
import { StatusActions } from '../components/status-actions';
import { IncidentsApi } from '../data-access/incidents.api';
import { actionText, dateTimeFr, longDateTime, quartierLabel } from '../incident-words';
import { buildTimeline } from '../timeline';

/**
 * One entry of the main courante: what was recorded (never edited), its history of complements and
 * status changes in order, a complement form, status changes for supervisors, the chain's integrity
 * for the chief.
 */
@Component({
  selector: 'vg-incident-detail-page',
  imports: [
    AmendmentForm,
    IncidentStatusChip,
    IncidentTimeline,
    IntegrityPanel,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    StatusActions,
  ],
  templateUrl: './incident-detail.page.html',
  styleUrl: './incident-detail.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentDetailPage {
  private readonly api = inject(IncidentsApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);

  /** From the route, `/main-courante/:id`. */
  readonly id = input.required<string>();

  readonly incident = signal<IncidentResponse | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly notFound = signal(false);

  readonly canReview = computed(() => {
    this.auth.user();
    return this.auth.can('reviewIncidents');
  });
  readonly canCheckIntegrity = computed(() => {
    this.auth.user();
    return this.auth.can('checkIntegrity');
  });
  /** The agents present on the entry, supervisors and the chief (as the API decides). */
  readonly canAmend = computed(() => {
    const incident = this.incident();
    const agentId = this.auth.user()?.agentId;
    return (
      !!incident && (this.canReview() || (!!agentId && incident.agents.some((agent) => agent.id === agentId)))
    );
  });
  readonly timeline = computed(() => {
    const incident = this.incident();
    return incident ? buildTimeline(incident) : [];
  });
  readonly actions = computed(() => (this.incident()?.actions ?? []).map(actionText));
  readonly agentNames = computed(() => (this.incident()?.agents ?? []).map((agent) => agent.name).join(', '));
  readonly longDateTime = longDateTime;
  readonly dateTime = dateTimeFr;
  readonly quartier = quartierLabel;
  private request = 0;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  async load(id: string = this.id()): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    this.notFound.set(false);
    try {
      const incident = await this.api.get(id);
      if (request === this.request) this.incident.set(incident);
    } catch (error) {
      if (request !== this.request) return;
      this.incident.set(null);
      if (error instanceof HttpErrorResponse && error.status === 404) this.notFound.set(true);
      else this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
  }

  amended(incident: IncidentResponse): void {
    this.incident.set(incident);
    this.snackBar.open($localize`Complément ajouté à ${incident.number}.`, 'OK', { duration: 4000 });
  }

  statusChanged(incident: IncidentResponse): void {
    this.incident.set(incident);
    this.snackBar.open($localize`Statut de ${incident.number} modifié.`, 'OK', { duration: 4000 });
  }
}
