import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateRecruitmentDto,
  RecordMilestoneDto,
  RecruitmentPageResponse,
  RecruitmentResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

/** The recruitment pipeline: candidates and the milestones of their route. */
@Injectable({ providedIn: 'root' })
export class RecruitmentApi {
  private readonly http = inject(HttpClient);

  /** Every recruitment, open or closed (the board shows both), most recent first. */
  list(): Promise<RecruitmentPageResponse> {
    return firstValueFrom(
      this.http.get<RecruitmentPageResponse>('/api/recruitments', { params: { limit: 200 } }),
    );
  }

  get(id: string): Promise<RecruitmentResponse> {
    return firstValueFrom(this.http.get<RecruitmentResponse>(`/api/recruitments/${id}`));
  }

  create(dto: CreateRecruitmentDto): Promise<RecruitmentResponse> {
    return firstValueFrom(this.http.post<RecruitmentResponse>('/api/recruitments', dto));
  }

  recordMilestone(id: string, dto: RecordMilestoneDto): Promise<RecruitmentResponse> {
    return firstValueFrom(this.http.post<RecruitmentResponse>(`/api/recruitments/${id}/milestones`, dto));
  }
}
