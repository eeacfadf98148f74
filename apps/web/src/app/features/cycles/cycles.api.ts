import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CopyWeekDto,
  CopyWeekResponse,
  CreateCycleDto,
  CycleResponse,
  CycleRolloutResponse,
  RolloutCycleDto,
  UpdateCycleDto,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../core/http/all-pages';

/** Work cycles: define, edit, roll out into the draft roster. */
@Injectable({ providedIn: 'root' })
export class CyclesApi {
  private readonly http = inject(HttpClient);

  list(): Promise<CycleResponse[]> {
    return allPages<CycleResponse>(this.http, '/api/cycles');
  }

  create(dto: CreateCycleDto): Promise<CycleResponse> {
    return firstValueFrom(this.http.post<CycleResponse>('/api/cycles', dto));
  }

  update(id: string, dto: UpdateCycleDto): Promise<CycleResponse> {
    return firstValueFrom(this.http.patch<CycleResponse>(`/api/cycles/${id}`, dto));
  }

  /** 200 with what was written and what was not, with the reasons. */
  rollout(id: string, dto: RolloutCycleDto): Promise<CycleRolloutResponse> {
    return firstValueFrom(this.http.post<CycleRolloutResponse>(`/api/cycles/${id}/rollout`, dto));
  }

  /** 200 with the same report as a roll-out. */
  copyWeek(dto: CopyWeekDto): Promise<CopyWeekResponse> {
    return firstValueFrom(this.http.post<CopyWeekResponse>('/api/roster/copy-week', dto));
  }
}
