import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateSecondmentDto,
  SecondmentListResponse,
  SecondmentResponse,
  ServiceNameListResponse,
  ServiceNameResponse,
} from '@vigie/shared';
import { firstValueFrom, map, type Observable } from 'rxjs';

/** Agents put at the disposal of another service for a period (CSI L512-1). */
@Injectable({ providedIn: 'root' })
export class SecondmentsApi {
  private readonly http = inject(HttpClient);

  /** One agent's secondments, given or received by the current service, the latest first. */
  async ofAgent(agentId: string): Promise<SecondmentResponse[]> {
    const answer = await firstValueFrom(
      this.http.get<SecondmentListResponse>('/api/secondments', { params: { agentId } }),
    );
    return answer.items;
  }

  /** The other services, by name (accents ignored), twenty at most. An observable: a newer search cancels it. */
  hosts(q: string): Observable<ServiceNameResponse[]> {
    const params: Record<string, string> = q ? { q } : {};
    return this.http
      .get<ServiceNameListResponse>('/api/secondments/hosts', { params })
      .pipe(map((answer) => answer.items));
  }

  create(dto: CreateSecondmentDto): Promise<SecondmentResponse> {
    return firstValueFrom(this.http.post<SecondmentResponse>('/api/secondments', dto));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/secondments/${id}`));
  }
}
