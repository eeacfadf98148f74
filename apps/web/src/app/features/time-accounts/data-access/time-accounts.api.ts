import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Page,
  RecordWorkedDto,
  SetTimeCountingDto,
  SetTimeOpeningDto,
  TimeAccountResponse,
  TimeAccountSummaryPageResponse,
  WorkedTimeResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';

/** How many lines of the overview a page brings: the service's whole staff in one, usually. */
export const OVERVIEW_PAGE_SIZE = 50;

/** Time accounts (issue 22): an agent's account, everybody's overview, worked hours, the payroll CSV. */
@Injectable({ providedIn: 'root' })
export class TimeAccountsApi {
  private readonly http = inject(HttpClient);

  account(agentId: string, year: number): Promise<TimeAccountResponse> {
    return firstValueFrom(
      this.http.get<TimeAccountResponse>(`/api/agents/${agentId}/time-account`, {
        params: { year },
      }),
    );
  }

  /** Those drifting from their due hours first, a page at a time. */
  overview(year: number, cursor: string | null = null): Promise<TimeAccountSummaryPageResponse> {
    let params = new HttpParams().set('year', year).set('limit', OVERVIEW_PAGE_SIZE);
    if (cursor) params = params.set('cursor', cursor);
    return firstValueFrom(this.http.get<TimeAccountSummaryPageResponse>('/api/time-accounts', { params }));
  }

  /** What a supervisor recorded of an agent's worked hours over the year. */
  workedOf(agentId: string, year: number): Promise<WorkedTimeResponse[]> {
    return allPages<WorkedTimeResponse>(this.http, `/api/agents/${agentId}/worked`, { year: String(year) });
  }

  /** What was recorded for the agents of one shift. */
  async workedOn(shiftId: string): Promise<WorkedTimeResponse[]> {
    const page = await firstValueFrom(
      this.http.get<Page<WorkedTimeResponse>>(`/api/shifts/${shiftId}/worked`),
    );
    return page.items;
  }

  recordWorked(shiftId: string, agentId: string, dto: RecordWorkedDto): Promise<WorkedTimeResponse> {
    return firstValueFrom(this.http.put<WorkedTimeResponse>(`/api/shifts/${shiftId}/worked/${agentId}`, dto));
  }

  /** How the agent's hours are counted (CHIEF, HR): answers his account of this year. */
  setCounting(agentId: string, dto: SetTimeCountingDto): Promise<TimeAccountResponse> {
    return firstValueFrom(this.http.put<TimeAccountResponse>(`/api/agents/${agentId}/time-counting`, dto));
  }

  /** The balance carried in at the opening of the agent's account of a year (CHIEF, HR). */
  setOpening(agentId: string, dto: SetTimeOpeningDto): Promise<TimeAccountResponse> {
    return firstValueFrom(
      this.http.put<TimeAccountResponse>(`/api/agents/${agentId}/time-account/opening`, dto),
    );
  }

  /** The month's payroll CSV, as a file to save. */
  payrollCsv(month: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get('/api/time-accounts/export.csv', { params: { month }, responseType: 'blob' }),
    );
  }
}
