import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CameraResponse,
  CreateCameraDto,
  CreateFootageRequestDto,
  DeploymentResponse,
  FootageRequestResponse,
  FootageStatusDto,
  ReplaceCameraPlanDto,
  UpdateCameraDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';

/** Video-protection: the camera registry, its deployment against the plan, the footage requests. */
@Injectable({ providedIn: 'root' })
export class VideoApi {
  private readonly http = inject(HttpClient);

  /** The registry by code, each camera with its status history (CHIEF, SUPERVISOR, AGENT). */
  cameras(): Promise<CameraResponse[]> {
    return allPages<CameraResponse>(this.http, '/api/cameras');
  }

  /** Planned against installed, in service and connected, per year and kind (CHIEF, SUPERVISOR). */
  deployment(): Promise<DeploymentResponse> {
    return firstValueFrom(this.http.get<DeploymentResponse>('/api/cameras/deployment'));
  }

  /** Replaces the service's plan (CHIEF); 400 `CAMERA_PLAN_DUPLICATE` for a year and kind twice. */
  replaceCameraPlan(dto: ReplaceCameraPlanDto): Promise<DeploymentResponse> {
    return firstValueFrom(this.http.put<DeploymentResponse>('/api/cameras/plan', dto));
  }

  /** 409 `DUPLICATE` with a `code` field error when the code is taken. */
  createCamera(dto: CreateCameraDto): Promise<CameraResponse> {
    return firstValueFrom(this.http.post<CameraResponse>('/api/cameras', dto));
  }

  /** With the `version` read: 409 `VERSION_CONFLICT` when someone changed it meanwhile. */
  updateCamera(id: string, dto: UpdateCameraDto): Promise<CameraResponse> {
    return firstValueFrom(this.http.patch<CameraResponse>(`/api/cameras/${id}`, dto));
  }

  /** Most urgent first (SUPERVISOR, CHIEF). */
  footageRequests(): Promise<FootageRequestResponse[]> {
    return allPages<FootageRequestResponse>(this.http, '/api/footage-requests');
  }

  /** 400 with field errors; 422 when the images are already overwritten or the camera has none. */
  createFootageRequest(dto: CreateFootageRequestDto): Promise<FootageRequestResponse> {
    return firstValueFrom(this.http.post<FootageRequestResponse>('/api/footage-requests', dto));
  }

  /** 422 when the transition is not allowed, the images are gone or the operator is not designated. */
  changeFootageStatus(id: string, dto: FootageStatusDto): Promise<FootageRequestResponse> {
    return firstValueFrom(this.http.post<FootageRequestResponse>(`/api/footage-requests/${id}/status`, dto));
  }
}
