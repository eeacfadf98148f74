import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommuneResponse, CreateServiceDto, ServiceListResponse, ServiceResponse } from '@vigie/shared';
import { firstValueFrom, type Observable } from 'rxjs';

/** The platform's routes: the services, and the official list of communes to open one for. */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  services(): Promise<ServiceListResponse> {
    return firstValueFrom(this.http.get<ServiceListResponse>('/api/platform/services'));
  }

  create(dto: CreateServiceDto): Promise<ServiceResponse> {
    return firstValueFrom(this.http.post<ServiceResponse>('/api/platform/services', dto));
  }

  /** The communes whose name matches `q` (accents ignored), twenty at most, by name. An observable: a newer search cancels it. */
  communes(q: string): Observable<CommuneResponse[]> {
    return this.http.get<CommuneResponse[]>('/api/platform/communes', { params: { q } });
  }
}
