import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarLinkResponse, RosterChangeResponse, ScheduleResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { allPages } from '../../../core/http/all-pages';
import type { Period } from './planning.api';

/** An agent's own planning: his schedule, his calendar feed, the changes to his published shifts. */
@Injectable({ providedIn: 'root' })
export class ScheduleApi {
  private readonly http = inject(HttpClient);

  /** The agent himself sees his published days only. */
  schedule(agentId: string, period: Period): Promise<ScheduleResponse> {
    return firstValueFrom(
      this.http.get<ScheduleResponse>(`/api/agents/${agentId}/schedule`, { params: { ...period } }),
    );
  }

  /** A new private iCalendar address; the previous one stops working. */
  newCalendarLink(agentId: string): Promise<CalendarLinkResponse> {
    return firstValueFrom(
      this.http.post<CalendarLinkResponse>(`/api/agents/${agentId}/calendar-token`, null),
    );
  }

  /** Every change to the agent's published shifts, latest first (all pages: the unread count needs them). */
  changes(): Promise<RosterChangeResponse[]> {
    return allPages<RosterChangeResponse>(this.http, '/api/me/roster-changes');
  }

  markChangesRead(): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/me/roster-changes/read', null));
  }
}
