import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { FootageRequestResponse, IncidentResponse } from '@vigie/shared';
import { formatInstantFr } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { loadOnChange } from '../../../shared/data/load-into';
import { type MapDot, ServiceMap } from '../../../shared/map/service-map';
import { Territory } from '../../../shared/territory/territory';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { FootageRequestCard } from '../../video/components/footage-request-card';
import { FootageRequestForm } from '../../video/components/footage-request-form';
import { sortByUrgency } from '../../video/data-access/footage-requests.store';
import { Ticker } from '../../video/data-access/ticker';
import { AmendmentForm } from '../components/amendment-form';
import { IncidentStatusChip } from '../components/incident-status-chip';
import { IncidentTimeline } from '../components/incident-timeline';
import { IntegrityPanel } from '../components/integrity-panel';
import { PhotoGallery } from '../components/photo-gallery';
import { StatusActions } from '../components/status-actions';
import { IncidentsApi } from '../data-access/incidents.api';
import { actionText, longDateTime } from '../incident-words';
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
    FootageRequestCard,
    FootageRequestForm,
    IncidentStatusChip,
    IncidentTimeline,
    IntegrityPanel,
    MatButtonModule,
    SvgIcon,
    MatProgressBarModule,
    PhotoGallery,
    RouterLink,
    ServiceMap,
    StatusActions,
  ],
  providers: [Ticker],
  templateUrl: './incident-detail.page.html',
  styleUrl: './incident-detail.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentDetailPage {
  private readonly api = inject(IncidentsApi);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly territory = inject(Territory);
  readonly now = inject(Ticker).now;

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
  /** The register of footage requests is the supervisors' and the chief's. */
  readonly canManageFootage = computed(() => {
    this.auth.user();
    return this.auth.can('manageFootage');
  });
  /** The form of a new footage request is open. */
  readonly requestingFootage = signal(false);
  /** The agents present on the entry, supervisors and the chief (as the API decides). */
  readonly canAmend = computed(() => {
    const incident = this.incident();
    const agentId = this.auth.user()?.agentId;
    return (
      !!incident &&
      !incident.erasedAt &&
      (this.canReview() || (!!agentId && incident.agents.some((agent) => agent.id === agentId)))
    );
  });
  /** Erased at the end of its retention: its number and its place in the chain remain, nothing else. */
  readonly erased = computed(() => !!this.incident()?.erasedAt);
  readonly timeline = computed(() => {
    const incident = this.incident();
    return incident ? buildTimeline(incident) : [];
  });
  /** The phone's position the agent kept, as a dot on the service's map. */
  readonly position = computed<{ dots: MapDot[]; focus: [number, number] } | null>(() => {
    const entry = this.incident();
    const { lat, lng } = entry?.location ?? { lat: null, lng: null };
    if (!entry || lat === null || lng === null) return null;
    const place = entry.location.address || this.territory.label(entry.location.quartier);
    return {
      focus: [lat, lng],
      dots: [
        { id: entry.id, lat, lng, fill: '#c5221f', radius: 9, className: 'vg-entry-position', title: place },
      ],
    };
  });
  readonly actions = computed(() => (this.incident()?.actions ?? []).map(actionText));
  readonly agentNames = computed(() => (this.incident()?.agents ?? []).map((agent) => agent.name).join(', '));
  readonly longDateTime = longDateTime;
  readonly dateTime = formatInstantFr;
  readonly quartier = (code: string): string => this.territory.label(code);
  private request = 0;

  constructor() {
    loadOnChange(this.id, (id) => this.load(id));
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

  footageRequested(request: FootageRequestResponse): void {
    this.requestingFootage.set(false);
    this.incident.update((incident) =>
      incident
        ? { ...incident, footageRequests: sortByUrgency([...incident.footageRequests, request]) }
        : incident,
    );
    this.snackBar
      .open(
        $localize`Réquisition enregistrée : images de ${request.camera.code} écrasées le ${formatInstantFr(request.overwriteAt)}.`,
        $localize`Voir le registre`,
        { duration: 8000 },
      )
      .onAction()
      .subscribe(() => void this.router.navigate(['/videoprotection/requisitions']));
  }

  statusChanged(incident: IncidentResponse): void {
    this.incident.set(incident);
    this.snackBar.open($localize`Statut de ${incident.number} modifié.`, 'OK', { duration: 4000 });
  }
}
