import { computed, inject, Injectable, signal } from '@angular/core';
import { type CameraKind, type CameraResponse, CameraStatus, type DeploymentResponse } from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { VideoApi } from './video.api';

export interface CameraFilters {
  status: CameraStatus | '';
  kind: CameraKind | '';
  /** A quartier's code. */
  quartier: string;
}

export const NO_CAMERA_FILTERS: CameraFilters = { status: '', kind: '', quartier: '' };

/**
 * The camera registry of the « Vidéoprotection » page: the cameras (list and map share them and
 * the one selected), the filters, and the deployment against the plan for those who may see it.
 * Provided by the page.
 */
@Injectable()
export class CamerasStore {
  private readonly api = inject(VideoApi);

  readonly cameras = signal<CameraResponse[]>([]);
  readonly deployment = signal<DeploymentResponse | null>(null);
  readonly loading = signal(false);
  readonly loaded = signal(false);
  readonly error = signal<string | null>(null);
  readonly deploymentError = signal<string | null>(null);
  readonly filters = signal<CameraFilters>(NO_CAMERA_FILTERS);
  readonly selectedId = signal<string | null>(null);

  readonly visible = computed(() => {
    const { status, kind, quartier } = this.filters();
    return this.cameras().filter(
      (camera) =>
        (!status || camera.status === status) &&
        (!kind || camera.kind === kind) &&
        (!quartier || camera.quartier === quartier),
    );
  });
  readonly selected = computed(
    () => this.cameras().find((camera) => camera.id === this.selectedId()) ?? null,
  );
  /** How many cameras of each status, over the whole registry (the map's legend). */
  readonly countsByStatus = computed(() => {
    const counts = Object.fromEntries(Object.values(CameraStatus).map((status) => [status, 0])) as Record<
      CameraStatus,
      number
    >;
    for (const camera of this.cameras()) counts[camera.status]++;
    return counts;
  });
  /** Cameras of the registry without coordinates: in the list, not on the map. */
  readonly unplaced = computed(() =>
    this.visible().filter((camera) => camera.lat === null || camera.lng === null),
  );

  private request = 0;

  async load(withDeployment: boolean): Promise<void> {
    const request = ++this.request;
    this.loading.set(true);
    this.error.set(null);
    this.deploymentError.set(null);
    const deployment = withDeployment ? this.api.deployment() : null;
    try {
      const cameras = await this.api.cameras();
      if (request !== this.request) return;
      this.cameras.set(cameras);
      this.loaded.set(true);
    } catch (error) {
      if (request === this.request) this.error.set(problemOf(error).detail);
    } finally {
      if (request === this.request) this.loading.set(false);
    }
    if (!deployment) return;
    try {
      const plan = await deployment;
      if (request === this.request) this.deployment.set(plan);
    } catch (error) {
      if (request === this.request) this.deploymentError.set(problemOf(error).detail);
    }
  }

  setFilters(filters: Partial<CameraFilters>): void {
    this.filters.update((current) => ({ ...current, ...filters }));
  }

  select(id: string | null): void {
    this.selectedId.set(id);
  }

  /** A camera created or changed: in its place by code; the deployment is read again. */
  saved(camera: CameraResponse): void {
    this.cameras.update((cameras) =>
      [...cameras.filter((c) => c.id !== camera.id), camera].sort((a, b) => a.code.localeCompare(b.code)),
    );
    if (this.deployment()) {
      void this.api
        .deployment()
        .then((plan) => this.deployment.set(plan))
        .catch((error: unknown) => this.deploymentError.set(problemOf(error).detail));
    }
  }
}
