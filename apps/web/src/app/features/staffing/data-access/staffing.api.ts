import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ForecastResponse, HeadcountResponse } from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

/** Headcount against the target, and its month-by-month forecast. */
@Injectable({ providedIn: 'root' })
export class StaffingApi {
  private readonly http = inject(HttpClient);

  headcount(): Promise<HeadcountResponse> {
    return firstValueFrom(this.http.get<HeadcountResponse>('/api/staffing/headcount'));
  }

  forecast(months = 18): Promise<ForecastResponse> {
    return firstValueFrom(this.http.get<ForecastResponse>('/api/staffing/forecast', { params: { months } }));
  }
}
