import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CommuneResponse,
  CommuneSearchResponse,
  CreateServiceDto,
  ServiceListResponse,
  ServiceResponse,
} from '@vigie/shared';
import { MAX_PAGE_SIZE } from '@vigie/shared';
import { firstValueFrom, map, type Observable } from 'rxjs';

/** The platform's routes: the services, and the official list of communes to open one for. */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  services(): Promise<ServiceListResponse> {
    // One page of the largest size: a platform with more services shows the first ones (by name).
    return firstValueFrom(
      this.http.get<ServiceListResponse>('/api/platform/services', { params: { limit: MAX_PAGE_SIZE } }),
    );
  }

  create(dto: CreateServiceDto): Promise<ServiceResponse> {
    return firstValueFrom(this.http.post<ServiceResponse>('/api/platform/services', dto));
  }

  /** The communes whose name matches `q` (accents ignored), twenty at most, by name. An observable: a newer search cancels it. */
  communes(q: string): Observable<CommuneResponse[]> {
    return this.http
      .get<CommuneSearchResponse>('/api/platform/communes', { params: { q } })
      .pipe(map((answer) => answer.items));
  }
}
