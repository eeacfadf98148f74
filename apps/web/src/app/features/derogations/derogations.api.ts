import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateDerogationDto, DerogationResponse, RevokeDerogationDto } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../core/http/all-pages';

/** Derogations to the working-time rules (décret 2000-815 art. 3 II): list, record, revoke. */
@Injectable({ providedIn: 'root' })
export class DerogationsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<DerogationResponse[]> {
    return allPages<DerogationResponse>(this.http, '/api/derogations');
  }

  create(dto: CreateDerogationDto): Promise<DerogationResponse> {
    return firstValueFrom(this.http.post<DerogationResponse>('/api/derogations', dto));
  }

  revoke(id: string, dto: RevokeDerogationDto): Promise<DerogationResponse> {
    return firstValueFrom(this.http.post<DerogationResponse>(`/api/derogations/${id}/revoke`, dto));
  }
}
