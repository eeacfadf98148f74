import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgentPageResponse,
  AgentResponse,
  AgentStatus,
  AgentSummaryResponse,
  CreateAgentDto,
  CreateFirearmDecisionDto,
  CreateQualificationDto,
  CreateShootingSessionDto,
  FirearmDecisionPageResponse,
  FirearmDecisionResponse,
  Grade,
  QualificationResponse,
  ShootingSessionResponse,
  UpdateAgentDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

export interface AgentFilters {
  status: AgentStatus | '';
  grade: Grade | '';
  q: string;
}

/** Agent records, their qualifications and shooting-training sessions. */
@Injectable({ providedIn: 'root' })
export class AgentsApi {
  private readonly http = inject(HttpClient);

  list(filters: AgentFilters, cursor?: string): Promise<AgentPageResponse> {
    let params = new HttpParams().set('limit', 200);
    if (filters.status) params = params.set('status', filters.status);
    if (filters.grade) params = params.set('grade', filters.grade);
    if (filters.q.trim()) params = params.set('q', filters.q.trim());
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<AgentPageResponse>('/api/agents', { params }));
  }

  /** Every agent, all pages followed (the planning shows the whole service). */
  async all(): Promise<AgentSummaryResponse[]> {
    const agents: AgentSummaryResponse[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.list({ status: '', grade: '', q: '' }, cursor);
      agents.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return agents;
  }

  get(id: string): Promise<AgentResponse> {
    return firstValueFrom(this.http.get<AgentResponse>(`/api/agents/${id}`));
  }

  create(dto: CreateAgentDto): Promise<AgentResponse> {
    return firstValueFrom(this.http.post<AgentResponse>('/api/agents', dto));
  }

  update(id: string, dto: UpdateAgentDto): Promise<AgentResponse> {
    return firstValueFrom(this.http.patch<AgentResponse>(`/api/agents/${id}`, dto));
  }

  addQualification(id: string, dto: CreateQualificationDto): Promise<QualificationResponse> {
    return firstValueFrom(this.http.post<QualificationResponse>(`/api/agents/${id}/qualifications`, dto));
  }

  removeQualification(id: string, qualificationId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/agents/${id}/qualifications/${qualificationId}`));
  }

  addShootingSession(id: string, dto: CreateShootingSessionDto): Promise<ShootingSessionResponse> {
    return firstValueFrom(
      this.http.post<ShootingSessionResponse>(`/api/agents/${id}/shooting-sessions`, dto),
    );
  }

  removeShootingSession(id: string, sessionId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/agents/${id}/shooting-sessions/${sessionId}`));
  }

  /** The préfet's decisions on the agent's firearm permit, the latest first. */
  /** The préfet's decisions, the latest first: a handful per agent, one page of 200 holds them. */
  async firearmDecisions(id: string): Promise<FirearmDecisionResponse[]> {
    const page = await firstValueFrom(
      this.http.get<FirearmDecisionPageResponse>(`/api/agents/${id}/firearm-decisions`, {
        params: { limit: 200 },
      }),
    );
    return page.items;
  }

  addFirearmDecision(id: string, dto: CreateFirearmDecisionDto): Promise<FirearmDecisionResponse> {
    return firstValueFrom(
      this.http.post<FirearmDecisionResponse>(`/api/agents/${id}/firearm-decisions`, dto),
    );
  }
}
