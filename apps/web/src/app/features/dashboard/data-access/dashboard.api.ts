import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  DashboardBackupResponse,
  DashboardIncidentsResponse,
  DashboardQualificationsResponse,
  DashboardRecruitmentResponse,
  DashboardStaffingResponse,
  DashboardWeekResponse,
  DeploymentResponse,
  FootageRequestResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';

/** One call per tile of the dashboard and of HR's home, each designed for its tile. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** Headcount against the target, and the forecast month by month. */
  staffing(): Promise<DashboardStaffingResponse> {
    return this.get<DashboardStaffingResponse>('/api/dashboard/staffing');
  }

  /** This week's uncovered shifts and violations. */
  week(): Promise<DashboardWeekResponse> {
    return this.get<DashboardWeekResponse>('/api/dashboard/week');
  }

  incidents(): Promise<DashboardIncidentsResponse> {
    return this.get<DashboardIncidentsResponse>('/api/dashboard/incidents');
  }

  qualifications(): Promise<DashboardQualificationsResponse> {
    return this.get<DashboardQualificationsResponse>('/api/dashboard/qualifications');
  }

  recruitment(): Promise<DashboardRecruitmentResponse> {
    return this.get<DashboardRecruitmentResponse>('/api/dashboard/recruitment');
  }

  /** The last backup, and whether it is too old or failed (the chief's). */
  backup(): Promise<DashboardBackupResponse> {
    return this.get<DashboardBackupResponse>('/api/dashboard/backup');
  }

  /** The footage requests still waiting, most urgent first (nearest overwrite). */
  footage(): Promise<FootageRequestResponse[]> {
    return allPages<FootageRequestResponse>(this.http, '/api/footage-requests', { open: true });
  }

  /** Cameras planned against installed, in service and connected, per year and kind. */
  deployment(): Promise<DeploymentResponse> {
    return this.get<DeploymentResponse>('/api/cameras/deployment');
  }

  private get<T>(url: string): Promise<T> {
    return firstValueFrom(this.http.get<T>(url));
  }
}
