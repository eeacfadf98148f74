import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AbsenceDecisionDto,
  type AbsenceResponse,
  type AbsenceStatus,
  addDays,
  type CreateAbsenceDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';
import { IDEMPOTENCY_KEY_HEADER } from '../../../core/http/idempotency';

export interface AbsenceFilters {
  from?: string;
  to?: string;
  status?: AbsenceStatus | '';
  agentId?: string;
}

/** How many days back an agent's own requests are shown. */
const REQUESTS_DAYS_BACK = 30;

/** Absences: an agent requests his own, the chief decides or records one approved directly. */
@Injectable({ providedIn: 'root' })
export class AbsencesApi {
  private readonly http = inject(HttpClient);

  /** An AGENT gets his own only. Every page followed: the screens show the whole selection. */
  list(filters: AbsenceFilters = {}): Promise<AbsenceResponse[]> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(filters)) {
      if (value) params[key] = String(value);
    }
    return allPages<AbsenceResponse>(this.http, '/api/absences', params);
  }

  /** An agent's own requests, from thirty days before `today` on: « Mon planning » and his home. */
  async requestsOf(agentId: string, today: string): Promise<AbsenceResponse[]> {
    const absences = await this.list({ agentId, from: addDays(today, -REQUESTS_DAYS_BACK) });
    return absences.filter((absence) => absence.agentId === agentId);
  }

  /** By an AGENT for himself: REQUESTED; by the CHIEF: APPROVED, with its `conflicts`. */
  create(dto: CreateAbsenceDto, key: string): Promise<AbsenceResponse> {
    return firstValueFrom(
      this.http.post<AbsenceResponse>('/api/absences', dto, { headers: { [IDEMPOTENCY_KEY_HEADER]: key } }),
    );
  }

  /** An approval answers the assignments the absence now conflicts with, in `conflicts`. */
  decide(id: string, dto: AbsenceDecisionDto): Promise<AbsenceResponse> {
    return firstValueFrom(this.http.post<AbsenceResponse>(`/api/absences/${id}/decision`, dto));
  }
}
